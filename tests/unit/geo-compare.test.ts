/** "Check the swap" on hand-made squares: which units are reported as changed by more than 20 %. */
import { describe, expect, it } from "vitest";
import type { FeatureCollection } from "geojson";
import { compareBoundaries, quantileOf } from "../../src/geo/compare";

/** A square of side `s` degrees with its south-west corner at (x, y), wound counter-clockwise (RFC 7946). */
const square = (code: string, x: number, y: number, s: number) => ({
  type: "Feature" as const,
  properties: { gso_code: code, name: `u${code}`, district_2020: "D" },
  geometry: { type: "Polygon" as const, coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] },
});
const fc = (...features: ReturnType<typeof square>[]): FeatureCollection => ({ type: "FeatureCollection", features });

describe("compareBoundaries", () => {
  const before = fc(square("1", 107, 21, 0.1), square("2", 107.2, 21, 0.1), square("3", 107.4, 21, 0.1), square("4", 107.6, 21, 0.1), square("9", 108, 21, 0.1));
  const now = fc(
    square("1", 107, 21, 0.1), // the same
    square("2", 107.2, 21, 0.1 * Math.sqrt(1.3)), // 30 % larger
    square("3", 107.4, 21, 0.1 * Math.sqrt(1.1)), // 10 % larger, centroid moves by about 2.4 % of its side
    square("4", 107.63, 21, 0.1), // same area, moved by 30 % of its side
    square("5", 107.8, 21, 0.1), // new
  );
  const c = compareBoundaries(now, before, 0.2);
  const row = (code: string) => c.rows.find((r) => r.gso_code === code)!;

  it("joins on gso_code and lists the units found in one file only", () => {
    expect(c.rows.map((r) => r.gso_code)).toEqual(["1", "2", "3", "4"]);
    expect(c.onlyNew).toEqual(["5"]);
    expect(c.onlyOld).toEqual(["9"]);
  });

  it("measures area in km² on the sphere whatever the winding, and the centroid shift in km", () => {
    // 0.1° × 0.1° at 21° N is about 11.1 km × 10.4 km.
    expect(row("1").area).toBeGreaterThan(110);
    expect(row("1").area).toBeLessThan(120);
    expect(row("1").ratio).toBeCloseTo(1, 6);
    expect(row("1").shiftKm).toBeCloseTo(0, 6);
    expect(row("2").ratio).toBeCloseTo(1.3, 2);
    expect(row("4").shiftKm).toBeGreaterThan(3);
    expect(row("4").shiftKm).toBeLessThan(3.3);
  });

  it("flags a unit whose area changed by more than the threshold, or whose centroid moved by more than that share of its size", () => {
    expect(c.rows.filter((r) => r.changed).map((r) => r.gso_code)).toEqual(["2", "4"]);
    expect(compareBoundaries(now, before, 0.35).rows.filter((r) => r.changed)).toEqual([]);
  });

  it("adds up the province and its polygon parts", () => {
    expect(c.total.parts).toBe(5);
    expect(c.total.partsBefore).toBe(5);
    expect(c.total.area).toBeGreaterThan(c.total.areaBefore);
  });

  it("interpolates quantiles", () => {
    expect(quantileOf([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantileOf([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4);
  });
});
