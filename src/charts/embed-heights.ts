/**
 * The height an embed's iframe has before /embed.js resizes it, and forever when a CMS strips the
 * script: a responsive box whose height is `px + pct % of its width` (the classic padding-bottom
 * wrapper), fitted per chart as an upper envelope of the heights its embed page measured from 320 to
 * 1000 px wide — both languages, live and pinned, the years with the longest captions — plus a
 * margin, so nothing clips and little is left blank at any width. Measured in Chromium by
 * `npm run measure:embeds` (scripts/measure-embeds.ts), never guessed; tests/e2e/embed.test.ts and
 * tests/e2e/press-kit.test.ts fail when a chart outgrows its box or leaves it too empty.
 */
// The import attribute lets Node load this module too (Playwright Test runs tests/e2e under Node's ESM loader).
import heights from "./embed-heights.json" with { type: "json" };

/** The widths an embed must fit without its script: a phone column to a wide article (the tests check these). */
export const EMBED_WIDTHS = [320, 600, 1000] as const;
/** The widths the fit is measured at: the three above and enough between them that wrapping text cannot clip in a gap. */
export const MEASURE_WIDTHS = [320, 360, 400, 450, 500, 550, 600, 650, 700, 760, 820, 880, 940, 1000] as const;
/** Room added above the measured heights, in px: a line that wraps between two measured widths, a late font. */
export const FIT_MARGIN = 24;
/** How far a straight stretch of the envelope may pass above a measured height it skips, in px (two lines of text): fewer bends in the code. */
export const FIT_TOLERANCE = 48;

/**
 * The box's height as a function of its width w (px): px + pct/100 × w + Σ bend.pct/100 × max(0, w − bend.at).
 * A continuous piecewise-linear line: straight, turning at each bend. CSS draws it from the width alone
 * (padding-bottom percentages are of the width): see boxPadding in src/lib/embed.ts.
 */
export interface EmbedFit {
  px: number;
  pct: number;
  bends: { at: number; pct: number }[];
}

export const fitHeight = (f: EmbedFit, width: number): number =>
  f.px + (f.pct / 100) * width + f.bends.reduce((s, b) => s + (b.pct / 100) * Math.max(0, width - b.at), 0);

type Point = { width: number; height: number };

/**
 * The envelope of measured heights: through each measured height plus `margin`, with as few bends
 * as possible — a straight stretch may skip measured widths whose height it passes above by at most
 * `tolerance` (never below). Text unwraps as the column widens while the chart grows with it, and
 * grids drop rows in steps, so heights fall and rise: no single straight line fits them tightly.
 * Beyond the measured widths the first and last stretches continue. Rounded up (px to 1, pct to
 * 0.01, then 1 px), so it stays above every point.
 */
export function upperEnvelope(points: readonly Point[], margin = FIT_MARGIN, tolerance = FIT_TOLERANCE): EmbedFit {
  if (!points.length) throw new Error("upperEnvelope: no measurements");
  const p = [...points].sort((a, b) => a.width - b.width).map((q) => ({ width: q.width, height: q.height + margin }));
  if (p.length === 1) return { px: Math.ceil(p[0].height), pct: 0, bends: [] };
  const chord = (i: number, j: number, w: number) => p[i].height + ((p[j].height - p[i].height) * (w - p[i].width)) / (p[j].width - p[i].width);
  const valid = (i: number, j: number) => {
    for (let k = i + 1; k < j; k++) {
      const over = chord(i, j, p[k].width) - p[k].height;
      if (over < -1e-6 || over > tolerance) return false;
    }
    return true;
  };
  const blank = (i: number, j: number) => {
    let b = 0;
    for (let k = i + 1; k < j; k++) b += chord(i, j, p[k].width) - p[k].height;
    return b;
  };
  // Fewest stretches from the narrowest to the widest measurement, then the least blank.
  const best: { n: number; blank: number; from: number }[] = p.map(() => ({ n: Infinity, blank: Infinity, from: -1 }));
  best[0] = { n: 0, blank: 0, from: -1 };
  for (let j = 1; j < p.length; j++)
    for (let i = 0; i < j; i++) {
      if (!valid(i, j)) continue;
      const n = best[i].n + 1;
      const b = best[i].blank + blank(i, j);
      if (n < best[j].n || (n === best[j].n && b < best[j].blank)) best[j] = { n, blank: b, from: i };
    }
  const knots: number[] = [];
  for (let j = p.length - 1; j >= 0; j = best[j].from) knots.unshift(j);
  const slopes = knots.slice(1).map((j, s) => (p[j].height - p[knots[s]].height) / (p[j].width - p[knots[s]].width));
  const up = (x: number) => Math.ceil(x * 100 - 1e-9) / 100;
  const pct = up(slopes[0] * 100);
  // Bends at the inner knots; each bend's percentage rounded up keeps the line at or above the exact one for w ≥ its knot.
  const bends = knots.slice(1, -1).map((k, s) => ({ at: p[k].width, pct: up((slopes[s + 1] - slopes[s]) * 100) }));
  const first = p[knots[0]];
  // px so that the rounded line passes at or above the first knot; + 1 px for the rounding of the percentages.
  const px = Math.ceil(first.height - (pct / 100) * first.width) + 1;
  const fit = { px, pct, bends };
  // The rounding of a negative slope at the first knot can only raise the line to its right; check every point anyway.
  const short = Math.max(0, ...p.map((q) => q.height - fitHeight(fit, q.width)));
  return short > 0 ? { ...fit, px: fit.px + Math.ceil(short) } : fit;
}

interface Entry {
  /** The tallest height measured at each width, px (from npm run measure:embeds). */
  measured: Record<string, number>;
  fit: EmbedFit;
}
const table = heights as unknown as Record<string, Entry>;

export function embedFit(chart: string): EmbedFit {
  const f = table[chart]?.fit;
  if (!f || typeof f.px !== "number" || typeof f.pct !== "number" || !Array.isArray(f.bends))
    throw new Error(`src/charts/embed-heights.json has no fit for the embed "${chart}": run npm run measure:embeds`);
  return f;
}

/** The tallest the box gets between 320 and 1000 px wide (the builder's preview starts there). */
export function embedHeight(chart: string): number {
  const f = embedFit(chart);
  return Math.ceil(Math.max(...MEASURE_WIDTHS.map((w) => fitHeight(f, w))));
}
