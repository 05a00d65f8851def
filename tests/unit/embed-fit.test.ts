/**
 * The no-script height of an embed: an upper envelope `px + pct % × width` of measured heights.
 * It must stay above every measurement (nothing clips) and be the tightest such line.
 */
import { describe, expect, it } from "vitest";
import { fitHeight, upperEnvelope } from "../../src/charts/embed-heights";

const pts = (f: (w: number) => number, widths = [320, 400, 500, 600, 800, 1000]) => widths.map((width) => ({ width, height: f(width) }));

describe("upperEnvelope", () => {
  it("recovers a straight line exactly, plus the margin", () => {
    const f = upperEnvelope(pts((w) => 300 + 0.75 * w), 10);
    expect(f).toEqual([{ px: 310, pct: 75 }]);
  });

  it("stays above every point of a bumpy, shrinking curve, and is tighter than the flat line at the tallest", () => {
    // Text that wraps less as the column widens, with steps: taller at narrow widths.
    const curve = (w: number) => 1200 - 0.4 * w + (w % 130 < 40 ? 35 : 0);
    const points = pts(curve, [320, 340, 380, 420, 470, 530, 600, 680, 760, 850, 930, 1000]);
    for (const margin of [0, 16]) {
      const f = upperEnvelope(points, margin);
      for (const p of points) expect(fitHeight(f, p.width)).toBeGreaterThanOrEqual(p.height + margin);
      const blank = points.reduce((s, p) => s + fitHeight(f, p.width) - p.height, 0);
      const flat = points.reduce((s, p) => s + Math.max(...points.map((q) => q.height)) + margin - p.height, 0);
      expect(blank).toBeLessThan(flat);
      expect(f[0].pct).toBeLessThan(0);
    }
  });

  it("a V-shaped curve (text unwrapping, then the chart growing) gets two lines, far tighter than one", () => {
    const v = (w: number) => (w < 600 ? 1736 - 1.26 * (w - 320) : 1383 + 0.3 * (w - 600));
    const points = pts(v, [320, 400, 500, 600, 700, 800, 900, 1000]);
    const two = upperEnvelope(points, 0, 3);
    const one = upperEnvelope(points, 0, 1);
    expect(two.length).toBe(2);
    for (const p of points) expect(fitHeight(two, p.width)).toBeGreaterThanOrEqual(p.height);
    const blank = (f: typeof one) => points.reduce((s, p) => s + fitHeight(f, p.width) - p.height, 0);
    expect(blank(two)).toBeLessThan(points.length * 2);
    expect(blank(one)).toBeGreaterThan(10 * blank(two));
  });

  it("a single width gives the flat line at its height", () => {
    expect(upperEnvelope([{ width: 600, height: 480.2 }], 0)).toEqual([{ px: 481, pct: 0 }]);
  });
});
