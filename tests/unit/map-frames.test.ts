import { beforeEach, describe, expect, it } from "vitest";
import { indexUnits, type UnitIndex } from "../../src/lib/lineage";
import { decodeStatus, mapShapes, statusCodes, unitCodes, type Shape } from "../../src/lib/map-frames";
import { encodeStatus, STATUSES } from "../../src/lib/status-codes.mjs";
import { makeStatusModel } from "../../src/lib/status";
import { points, recognitions, units } from "./fixture-units";

const years = [2019, 2020];
// Built in beforeEach, not at import: StrykerJS then knows which tests cover the code (no "static" mutants
// that rerun the whole suite), and each test gets a fresh model.
let index: UnitIndex;
let shapes: Shape[];
let byKey: Map<string, Shape>;
beforeEach(() => {
  index = indexUnits(units);
  shapes = mapShapes(units, index, years);
  byKey = new Map(shapes.map((s) => [s.key, s]));
});

describe("map shapes across a merger", () => {
  it("draws predecessors before the merger and their union after it", () => {
    expect(byKey.get("e~2019")?.codes).toEqual(["00005"]);
    expect(byKey.get("e~2020")?.codes).toEqual(["00005", "00006"]);
    expect(byKey.get("f")?.years).toEqual([2019]);
  });

  it("keeps territory with an unknown successor on the map, as no data", () => {
    const g = shapes.filter((s) => s.unit === "g");
    expect(g.map((s) => [s.years, s.orphan])).toEqual([[[2019], false], [[2020], true]]);
  });

  it("covers every 2019 boundary feature exactly once in every year", () => {
    for (const y of years) {
      const drawn = shapes.filter((s) => s.years.includes(y)).flatMap((s) => s.codes).sort();
      expect(drawn).toEqual(units.filter((u) => u.geo_id).map((u) => u.geo_id).sort());
    }
  });

  it("packs each shape's status per year into a compact code string", () => {
    const model = makeStatusModel(units, recognitions, points);
    const codes = statusCodes(model, byKey.get("g~2020")!, years);
    expect(codes[0]).toBe("-");
    expect(decodeStatus(codes, 1)).toBe("no-data");
    expect(decodeStatus(statusCodes(model, byKey.get("a")!, years), 0)).toBe("nang-cao");
  });

  it("writes a unit's table row as '-' once it has merged away, whether or not its successor is known", () => {
    const model = makeStatusModel(units, recognitions, points);
    expect(model.statusAt("f", 2020).status).toBe("merged");
    expect(unitCodes(model, "f", years)).toMatch(/^\d-$/);
    expect(unitCodes(model, "g", years)).toMatch(/^\d-$/);
    expect(decodeStatus(unitCodes(model, "a", years), 1)).toBe("nang-cao");
  });
});

describe("the status codec", () => {
  it("round-trips every status and rejects unknown ones", () => {
    const all = STATUSES.map((s) => encodeStatus(s)).join("");
    STATUSES.forEach((s, i) => expect(decodeStatus(all, i)).toBe(s));
    expect(decodeStatus("-", 0)).toBeUndefined();
    expect(() => encodeStatus("bounded" as never)).toThrow(/unknown status "bounded"/);
  });
});

describe("map shapes: order, years and codes", () => {
  it("lists shapes by key and keeps one shape over the years it does not change", () => {
    const keys = shapes.map((s) => s.key);
    expect(keys).toEqual([...keys].sort());
    expect(byKey.get("a")).toEqual({ key: "a", unit: "a", codes: ["00001"], years: [2019, 2020], orphan: false });
    expect(byKey.get("g~2019")?.key).toBe("g~2019");
  });

  it("writes '-' for the years a shape is not drawn, and the unit's status for the others", () => {
    const model = makeStatusModel(units, recognitions, points);
    expect(statusCodes(model, byKey.get("f")!, years)).toBe(`${encodeStatus(model.statusAt("f", 2019).status)}-`);
    expect(statusCodes(model, byKey.get("w")!, years)).toBe(encodeStatus("not-in-programme").repeat(2));
    expect(statusCodes(model, byKey.get("e~2020")!, years)).toBe(`-${encodeStatus(model.statusAt("e", 2020).status)}`);
  });

  it("keeps a ward in its row, and hides a unit before it existed", () => {
    const model = makeStatusModel(units, recognitions, points);
    expect(unitCodes(model, "w", years)).toBe(encodeStatus("not-in-programme").repeat(2));
    const later = [...units, { id: "n", name: "Xã N", type: "xa" as const, parent: "d1", geo_id: "00009", created: "2020-03", sources: ["t1"] }];
    const m = makeStatusModel(later, recognitions, points);
    expect(unitCodes(m, "n", years)).toBe(`-${encodeStatus(m.statusAt("n", 2020).status)}`);
  });
});
