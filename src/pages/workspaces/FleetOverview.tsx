import ReportProblemOutlined from "@mui/icons-material/ReportProblemOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useMemo, type ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import type { Workspace } from "../../coderd/schemas";
import { StatusBadge } from "../../components/StatusBadge";
import { visuallyHidden } from "../../components/visuallyHidden";
import { formatMs } from "../../domain/latency";
import { ATTENTION_PATH } from "../../domain/attentionLink";
import { latencyRangeSearch, latencyRangeWords } from "../../domain/latency";
import { buildFleetFigures, type LatencyBin, type Overview } from "../../domain/overview";
import { mapBuild } from "../../domain/slicedBuild";
import { useSlicedBuild } from "../../components/useSlicedBuild";
import { FleetOverviewPlaceholder } from "./FleetOverviewPlaceholder";
import type { Thresholds } from "../../domain/timeInState";
import {
  OVERVIEW_COVERAGE,
  OVERVIEW_LINE,
  OVERVIEW_PAPER,
  OVERVIEW_SUMMARY,
} from "./overviewLayout";
import { countOf } from "../../domain/words";
import { workspaceStatus, type Tone } from "../../domain/status";
import type { TrendSample } from "../../domain/fleetTrend";
import { FleetTrend } from "./FleetTrend";
import "../../components/dimmed.css";

interface Props {
  workspaces: Workspace[];
  /** Narrows the list by one Coder search term, e.g. `status:failed`, `healthy:false`. */
  onFilter: (term: string) => void;
  /** Link to the attention view, carrying this view's thresholds. */
  attentionHref: string;
  /** When an in-progress state counts as stuck, for the attention link's count. */
  thresholds: Thresholds;
  /** The clock, to the minute. */
  now: number;
  /** While the fleet loads: how much has been read; the figures count only that. */
  partial?: { loaded: number; count: number } | undefined;
  /** The dashboard's checks narrowed what coderd sent: more were read than the figures count. */
  narrowed?: boolean;
  /** The figures are the previous filter's, shown dimmed until the new one's rows arrive. */
  stale?: boolean;
  /** Unfolded: every part; folded: one line of totals. */
  open: boolean;
  /** The heading's fold button (the page owns the choice). */
  toggle: ReactNode;
  /** The id the open body takes (the toggle's aria-controls). */
  bodyId: string;
  /** The whole fleet's counts over the day (the trend), oldest first. */
  trend?: readonly TrendSample[];
}

const TONE_FILL: Record<Tone, string> = {
  success: "var(--mui-palette-success-main)",
  error: "var(--mui-palette-error-main)",
  warning: "var(--mui-palette-warning-main)",
  info: "var(--mui-palette-info-main)",
  neutral: "var(--mui-palette-text-disabled)",
};

const FOCUS = {
  "&:focus-visible": {
    outline: "3px solid var(--mui-palette-primary-main)",
    outlineOffset: 2,
    zIndex: 1,
  },
} as const;

const CHIP_SX = { textTransform: "none", borderColor: "divider", gap: 0.75 } as const;

const plural = countOf;

/** The folded overview's line: the totals that most often send someone into the list. */
function foldedSummary(o: Overview): string {
  const failed = o.byStatus.find((s) => s.status === "failed")?.count ?? 0;
  const parts = [plural(o.total, "workspace")];
  if (failed) parts.push(`${failed.toLocaleString("en")} failed`);
  if (o.unhealthy) parts.push(`${o.unhealthy.toLocaleString("en")} unhealthy`);
  if (o.outdated) parts.push(`${o.outdated.toLocaleString("en")} outdated`);
  return parts.join(" · ");
}

/**
 * The fleet at a glance, above the list: status distribution, health, outdated, dormant, cost and
 * agents' latency. Every figure is also a button with its words, so nothing is told by colour or
 * shape alone; the coloured bar is a mouse shortcut to the same filters as its legend.
 */
