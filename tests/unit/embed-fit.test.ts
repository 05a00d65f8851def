/**
 * The no-script height of an embed: an envelope of measured heights, px + pct % of the width with a
 * few bends. It must stay above every measurement plus the margin (nothing clips), leave at most the
 * tolerance more, and bend no more than the heights need.
 */
import { describe, expect, it } from "vitest";
import { fitHeight, upperEnvelope } from "../../src/charts/embed-heights";

const pts = (f: (w: number) => number, widths = [320, 400, 500, 600, 800, 1000]) => widths.map((width) => ({ width, height: f(width) }));
const WIDTHS = [320, 360, 400, 450, 500, 550, 600, 650, 700, 760, 820, 880, 940, 1000];

describe("upperEnvelope", () => {
  it("a straight line: no bend, exactly the line plus the margin (and 1 px of rounding)", () => {
    const f = upperEnvelope(pts((w) => 300 + 0.75 * w), 10);
    expect(f).toEqual({ px: 311, pct: 75, bends: [] });
  });

  it("a V (text unwrapping, then the chart growing): one bend at the bottom, tight everywhere", () => {
    const v = (w: number) => (w < 600 ? 1736 - 1.25 * (w - 320) : 1386 + 0.3 * (w - 600));
    const f = upperEnvelope(pts(v, WIDTHS), 24, 24);
    expect(f.bends.map((b) => b.at)).toEqual([600]);
    for (const w of WIDTHS) {
      expect(fitHeight(f, w)).toBeGreaterThanOrEqual(v(w) + 24);
      expect(fitHeight(f, w)).toBeLessThanOrEqual(v(w) + 24 + 2);
    }
  });

  it("steps (a grid losing rows as it widens): above every point, at most the tolerance over the margin", () => {
    const step = (w: number) => 1800 + 2000 * Math.ceil(600 / w) - 0.2 * w + (w % 130 < 40 ? 20 : 0);
    const points = pts(step, WIDTHS);
    const f = upperEnvelope(points, 24, 24);
    for (const p of points) {
      expect(fitHeight(f, p.width)).toBeGreaterThanOrEqual(p.height + 24);
      expect(fitHeight(f, p.width)).toBeLessThanOrEqual(p.height + 24 + 24 + 2);
    }
    expect(f.bends.length).toBeLessThan(points.length - 2);
  });

  it("a single width gives the flat line at its height plus the margin", () => {
    expect(upperEnvelope([{ width: 600, height: 480.2 }], 0)).toEqual({ px: 481, pct: 0, bends: [] });
  });
});
