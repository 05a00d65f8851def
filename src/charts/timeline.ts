/**
 * The timeline: communes at each tier per year, computed from commune records,
 * with the officially reported province totals drawn beside them. Years known
 * only as bounds widen a band (lowest to highest possible NTM count); nothing
 * is guessed inside it.
 */
import * as Plot from "@observablehq/plot";
import type { ProvincePoint, Recognition, Unit } from "../data/types";
import type { Lang } from "../i18n/ui";
import { LINES, PAGE, PALETTE } from "./palette";
import { renderPlot } from "./render";
import type { Totals } from "../lib/totals";
import { ntmRange } from "../lib/totals";

export interface TimelineInput {
  lang: Lang;
  totals: Totals[];
  points: ProvincePoint[];
  /** District-level recognitions to annotate (level ntm, formal). */
  events: { year: number; label: string }[];
  /** Notes written on the chart where the line needs explaining (src/lib/timeline-notes.ts). */
  notes?: { year: number; value: number; text: string }[];
  width?: number;
  height?: number;
}

const words = {
  vi: {
    y: "Số xã",
    ntm: "Đạt chuẩn NTM (theo hồ sơ từng xã)",
    band: "Khoảng có thể (các xã chưa rõ năm đạt)",
    reported: "Số tỉnh công bố",
    "nang-cao": "NTM nâng cao",
    "kieu-mau": "NTM kiểu mẫu",
    short: { ntm: "NTM", "nang-cao": "Nâng cao", "kieu-mau": "Kiểu mẫu" },
  },
  en: {
    y: "Communes",
    ntm: "New Rural (from commune records)",
    band: "Possible range (communes whose year is not known)",
    reported: "Reported by the province",
    "nang-cao": "Advanced",
    "kieu-mau": "Model",
    short: { ntm: "New Rural", "nang-cao": "Advanced", "kieu-mau": "Model" },
  },
} as const;

export interface TimelineRow {
  year: number;
  series: "ntm" | "nang-cao" | "kieu-mau";
  value: number;
}

/** Rows for the computed lines (also what the accessible table shows). */
export function timelineRows(totals: Totals[]): TimelineRow[] {
  return totals.flatMap((t) => [
    { year: t.year, series: "ntm" as const, value: t.ntm },
    { year: t.year, series: "nang-cao" as const, value: t.nangCao },
    { year: t.year, series: "kieu-mau" as const, value: t.kieuMau },
  ]);
}

/** Reported points, one row per tier, only those the site shows. */
export function reportedRows(points: ProvincePoint[]): TimelineRow[] {
  const tiers = ["ntm", "nang-cao", "kieu-mau"] as const;
  return points
    .filter((p) => p.shown !== false && p.wording === "recognised")
    .flatMap((p) =>
      tiers
        .filter((k) => typeof p[k] === "number")
        .map((k) => ({ year: p.year, series: k, value: p[k] as number })),
    );
}

export function timelineSvg(input: TimelineInput): string {
  const { lang, totals, points, events, notes = [], width = 640, height = 320 } = input;
  const w = words[lang];
  const band = totals.map((t) => ({ year: t.year, low: ntmRange(t)[0], high: ntmRange(t)[1] }));
  const rows = timelineRows(totals);
  const reported = reportedRows(points);
  const color = {
    ntm: PALETTE.ntm.edge,
    "nang-cao": PALETTE["nang-cao"].fill,
    "kieu-mau": PALETTE["kieu-mau"].fill,
  };
  const maxY = Math.max(...band.map((b) => b.high), ...reported.map((r) => r.value), 10);
  // Direct labels at the end of each line (OWID-style), nudged apart when the lines end close together.
  const lastYear = totals[totals.length - 1].year;
  const ends = rows.filter((r) => r.year === lastYear).sort((a, b) => b.value - a.value);
  const gap = (maxY / (height - 40)) * 14;
  ends.forEach((r, i) => {
    if (i > 0 && ends[i - 1].value - r.value < gap) ends[i] = { ...r, value: ends[i - 1].value - gap };
  });
  const narrow = width < 480;
  // On a phone the plot has no room under the fall for a note of several lines: it would cross the lines
  // and the band. There the note stands above the plot, ending at its year, joined to the fall by its line.
  const noteLines = Math.max(0, ...notes.map((n) => n.text.split("\n").length));
  const above = narrow && noteLines > 0;
  const top = above ? maxY + gap * 1.1 : 0;
  return renderPlot({
    width,
    height: above ? height + noteLines * 14 : height,
    marginLeft: 44,
    marginTop: above ? 16 + noteLines * 14 : 16,
    marginRight: narrow ? 64 : 76,
    style: { fontFamily: "inherit", fontSize: "12px", overflow: "visible" },
    x: { label: null, tickFormat: "d", domain: [totals[0].year, totals[totals.length - 1].year], ticks: narrow ? 4 : 8 },
    y: { label: w.y, domain: [0, maxY], grid: true },
    marks: [
      Plot.areaY(band, { x: "year", y1: "low", y2: "high", fill: PALETTE.undetermined.fill, fillOpacity: 0.35, curve: "step-after" }),
      Plot.ruleY([0]),
      Plot.ruleX(events, { x: "year", stroke: LINES.reference, strokeDasharray: "2,3" }),
      Plot.lineY(rows, { x: "year", y: "value", stroke: (d: TimelineRow) => color[d.series], strokeWidth: 2.5, curve: "step-after", z: "series" }),
      Plot.dot(reported, {
        x: "year",
        y: "value",
        r: 4.5,
        fill: PAGE.light.paper,
        stroke: (d: TimelineRow) => color[d.series],
        strokeWidth: 2,
        symbol: "diamond",
      }),
      // A note under the fall, ending at it, joined to it by a short line (as Reuters and the FT annotate).
      Plot.ruleX(notes, {
        x: "year",
        y1: "value",
        y2: (d: { value: number }) => (above ? top : d.value - gap * 0.9),
        stroke: PAGE.light["ink-soft"],
      }),
      Plot.text(notes, {
        x: "year",
        y: (d: { value: number }) => (above ? top : d.value - gap),
        text: "text",
        textAnchor: "end",
        lineAnchor: above ? "bottom" : "top",
        dx: 3,
        fill: PAGE.light.ink,
        stroke: PAGE.light.paper,
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
      Plot.text(ends, {
        x: "year",
        y: "value",
        text: (d: TimelineRow) => w.short[d.series],
        fill: (d: TimelineRow) => color[d.series],
        textAnchor: "start",
        dx: 8,
        fontWeight: 600,
      }),
    ],
  });
}

export { words as timelineWords };
export type { Recognition, Unit };
