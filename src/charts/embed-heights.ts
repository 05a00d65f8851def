/**
 * The height an embed's iframe has before /embed.js resizes it, and forever when a CMS strips the
 * script: a responsive box whose height is `px + pct % of its width` (the classic padding-bottom
 * wrapper), fitted per chart as an upper envelope of the heights its embed page measured from 320 to
 * 1000 px wide — both languages, live and pinned, the years with the longest captions — plus a
 * margin, so nothing clips and little is left blank at any width. Measured in Chromium by
 * `npm run measure:embeds` (scripts/measure-embeds.ts), never guessed; tests/e2e/embed.test.ts and
 * tests/e2e/press-kit.test.ts fail when a chart outgrows its box or leaves it too empty.
 */
import heights from "./embed-heights.json";

/** The widths an embed must fit without its script: a phone column to a wide article (the tests check these). */
export const EMBED_WIDTHS = [320, 600, 1000] as const;
/** The widths the fit is measured at: the three above and enough between them that wrapping text cannot clip in a gap. */
export const MEASURE_WIDTHS = [320, 360, 400, 450, 500, 550, 600, 650, 700, 760, 820, 880, 940, 1000] as const;
/** Room added to the envelope, in px: a wrapped line between two measured widths, a late font. */
export const FIT_MARGIN = 24;
/** At most this many lines in the envelope (CSS max() of them). */
export const FIT_LINES = 3;

/** One line: px + pct/100 × width. */
export interface FitLine {
  px: number;
  pct: number;
}
/** The box's height: the highest of its lines at a width (a convex, piecewise-linear envelope). */
export type EmbedFit = FitLine[];

export const fitHeight = (f: EmbedFit, width: number): number => Math.max(...f.map((l) => l.px + (l.pct / 100) * width));

type Point = { width: number; height: number };
const lineAt = (l: { at0: number; slope: number }, w: number) => l.at0 + l.slope * w;

/**
 * The tightest envelope above every measured point that CSS can draw from the box's width alone:
 * the highest of up to `lines` straight lines (max() of calc()s). Each candidate line passes through
 * two measured points (or is flat through the tallest); among the sets of up to `lines` candidates
 * whose highest line is at or above every point, the one with the least total blank over the points
 * wins. Then each line is raised by `margin` and rounded up (px to 1, pct to 0.01): still above
 * every point. Heights fall as text stops wrapping and rise as the chart grows with the width, so
 * one line alone leaves a wide article with a lot of blank.
 */
export function upperEnvelope(points: readonly Point[], margin = FIT_MARGIN, lines = FIT_LINES): EmbedFit {
  if (!points.length) throw new Error("upperEnvelope: no measurements");
  const top = Math.max(...points.map((p) => p.height));
  const cands: { slope: number; at0: number }[] = [{ slope: 0, at0: top }];
  for (const a of points)
    for (const b of points) if (b.width > a.width) {
      const slope = (b.height - a.height) / (b.width - a.width);
      cands.push({ slope, at0: a.height - slope * a.width });
    }
  const ok = (set: number[]) => points.every((p) => Math.max(...set.map((i) => lineAt(cands[i], p.width))) >= p.height - 1e-6);
  const blank = (set: number[]) => points.reduce((s, p) => s + Math.max(...set.map((i) => lineAt(cands[i], p.width))) - p.height, 0);
  let best: { set: number[]; blank: number } = { set: [0], blank: blank([0]) };
  const n = cands.length;
  const consider = (set: number[]) => {
    if (!ok(set)) return;
    const b = blank(set);
    if (b < best.blank - (set.length > best.set.length ? points.length : 1e-6)) best = { set, blank: b };
  };
  // Fewer lines first: a set with more lines must save at least 1 px per point to win.
  for (let i = 0; i < n; i++) consider([i]);
  if (lines >= 2) for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) consider([i, j]);
  if (lines >= 3) for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) for (let k = j + 1; k < n; k++) consider([i, j, k]);
  return best.set
    .map((i) => cands[i])
    .sort((a, b) => a.slope - b.slope)
    .map((c) => ({ px: Math.ceil(c.at0 + margin), pct: Math.ceil(c.slope * 100 * 100) / 100 }));
}

interface Entry {
  /** The tallest height measured at each width, px (from npm run measure:embeds). */
  measured: Record<string, number>;
  fit: EmbedFit;
}
const table = heights as Record<string, Entry>;

export function embedFit(chart: string): EmbedFit {
  const f = table[chart]?.fit;
  if (!Array.isArray(f) || !f.length || f.some((l) => typeof l.px !== "number" || typeof l.pct !== "number"))
    throw new Error(`src/charts/embed-heights.json has no fit for the embed "${chart}": run npm run measure:embeds`);
  return f;
}

/** The tallest the box gets between 320 and 1000 px wide (the builder's preview starts there). */
export function embedHeight(chart: string): number {
  const f = embedFit(chart);
  return Math.ceil(Math.max(...EMBED_WIDTHS.map((w) => fitHeight(f, w))));
}
