import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Unit } from "../../src/data/types";
import { indexUnits, units2025 } from "../../src/lib/lineage";
import { adjacency2025, colourGraph, reorgShapes } from "../../src/lib/reorg";
import { placeLabels } from "../../src/charts/reorg-map";
import { REORG_COLOURS, REORG_INK } from "../../src/charts/palette";

const fixture: Unit[] = JSON.parse(readFileSync("tests/fixtures/data/valid-2025/units.json", "utf8")).units;

describe("colouring the units of 2025", () => {
  it("gives touching units different colours", () => {
    const nodes = ["a", "b", "c", "d", "e"];
    const edges = [["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"], ["d", "e"]] as const;
    const c = colourGraph(nodes, edges, 3);
    for (const [x, y] of edges) expect(c.get(x)).not.toBe(c.get(y));
    expect(Math.max(...c.values())).toBeLessThan(3);
  });

  it("makes the two units of a split commune neighbours (fixture)", () => {
    const shapes = reorgShapes(fixture, indexUnits(fixture));
    expect(adjacency2025(shapes, [])).toEqual([["hai-2025", "mot-2025"]]);
    const c = colourGraph(units2025(fixture).map((u) => u.id), adjacency2025(shapes, []), REORG_COLOURS.length);
    expect(c.get("hai-2025")).not.toBe(c.get("mot-2025"));
  });

  it("keeps dark labels readable on every colour (WCAG ≥ 4.5:1)", () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const c of REORG_COLOURS) expect((lum(c) + 0.05) / (lum(REORG_INK) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("placing labels", () => {
  it("moves a label off another one it would cover", () => {
    const out = placeLabels([
      { text: "Hồng Gai", x: 100, y: 100 },
      { text: "Hạ Long", x: 102, y: 101 },
    ]);
    expect(Math.abs(out[0].y - out[1].y)).toBeGreaterThanOrEqual(10);
  });
});
