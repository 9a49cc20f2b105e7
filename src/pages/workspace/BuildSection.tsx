import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { Facts, Mono, Section } from "./Section";
import type { ProvisionerJob, WorkspaceBuild } from "../../coderd/schemas";
import { RelativeTime } from "../../components/RelativeTime";
import { Tag } from "../../components/Tag";
import { StatusBadge } from "../../components/StatusBadge";
import { useNow } from "../../components/useNow";
import { buildReason, jobStatus, transitionLabel } from "../../domain/status";
import { toPlainText } from "../../domain/terminalText";
import { formatDuration, parseTime } from "../../domain/time";
import { credits } from "../../domain/words";

interface Step {
  label: string;
  at: Date | undefined;
  note?: string;
}

function Timeline({ job }: { job: ProvisionerJob }) {
  const now = useNow();
  const created = parseTime(job.created_at);
  const started = parseTime(job.started_at);
  const completed = parseTime(job.completed_at);
  const canceled = parseTime(job.canceled_at);
  const end = completed ?? canceled;
  const steps: Step[] = [
    {
      label: "Queued",
      at: created,
      note: created
        ? `waited ${formatDuration((started?.getTime() ?? now) - created.getTime())}${started ? "" : " so far"}`
        : undefined,
    },
    {
      label: "Started",
      at: started,
      note: started
        ? `ran ${formatDuration((end?.getTime() ?? now) - started.getTime())}${end ? "" : " so far"}`
        : undefined,
    },
    { label: canceled && !completed ? "Canceled" : "Completed", at: end },
  ];
  return (
    <Stack
      component="ol"
      direction={{ xs: "column", sm: "row" }}
      sx={{ listStyle: "none", p: 0, m: 0, gap: { xs: 1, sm: 0 } }}
    >
      {steps.map((s, i) => (
        <Box
          component="li"
          key={s.label}
          sx={{
            flex: 1,
            pl: 1.5,
            borderLeft: 3,
            borderColor: s.at ? "primary.main" : "divider",
            ...(i > 0 ? { ml: { sm: 1 } } : null),
          }}
        >
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {s.label} {s.at ? "" : "— not yet"}
          </Typography>
          {s.at ? (
            <Typography variant="caption" color="text.secondary">
              <RelativeTime value={s.at.toISOString()} />
              {s.note ? ` · ${s.note}` : null}
            </Typography>
          ) : null}
        </Box>
      ))}
    </Stack>
  );
}

export function BuildSection({ build }: { build: WorkspaceBuild | undefined }) {
  const job = build?.job;
  const js = jobStatus(job?.status);
  const tags = Object.entries(job?.tags ?? {});
  return (
    <Section title="Latest build" id="build">
      <Stack spacing={2.5}>
        {job?.error ? (
          <Alert severity={js.tone === "error" ? "error" : "warning"}>
            <AlertTitle>
              The build job {js.known ? js.label.toLowerCase() : `is ${js.label}`}
            </AlertTitle>
            <Box
              component="pre"
              sx={{
                m: 0,
                whiteSpace: "pre-wrap",
                wordBreak: "break-word",
                fontFamily: "ui-monospace, Menlo, monospace",
                fontSize: "0.8rem",
              }}
            >
              {toPlainText(job.error)}
            </Box>
          </Alert>
        ) : null}
        <Facts
          items={[
            ["Build", build?.build_number !== undefined ? `#${build.build_number}` : "—"],
            ["Transition", transitionLabel(build?.transition)],
            ["Reason", buildReason(build?.reason).label],
            ["Initiated by", build?.initiator_name || "—"],
            ["Template version", build?.template_version_name || "—"],
            ["Created", <RelativeTime key="c" value={build?.created_at} />],
            ["Daily cost", credits(build?.daily_cost)],
          ]}
        />
        <Stack spacing={1.5}>
          <Stack direction="row" sx={{ alignItems: "center", gap: 1 }}>
            <Typography variant="h3" component="h3">
              Build job
            </Typography>
            <StatusBadge status={js} />
          </Stack>
          {job ? (
            <>
              <Timeline job={job} />
              <Facts
                items={[
                  ["Job ID", job.id ? <Mono key="j">{job.id}</Mono> : "—"],
                  [
                    "Worker",
                    job.worker_id ? <Mono key="w">{job.worker_id}</Mono> : "Not picked up yet",
                  ],
                  ["File ID", job.file_id ? <Mono key="f">{job.file_id}</Mono> : "—"],
                  [
                    "Tags",
                    tags.length ? (
                      <Stack key="t" direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
                        {tags.map(([k, v]) => (
                          <Tag key={k}>{v ? `${k}: ${v}` : k}</Tag>
                        ))}
                      </Stack>
                    ) : (
                      "None"
                    ),
                  ],
                ]}
              />
            </>
          ) : (
            <Typography color="text.secondary">This build has no job information.</Typography>
          )}
        </Stack>
      </Stack>
    </Section>
  );
}
