import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/types";
import { readFileSync } from "node:fs";
import type { Unit } from "../../src/data/types";
import {
  communes,
  destinations2025,
  existsAt,
  footprintAt,
  indexUnits,
  isUnit2025,
  namesOfAllEras,
  predecessors2025,
  reorgEvents,
  successorAt,
  units2025,
  type UnitIndex,
} from "../../src/lib/lineage";
import { loadDataset } from "../../src/data/load";
import { searchUnits } from "../../src/lib/search";
import { LAST_YEAR, YEARS } from "../../src/config";

const fixture: Unit[] = JSON.parse(readFileSync("tests/fixtures/data/valid-2025/units.json", "utf8")).units;
// indexUnits in beforeEach, not at import, so that StrykerJS sees which tests cover it.
let fx: UnitIndex;
beforeEach(() => {
  fx = indexUnits(fixture);
});

describe("where each 2019 unit went on 1 July 2025 (fixture)", () => {
  it("a merged unit goes whole into one unit of 2025, a split one in parts", () => {
    expect(destinations2025(fx, "xa-mot").map((d) => [d.into, d.part])).toEqual([["mot-2025", false]]);
    expect(destinations2025(fx, "xa-hai").map((d) => [d.into, d.part])).toEqual([
      ["mot-2025", true],
      ["hai-2025", true],
    ]);
  });

  it("lists a unit of 2025's 2019 predecessors, parts included", () => {
    expect(predecessors2025(fixture, fx, "hai-2025").map((p) => p.unit.id).sort()).toEqual(["phuong-ba", "xa-hai"]);
    expect(units2025(fixture).map((u) => u.id)).toEqual(["mot-2025", "hai-2025"]);
  });

  it("the units of 2025 exist in no frame year: the map stops on 30 June 2025", () => {
    for (const u of fixture.filter(isUnit2025)) for (const y of YEARS) expect(existsAt(u, y)).toBe(false);
  });
});

describe("the real data", () => {
  // Loaded in the first test's beforeEach, not at import: loading runs the checker (and so src/lib), and StrykerJS
  // counts code run outside a test as "static", rerunning the whole suite for each of its mutants.
  let d: Dataset;
  beforeEach(() => {
    d ??= loadDataset("data");
  });
  let index: UnitIndex;
  let list: Unit[];
  beforeEach(() => {
    index = indexUnits(d.units);
    list = units2025(d.units);
  });

  it("holds the units of 2025 with the type counts of its own GSO codes", () => {
    const byType = (t: string) => list.filter((u) => u.type === t).length;
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBe(new Set(list.map((u) => u.gso_2025)).size);
    expect(byType("phuong") + byType("xa") + byType("dac-khu")).toBe(list.length);
  });

  it("gives every 2019 unit a destination of 2025 and every new unit at least one predecessor", () => {
    for (const u of communes(d.units)) {
      if (!successorAt(index, u.id, LAST_YEAR)) continue;
      const dest = destinations2025(index, u.id);
      expect(dest.length, u.id).toBeGreaterThan(0);
      for (const x of dest) expect(isUnit2025(index.get(x.into)!), `${u.id} → ${x.into}`).toBe(true);
    }
    for (const n of list) expect(predecessors2025(d.units, index, n.id).length, n.id).toBeGreaterThan(0);
  });

  it("does not change a footprint of 30 June 2025: no shape joins a unit of 2025", () => {
    for (const n of list.filter((u) => !u.geo_id)) expect(footprintAt(index, n, LAST_YEAR)).toEqual([]);
    for (const u of communes(d.units)) for (const e of reorgEvents(u)) expect(e.into, u.id).toBeTruthy();
  });
});

describe("names of every era (what the finder matches)", () => {
  let d: Dataset;
  beforeEach(() => {
    d ??= loadDataset("data");
  });
  let index: UnitIndex;
  beforeEach(() => {
    index = indexUnits(d.units);
  });
  it("holds the 2019 name, every renaming and the names of the units of 2025", () => {
    for (const u of communes(d.units)) {
      const names = namesOfAllEras(index, u);
      expect(names[0]).toBe(u.name);
      for (const e of u.lineage ?? []) if (e.event === "renamed" && e.new_name) expect(names).toContain(e.new_name);
      for (const x of destinations2025(index, u.id)) expect(names).toContain(index.get(x.into)!.name);
    }
  });
  it("finds, by a unit of 2025's name, the 2019 communes that went into it", () => {
    const n = units2025(d.units).find((u) => predecessors2025(d.units, index, u.id).length > 1)!;
    const items = communes(d.units).map((u) => ({ id: u.id, text: namesOfAllEras(index, u).join(" ") }));
    const found = searchUnits(items, n.name, items.length).map((x) => x.id);
    for (const p of predecessors2025(d.units, index, n.id)) expect(found).toContain(p.unit.id);
  });
});
