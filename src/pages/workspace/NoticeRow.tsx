import ErrorOutline from "@mui/icons-material/ErrorOutlineOutlined";
import HourglassEmptyOutlined from "@mui/icons-material/HourglassEmptyOutlined";
import BedtimeOutlined from "@mui/icons-material/BedtimeOutlined";
import UpdateOutlined from "@mui/icons-material/UpdateOutlined";
import WarningAmber from "@mui/icons-material/WarningAmber";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { Link as RouterLink, useLocation } from "react-router";
import type { Workspace } from "../../coderd/schemas";
import { visuallyHidden } from "../../components/visuallyHidden";
import { useNow } from "../../components/useNow";
import { workspaceNotices, type Notice, type NoticeKind } from "../../domain/notices";

const ICONS: Record<NoticeKind, typeof WarningAmber> = {
  failed: ErrorOutline,
  stuck: HourglassEmptyOutlined,
  "no-provisioner": ErrorOutline,
  "unhealthy-agent": WarningAmber,
  dormant: BedtimeOutlined,
  queued: HourglassEmptyOutlined,
  outdated: UpdateOutlined,
};

const COLOR: Record<Notice["severity"], string> = {
  error: "error.main",
  warning: "warning.main",
  info: "info.main",
};

const SEVERITY_WORD: Record<Notice["severity"], string> = {
  error: "Problem",
  warning: "Warning",
  info: "Note",
};

/**
 * What needs action on this workspace, most urgent first: each an icon, a title and a sentence, with
 * a link to where the page explains it. Not a live region: the page polls, and a re-announced list
 * every few seconds would drown a screen reader.
 */
export function NoticeRow({ workspace }: { workspace: Workspace }) {
  const now = useNow();
  const location = useLocation();
  const notices = workspaceNotices(workspace, now);
  if (notices.length === 0) return null;
  return (
    <Box
      component="ul"
      aria-label="Needs attention"
      sx={{
        listStyle: "none",
        p: 0,
        m: 0,
        display: "grid",
        gridTemplateColumns: { xs: "1fr", md: "repeat(auto-fill, minmax(320px, 1fr))" },
        gap: 1,
      }}
    >
      {notices.map((n) => {
        const Icon = ICONS[n.kind];
        return (
          <Box
            component="li"
            key={n.key}
            sx={{
              display: "flex",
              gap: 1.25,
              alignItems: "flex-start",
              p: 1.5,
              minWidth: 0,
              border: 1,
              borderColor: COLOR[n.severity],
              borderLeftWidth: 4,
              borderRadius: 1,
              bgcolor: "background.paper",
            }}
          >
            <Icon aria-hidden sx={{ color: COLOR[n.severity], mt: 0.25, fontSize: 20 }} />
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 650, overflowWrap: "anywhere" }}>
                <Box component="span" sx={visuallyHidden}>
                  {SEVERITY_WORD[n.severity]}:{" "}
                </Box>
                {n.title}
              </Typography>
              {n.detail ? (
                <Typography
                  variant="body2"
                  color="text.secondary"
                  sx={{ overflowWrap: "anywhere" }}
                >
                  {n.detail}
                </Typography>
              ) : null}
              {n.href ? (
                // Coder's own page on this origin, outside this app's routes: a plain link.
                <Link href={n.href} variant="body2" sx={{ display: "block" }}>
                  {n.hrefLabel ?? "Open in Coder"}
                </Link>
              ) : null}
              {n.anchor ? (
                <Link
                  component={RouterLink}
                  to={{ search: location.search, hash: `#${n.anchor}` }}
                  variant="body2"
                >
                  {n.anchorLabel ?? "Show"}
                </Link>
              ) : null}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
