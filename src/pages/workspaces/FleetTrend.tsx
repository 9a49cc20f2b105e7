import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useEffect, useMemo, useState } from "react";
import { Link as RouterLink } from "react-router";
import { visuallyHidden } from "../../components/visuallyHidden";
import { changesHref } from "../../domain/changesLink";
import {
  TREND_LABELS,
  TREND_SERIES,
  trendSlices,
  type TrendSample,
  type TrendSeries,
  type TrendSlice,
} from "../../domain/fleetTrend";
import { formatTimeOfDay } from "../../domain/time";

// The day at a glance: one small line a count, each on its own scale (3 failed next to 3,000 running
// would be a flat line otherwise), drawn by hand in SVG. The list beside it is the chart in words,
// and the legend: each line's name, its dash and colour. A point is a link to what changed in its
// stretch of time.

interface Props {
  /** The day's samples of the whole fleet, oldest first. */
  samples: readonly TrendSample[];
  /** The browser's clock, for "yesterday 14:05". */
  now: number;
}

const STYLE: Record<TrendSeries, { color: string; dash: string }> = {
  running: { color: "var(--mui-palette-success-main)", dash: "none" },
  failed: { color: "var(--mui-palette-error-main)", dash: "6 3" },
  unhealthy: { color: "var(--mui-palette-warning-main)", dash: "2 3" },
  inProgress: { color: "var(--mui-palette-info-main)", dash: "9 3 2 3" },
};

/** Points on the chart at most (and links to the changes): one an hour over a full day... */
const MAX_POINTS = 24;
/** ...and fewer on a narrow chart: each link is a band this wide (WCAG 2.2 asks 24 px targets). */
const POINT_PX = 28;
/** The lines' own resolution, finer than their points. */
const LINE_POINTS = 120;
const ROW_PX = 28;

const count = (n: number) => n.toLocaleString("en");

/** "3 → 7", or "7" when nothing moved. */
function moved(from: number, to: number): string {
  return from === to ? `${count(to)}, no change` : `${count(from)} → ${count(to)}`;
}

/** Percent across, for an instant. */
function xOf(at: number, first: number, last: number): number {
  return last > first ? ((at - first) / (last - first)) * 100 : 50;
}

/** Percent down a line's row for each value, on the line's own scale (15-85%, flat: the middle). */
function yScale(values: number[]): (v: number) => number {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return (v) => (max > min ? 85 - ((v - min) / (max - min)) * 70 : 50);
}

function Swatch({ series }: { series: TrendSeries }) {
  const { color, dash } = STYLE[series];
  return (
    <svg width="22" height="10" aria-hidden focusable="false" style={{ flexShrink: 0 }}>
      <line
        x1="1"
        y1="5"
        x2="21"
        y2="5"
        stroke={color}
        strokeWidth="2.5"
        strokeDasharray={dash}
        strokeLinecap="round"
      />
    </svg>
  );
}

function Line({
  series,
  line,
  points,
  start,
  end,
}: {
  series: TrendSeries;
  /** The line's shape, finer than its points. */
  line: TrendSlice[];
  /** The dots, one a link. */
  points: TrendSlice[];
  start: number;
  end: number;
}) {
  const y = yScale(line.map((s) => s.counts[series]));
  const at = (s: TrendSlice) => ({ x: xOf(s.until, start, end), y: y(s.counts[series]) });
  const { color, dash } = STYLE[series];
  return (
    <Box aria-hidden sx={{ position: "relative", height: ROW_PX }}>
      <svg
        viewBox="0 0 100 100"
        preserveAspectRatio="none"
        width="100%"
        height={ROW_PX}
        focusable="false"
        style={{ display: "block", overflow: "visible" }}
      >
        <polyline
          points={line
            .map(at)
            .map((p) => `${p.x},${p.y}`)
            .join(" ")}
          fill="none"
          stroke={color}
          strokeWidth="2"
          strokeDasharray={dash}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      {/* Round dots in HTML: the stretched SVG would draw them as ellipses. */}
      {points.map(at).map((p, i) => (
        <Box
          key={i}
          component="span"
          sx={{
            position: "absolute",
            left: `${p.x}%`,
            top: `${p.y}%`,
            width: 6,
            height: 6,
            borderRadius: "50%",
            bgcolor: color,
            transform: "translate(-50%, -50%)",
          }}
        />
      ))}
    </Box>
  );
}

/** The width of the element `ref` is set on, as it changes (undefined until measured). */
function useWidth(): [(el: HTMLElement | null) => void, number | undefined] {
  const [width, setWidth] = useState<number | undefined>(undefined);
  const [el, setEl] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, width];
}