export function FleetOverview({
  workspaces,
  onFilter,
  attentionHref,
  thresholds,
  now,
  partial,
  narrowed = false,
  stale = false,
  open,
  toggle,
  bodyId,
  trend = [],
}: Props) {
  const loaded = partial?.loaded;
  const count = partial?.count;
  const build = useMemo(
    () =>
      mapBuild(buildFleetFigures(workspaces, thresholds, now), (figures) => ({
        ...figures,
        // What the figures were counted from: their words stay theirs while a newer build runs.
        partial: loaded !== undefined && count !== undefined ? { loaded, count } : undefined,
        stale,
      })),
    [workspaces, thresholds, now, loaded, count, stale],
  );
  const { value: shown, current } = useSlicedBuild(build);
  if (!shown) {
    return (
      <FleetOverviewPlaceholder
        open={open}
        toggle={toggle}
        waiting={`Counting ${plural(workspaces.length, "workspace")}…`}
      />
    );
  }
  const o = shown.overview;
  // Rows given while the previous filter's show, or figures counted from them: either way the
  // figures on screen are the previous filter's.
  const dim = stale || shown.stale;
  const maxBin = Math.max(1, ...o.latency.map((b) => b.agents));
  return (
    <Paper
      component="section"
      aria-labelledby="overview-title"
      aria-busy={dim || partial !== undefined || shown.partial !== undefined || !current}
      className={dim ? "dims dimmed" : "dims"}
      sx={OVERVIEW_PAPER}
    >
      <Stack direction="row" sx={OVERVIEW_LINE}>
        {toggle}
        {/* What the figures cover, in every state: the line never comes or goes (layout shift). */}
        <Typography variant="body2" color="text.secondary" sx={OVERVIEW_COVERAGE}>
          {dim
            ? "The previous filter's figures; the new ones are loading."
            : shown.partial
              ? `So far: ${shown.partial.loaded.toLocaleString("en")} of ${shown.partial.count.toLocaleString("en")} read.`
              : narrowed
                ? `All ${o.total.toLocaleString("en")} that match.`
                : `All ${o.total.toLocaleString("en")} read.`}
        </Typography>
        {open ? null : (
          <Typography variant="body2" color="text.secondary" sx={OVERVIEW_SUMMARY}>
            {foldedSummary(o)}
          </Typography>
        )}
        <Link component={RouterLink} to={attentionHref} sx={{ fontWeight: 600, ml: "auto" }}>
          <ReportProblemOutlined
            aria-hidden
            sx={{ fontSize: 18, verticalAlign: "text-bottom", mr: 0.5 }}
          />
          Needs attention ({shown.problems}
          {shown.partial ? " so far" : ""})
        </Link>
      </Stack>
      {open ? (
        <Box id={bodyId}>
          <OverviewBody o={o} maxBin={maxBin} onFilter={onFilter} />
          <Box sx={{ mt: 2 }}>
            <FleetTrend samples={trend} now={now} />
          </Box>
        </Box>
      ) : null}
    </Paper>
  );
}

function OverviewBody({
  o,
  maxBin,
  onFilter,
}: {
  o: Overview;
  maxBin: number;
  onFilter: (term: string) => void;
}) {
  return (
    <>
      <Box sx={{ mt: 1 }}>
        <Typography variant="body2" id="overview-status" sx={{ fontWeight: 600, mb: 0.5 }}>
          Status of {plural(o.total, "workspace")}
        </Typography>
        {/* Mouse shortcut: the legend below holds the same filters as labelled buttons. */}
        <Box
          aria-hidden
          sx={{ display: "flex", height: 20, borderRadius: 1, overflow: "hidden", gap: "2px" }}
        >
          {o.byStatus.map(({ status, count, filterable }) => {
            const info = workspaceStatus(status);
            return (
              <Box
                component={filterable ? "button" : "span"}
                {...(filterable
                  ? { type: "button", tabIndex: -1, onClick: () => onFilter(`status:${status}`) }
                  : {})}
                key={status}
                title={`${info.label}: ${count}`}
                data-status={status}
                sx={{
                  flexGrow: count,
                  flexBasis: 0,
                  minWidth: 4,
                  border: 0,
                  p: 0,
                  cursor: filterable ? "pointer" : "default",
                  bgcolor: TONE_FILL[info.tone],
                  // In-progress states hatched, so the bar does not rely on hue alone.
                  backgroundImage: info.inProgress
                    ? "repeating-linear-gradient(45deg, transparent 0 4px, rgba(255,255,255,.35) 4px 8px)"
                    : undefined,
                  "&:hover": { filter: "brightness(1.15)" },
                }}
              />
            );
          })}
        </Box>
        <Stack
          component="ul"
          aria-labelledby="overview-status"
          direction="row"
          sx={{ flexWrap: "wrap", gap: 0.5, listStyle: "none", p: 0, m: 0, mt: 0.75 }}
        >
          {o.byStatus.map(({ status, count, filterable }) => (
            <li key={status}>
              {filterable ? (
                <Button
                  size="small"
                  variant="outlined"
                  color="inherit"
                  sx={CHIP_SX}
                  onClick={() => onFilter(`status:${status}`)}
                >
                  <StatusBadge status={workspaceStatus(status)} /> <strong>{count}</strong>
                </Button>
              ) : (
                // No search term selects a missing or unknown status: counted, not a filter.
                <Box
                  component="span"
                  sx={{ display: "inline-flex", alignItems: "center", gap: 0.75, px: 1, py: 0.5 }}
                >
                  <StatusBadge status={workspaceStatus(status)} /> <strong>{count}</strong>
                </Box>
              )}
            </li>
          ))}
        </Stack>
      </Box>

      <Box
        sx={{
          mt: 2,
          display: "grid",
          gap: 2,
          gridTemplateColumns: { xs: "1fr", md: "minmax(0, 1fr) minmax(0, 1fr)" },
        }}
      >
        <Box>
          <Typography variant="body2" id="overview-flags" sx={{ fontWeight: 600, mb: 0.5 }}>
            Health, versions and cost
          </Typography>
          <Stack
            component="ul"
            aria-labelledby="overview-flags"
            direction="row"
            sx={{ flexWrap: "wrap", gap: 0.5, listStyle: "none", p: 0, m: 0 }}
          >
            <FlagButton
              label="Healthy"
              count={o.healthy}
              tone="success"
              onClick={() => onFilter("healthy:true")}
            />
            <FlagButton
              label="Unhealthy"
              count={o.unhealthy}
              tone="error"
              onClick={() => onFilter("healthy:false")}
            />
            <FlagButton
              label="Outdated"
              count={o.outdated}
              tone="warning"
              onClick={() => onFilter("outdated:true")}
            />
            <FlagButton
              label="Dormant"
              count={o.dormant}
              tone="neutral"
              onClick={() => onFilter("dormant:true")}
            />
          </Stack>
          <Typography variant="body2" sx={{ mt: 1 }}>
            Total daily cost: <strong>{o.dailyCost.toLocaleString("en")}</strong>{" "}
            {o.dailyCost === 1 ? "credit" : "credits"}
            {o.unknownCosts > 0
              ? ` (${o.unknownCosts.toLocaleString("en")} workspace${o.unknownCosts === 1 ? "" : "s"} with an unknown cost left out)`
              : null}
          </Typography>
        </Box>
        <LatencyHistogram bins={o.latency} max={maxBin} />
      </Box>
    </>
  );
}

