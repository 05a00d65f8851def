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

describe("colouring and adjacency: edges", () => {
  it("colours the busiest node first, ties by id, ignoring self-loops and unknown nodes", () => {
    // b has three neighbours: it gets colour 0; a, c, d (one neighbour each, b) share colour 1.
    const c = colourGraph(["d", "c", "b", "a"], [["a", "b"], ["b", "c"], ["b", "d"], ["a", "a"], ["a", "zz"]], 4);
    expect([...c.entries()].sort()).toEqual([["a", 1], ["b", 0], ["c", 1], ["d", 1]]);
    // a path x - y: equal degree, x first by id
    expect([...colourGraph(["y", "x"], [["y", "x"]], 2).entries()].sort()).toEqual([["x", 0], ["y", 1]]);
  });

  it("reuses colours by position once k colours no longer suffice", () => {
    const nodes = ["a", "b", "c"];
    const c = colourGraph(nodes, [["a", "b"], ["b", "c"], ["c", "a"]], 2);
    // order a, b, c (same degree, by id): a 0, b 1, c has both taken: its position 2 mod 2 = 0
    expect([...c.entries()].sort()).toEqual([["a", 0], ["b", 1], ["c", 0]]);
  });

  it("joins units of 2025 across a shared 2019 border, once per pair, sorted", () => {
    const S = ["t1"];
    const us: Unit[] = [
      { id: "x1", name: "X1", type: "xa", parent: null, geo_id: "1", sources: S, lineage: [{ event: "merged-into", date: "2025-07-01", into: "n1", sources: S }] },
      { id: "x2", name: "X2", type: "xa", parent: null, geo_id: "2", sources: S, lineage: [{ event: "merged-into", date: "2025-07-01", into: "n2", sources: S }] },
      { id: "x3", name: "X3", type: "xa", parent: null, geo_id: "3", sources: S, lineage: [{ event: "merged-into", date: "2025-07-01", into: "n1", sources: S }] },
      { id: "x4", name: "X4", type: "xa", parent: null, geo_id: "4", sources: S },
      { id: "n1", name: "N1", type: "phuong", parent: null, created: "2025-07-01", gso_2025: "1", sources: S },
      { id: "n2", name: "N2", type: "phuong", parent: null, created: "2025-07-01", gso_2025: "2", sources: S },
    ];
    const shapes = reorgShapes(us, indexUnits(us));
    expect(shapes.map((s) => [s.unit.id, s.code, s.destinations.map((d) => d.into)])).toEqual([
      ["x1", "1", ["n1"]],
      ["x2", "2", ["n2"]],
      ["x3", "3", ["n1"]],
      ["x4", "4", []],
    ]);
    expect(adjacency2025(shapes, [["2", "1"], ["1", "2"], ["1", "3"], ["3", "4"], ["9", "1"]])).toEqual([["n1", "n2"]]);
    expect(adjacency2025(shapes, [])).toEqual([]);
  });
});

describe("colouring and adjacency: what changes the result", () => {
  it("does not let a self-loop or an edge to an unknown node count as a neighbour", () => {
    // a triangle, two colours: a 0, b 1, c reuses by position (2 mod 2 = 0). A self-loop counted on c would put it first.
    expect([...colourGraph(["a", "b", "c"], [["a", "b"], ["b", "c"], ["c", "a"], ["c", "c"]], 2).entries()].sort()).toEqual([["a", 0], ["b", 1], ["c", 0]]);
    expect([...colourGraph(["a", "b"], [["zz", "a"], ["a", "zz"], ["a", "b"]], 3).entries()].sort()).toEqual([["a", 0], ["b", 1]]);
  });

  it("orders ties by id whatever the input order, which shows when colours run out", () => {
    const k4 = [["a", "b"], ["a", "c"], ["a", "d"], ["b", "c"], ["b", "d"], ["c", "d"]] as const;
    const c = colourGraph(["d", "c", "b", "a"], k4, 2);
    expect([...c.entries()].sort()).toEqual([["a", 0], ["b", 1], ["c", 0], ["d", 1]]);
  });

  it("lists several touching pairs sorted, and skips codes it does not know on either side", () => {
    const shape = (code: string, into: string) => ({ unit: { id: code, name: code, type: "xa" as const, parent: null, sources: [] }, code, destinations: [{ into, part: false, kept: false, uncertain: false, via: code }] });
    const shapes = [shape("1", "z"), shape("2", "y"), shape("3", "x")];
    expect(adjacency2025(shapes, [["1", "2"], ["2", "3"], ["1", "9"], ["9", "1"]])).toEqual([["x", "y"], ["y", "z"]]);
  });
});
