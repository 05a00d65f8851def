/**
 * The height an embed's iframe has before /embed.js resizes it, and forever when a CMS strips the
 * script: for each chart, the tallest its embed page measured at 320, 600 and 1000 px wide, in both
 * languages, live and pinned, with and without controls, for the years that make the longest
 * captions, plus a margin. Measured in Chromium by `npm run measure:embeds` (scripts/measure-embeds.ts),
 * never guessed; tests/e2e/embed.test.ts fails when a chart outgrows its height.
 */
// The import attribute lets Node load this module too (Playwright Test runs tests/e2e under Node's ESM loader).
import heights from "./embed-heights.json" with { type: "json" };

/** The widths an embed must fit without its script: a phone column to a wide article. */
export const EMBED_WIDTHS = [320, 600, 1000] as const;

export function embedHeight(chart: string): number {
  const h = (heights as Record<string, number>)[chart];
  if (typeof h !== "number") throw new Error(`src/charts/embed-heights.json has no height for the embed "${chart}": run npm run measure:embeds`);
  return h;
}