function FlagButton({
  label,
  count,
  tone,
  onClick,
}: {
  label: string;
  count: number;
  tone: Tone;
  onClick: () => void;
}) {
  return (
    <li>
      <Button size="small" variant="outlined" color="inherit" sx={CHIP_SX} onClick={onClick}>
        <Box
          component="span"
          aria-hidden
          sx={{ width: 10, height: 10, borderRadius: "50%", bgcolor: TONE_FILL[tone] }}
        />
        {label} <strong>{count}</strong>
      </Button>
    </li>
  );
}

function LatencyHistogram({ bins, max }: { bins: LatencyBin[]; max: number }) {
  const total = bins.reduce((n, b) => n + b.agents, 0);
  return (
    <Box>
      <Typography variant="body2" id="overview-latency" sx={{ fontWeight: 600, mb: 0.5 }}>
        Agents by latency to their preferred region
      </Typography>
      {total === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No connected agent reports latency.
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-labelledby="overview-latency"
          sx={{
            display: "grid",
            gridTemplateColumns: `repeat(${bins.length}, minmax(0, 1fr))`,
            gap: 0.5,
            listStyle: "none",
            p: 0,
            m: 0,
          }}
        >
          {bins.map((bin) => {
            const range = latencyRangeWords({ min: bin.min, max: bin.max });
            const words = `${bin.label}: ${plural(bin.agents, "agent")} in ${plural(bin.workspaces, "running workspace")}`;
            return (
              <li key={bin.label}>
                <Box
                  component={bin.workspaces > 0 ? RouterLink : "span"}
                  {...(bin.workspaces > 0
                    ? {
                        to: `${ATTENTION_PATH}?${latencyRangeSearch({ min: bin.min, max: bin.max })}`,
                      }
                    : {})}
                  title={
                    bin.workspaces > 0
                      ? `${words}. Show them in Needs attention (latency ${range}).`
                      : words
                  }
                  sx={{
                    width: "100%",
                    minHeight: 24,
                    display: "flex",
                    flexDirection: "column",
                    alignItems: "stretch",
                    justifyContent: "flex-end",
                    gap: 0.25,
                    p: 0,
                    color: "text.primary",
                    textDecoration: "none",
                    font: "inherit",
                    borderRadius: 0.5,
                    ...FOCUS,
                  }}
                >
                  {/* DOM order gives the name "< 50 ms 12 agents"; CSS order draws count, bar, range. */}
                  <Box
                    component="span"
                    sx={{ order: 3, fontSize: "0.7rem", color: "text.secondary", lineHeight: 1.2 }}
                  >
                    {bin.label}
                  </Box>{" "}
                  <Box component="span" sx={{ order: 1, fontSize: "0.75rem", fontWeight: 600 }}>
                    {bin.agents}{" "}
                    <span style={visuallyHidden}>
                      {bin.agents === 1 ? "agent" : "agents"} in{" "}
                      {plural(bin.workspaces, "workspace")}
                    </span>
                  </Box>
                  <Box component="span" aria-hidden sx={{ order: 2, height: 56, display: "flex" }}>
                    <Box
                      component="span"
                      sx={{
                        mt: "auto",
                        width: "100%",
                        height: `${Math.max(bin.agents > 0 ? 6 : 2, (bin.agents / max) * 56)}px`,
                        bgcolor: TONE_FILL[bandTone(bin)],
                        borderRadius: "2px 2px 0 0",
                      }}
                    />
                  </Box>
                </Box>
              </li>
            );
          })}
        </Box>
      )}
      {total > 0 ? (
        <Typography variant="caption" color="text.secondary">
          {plural(total, "agent")} of running workspaces; a bar opens those workspaces in Needs
          attention, slow links (≥ {formatMs(300)}) are listed there under Poor connection.
        </Typography>
      ) : null}
    </Box>
  );
}

function bandTone(bin: LatencyBin): Tone {
  return bin.band === "good" ? "success" : bin.band === "fair" ? "warning" : "error";
}
