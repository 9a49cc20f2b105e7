import type { Workspace } from "../coderd/schemas";
import { unhealthyAgents } from "./health";
import { buildPagePath, stuckStages } from "./stuck";
import { formatDate } from "./schedule";
import { jobErrorCode } from "./status";
import { formatRelative, parseTime } from "./time";
import { withoutBidiControls } from "./bidi";

// What on a workspace needs someone's action, in words, most urgent first. Pure: the page renders
// these as a row of notices, each with an icon and text (never colour alone).

export type NoticeKind =
  "failed" | "stuck" | "no-provisioner" | "unhealthy-agent" | "dormant" | "queued" | "outdated";

export type NoticeSeverity = "error" | "warning" | "info";

export interface Notice {
  key: string;
  kind: NoticeKind;
  severity: NoticeSeverity;
  title: string;
  detail?: string;
  /** An element id on the detail page (no '#') where the notice is explained. */
  anchor?: string;
  /** The link's text; names what it opens. */
  anchorLabel?: string;
  /** A page of Coder's own on this origin (a path from its root), e.g. the build's logs. */
  href?: string;
  hrefLabel?: string;
}

function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function whenWithRelative(date: Date, now: number): string {
  return `${formatDate(date)} (${formatRelative(date, now)})`;
}

/** One notice each for this many unhealthy agents; the rest are counted in one more. */
export const MAX_AGENT_NOTICES = 3;

export function workspaceNotices(w: Workspace, now: number): Notice[] {
  const build = w.latest_build;
  const job = build?.job;
  // A deleted workspace's record is read-only: nothing on it can be acted on.
  if (build?.status === "deleted") return [];
  const notices: Notice[] = [];

  if (job?.status === "failed" || build?.status === "failed") {
    const code = job?.error_code ? jobErrorCode(job.error_code) : undefined;
    notices.push({
      key: "failed",
      kind: "failed",
      severity: "error",
      title: code ? `The latest build failed: ${code.label}` : "The latest build failed",
      detail: code?.help ?? (job?.error ? "The error is shown with the latest build." : undefined),
      anchor: "build-title",
      anchorLabel: "See the latest build",
    });
  }

  const stuck = stuckStages(w, now);
  const buildPage = buildPagePath(w);
  for (const stage of stuck) {
    notices.push({
      key: `stuck-${stage.kind}-${notices.length}`,
      kind: "stuck",
      severity: "warning",
      title: `Stuck: ${stage.title}`,
      detail: stage.detail,
      ...(buildPage
        ? { href: buildPage, hrefLabel: `Build #${build?.build_number ?? ""} in Coder` }
        : {}),
    });
  }

  const pending = job?.status === "pending" || (!job?.status && build?.status === "pending");
  const matched = build?.matched_provisioners;
  if (pending && matched?.available === 0) {
    const count = matched.count ?? 0;
    const seen = parseTime(matched.most_recently_seen);
    notices.push({
      key: "no-provisioner",
      kind: "no-provisioner",
      severity: "error",
      title: "No provisioner can run this job",
      detail:
        count > 0
          ? `${plural(count, "provisioner")} match${count === 1 ? "es" : ""} its tags, but none is available${seen ? ` (last seen ${formatRelative(seen, now)})` : ""}. Ask an administrator to check the provisioners.`
          : "No provisioner matches this job's tags. Ask an administrator to start one with matching tags.",
    });
  }

  const unhealthy = unhealthyAgents(w);
  for (const { agent, reason } of unhealthy.slice(0, MAX_AGENT_NOTICES)) {
    // Built into sentences, so without bidi controls (see bidi.ts).
    const name = withoutBidiControls(agent.name || "");
    notices.push({
      key: `agent-${agent.id ?? name}`,
      kind: "unhealthy-agent",
      severity: "warning",
      title: name ? `Agent ${name} is unhealthy` : "An agent is unhealthy",
      detail: sentence(withoutBidiControls(reason)),
      anchor: agent.id ? `agent-${agent.id}` : undefined,
      anchorLabel: agent.id ? `Go to agent ${name || agent.id}` : undefined,
    });
  }

  const moreUnhealthy = unhealthy.length - MAX_AGENT_NOTICES;
  if (moreUnhealthy > 0) {
    notices.push({
      key: "agents-more",
      kind: "unhealthy-agent",
      severity: "warning",
      title: `${plural(moreUnhealthy, "more agent")} ${moreUnhealthy === 1 ? "is" : "are"} unhealthy`,
      detail: "The resources below list unhealthy agents first.",
      anchor: "resources-title",
      anchorLabel: "Go to the resources",
    });
  }

  const dormantAt = parseTime(w.dormant_at);
  if (dormantAt) {
    const deletingAt = parseTime(w.deleting_at);
    const deletion = !deletingAt
      ? "It will not be deleted automatically."
      : deletingAt.getTime() > now
        ? `It will be deleted on ${whenWithRelative(deletingAt, now)}.`
        : `It was due for deletion on ${formatDate(deletingAt)}.`;
    notices.push({
      key: "dormant",
      kind: "dormant",
      severity: "warning",
      title: "Dormant",
      detail: `Dormant since ${whenWithRelative(dormantAt, now)}, after going unused. ${deletion}`,
    });
  }

  // A stuck queue says its position in the stuck notice.
  if (pending && !stuck.some((st) => st.kind === "queued")) {
    const position = job?.queue_position ?? 0;
    const size = job?.queue_size ?? 0;
    notices.push({
      key: "queued",
      kind: "queued",
      severity: "info",
      title: position > 0 && size > 0 ? `Queued: ${position} of ${size}` : "Queued",
      detail: "The build waits for a provisioner to pick it up.",
    });
  }

  if (w.outdated) {
    notices.push({
      key: "outdated",
      kind: "outdated",
      severity: "info",
      title: "Outdated",
      detail: `Built from an older template version than the template's active one.${
        w.template_require_active_version
          ? " The next start updates it to the active version."
          : w.automatic_updates === "always"
            ? " Automatic updates are on: the next start updates it to the active version."
            : ""
      }`,
    });
  }
  return notices;
}