export function FleetTrend({ samples, now }: Props) {
  const [measure, width] = useWidth();
  const pointCount =
    width === undefined
      ? MAX_POINTS
      : Math.max(2, Math.min(MAX_POINTS, Math.floor(width / POINT_PX)));
  const slices = useMemo(() => trendSlices(samples, pointCount), [samples, pointCount]);
  const line = useMemo(() => trendSlices(samples, LINE_POINTS), [samples]);
  const first = samples[0];
  const last = samples.at(-1);
  const heading = (
    <Typography variant="body2" id="overview-trend" sx={{ fontWeight: 600, mb: 0.5 }}>
      {first ? `Counts since ${formatTimeOfDay(first.at, now)}` : "Counts since this tab opened"}
    </Typography>
  );
  if (!first || !last) {
    return (
      <Box>
        {heading}
        <Typography variant="body2" color="text.secondary">
          The trend starts with the first whole read of the fleet.
        </Typography>
      </Box>
    );
  }
  const since = formatTimeOfDay(first.at, now);
  const start = first.at;
  const end = last.at;
  return (
    <Box component="figure" aria-labelledby="overview-trend" sx={{ m: 0 }}>
      {heading}
      <Box
        sx={{
          display: "grid",
          gridTemplateColumns: "max-content minmax(5rem, 1fr)",
          columnGap: 1.5,
        }}
      >
        <Box component="ul" aria-label="Counts then and now" sx={{ listStyle: "none", p: 0, m: 0 }}>
          {TREND_SERIES.map((series) => (
            <Box
              component="li"
              key={series}
              sx={{
                height: ROW_PX,
                display: "flex",
                alignItems: "center",
                gap: 0.75,
                typography: "body2",
                whiteSpace: "nowrap",
              }}
            >
              <Swatch series={series} />
              <span>
                {TREND_LABELS[series]}: {moved(first[series], last[series])}
                <span style={visuallyHidden}> since {since}</span>
              </span>
            </Box>
          ))}
        </Box>
        <Box ref={measure} sx={{ position: "relative", mx: 0.5 }}>
          {TREND_SERIES.map((series) => (
            <Line
              key={series}
              series={series}
              line={line}
              points={slices}
              start={start}
              end={end}
            />
          ))}
          <PointLinks slices={slices} buckets={pointCount} now={now} />
        </Box>
      </Box>
      <Box component="figcaption" sx={{ typography: "caption", color: "text.secondary", mt: 0.5 }}>
        The whole fleet, counted about once a minute and kept for a day in this browser (
        {formatTimeOfDay(start, now)} to {formatTimeOfDay(end, now)}); each line on its own scale. A
        point opens what changed before it.
      </Box>
    </Box>
  );
}

/** One link a point: a band of the chart over its stretch of time, all bands equally wide. */
function PointLinks({
  slices,
  buckets,
  now,
}: {
  slices: TrendSlice[];
  buckets: number;
  now: number;
}) {
  return (
    <Box
      component="ul"
      aria-label="Changes by time"
      sx={{ position: "absolute", inset: 0, listStyle: "none", p: 0, m: 0 }}
    >
      {slices.map((s) => {
        const counts = TREND_SERIES.map((k) => `${TREND_LABELS[k]} ${count(s.counts[k])}`).join(
          ", ",
        );
        const when =
          s.since === s.until
            ? `at ${formatTimeOfDay(s.until, now)}`
            : `${formatTimeOfDay(s.since, now)} to ${formatTimeOfDay(s.until, now)}`;
        const name = `Changes ${when}: then ${counts}`;
        return (
          <Box
            component="li"
            key={s.until}
            sx={{
              position: "absolute",
              top: 0,
              bottom: 0,
              left: `${(s.bucket / buckets) * 100}%`,
              width: `${100 / buckets}%`,
            }}
          >
            <Box
              component={RouterLink}
              to={changesHref(s.since, s.until)}
              aria-label={name}
              title={name}
              sx={{
                display: "block",
                height: "100%",
                borderRadius: 0.5,
                "&:hover, &:focus-visible": {
                  bgcolor: "action.hover",
                  boxShadow: "inset 0 0 0 1px var(--mui-palette-divider)",
                },
                "&:focus-visible": {
                  outline: "3px solid var(--mui-palette-primary-main)",
                  outlineOffset: 1,
                  zIndex: 1,
                },
              }}
            />
          </Box>
        );
      })}
    </Box>
  );
}
