import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/types";
import { loadDataset } from "../../src/data/load";
import type { Unit } from "../../src/data/types";
import { communes, indexUnits, type UnitIndex } from "../../src/lib/lineage";
import { stepUnits } from "../../src/lib/story-steps";
import { units as fixtureUnits } from "./fixture-units";
import { communeSentence } from "../../src/i18n/unit-summary";
import { makeStatusModel, type StatusModel } from "../../src/lib/status";

// Loaded in the first test's beforeEach, not at import: loading runs the checker (and so src/lib), and StrykerJS
// counts code run outside a test as "static", rerunning the whole suite for each of its mutants.
let data: Dataset;
beforeEach(() => {
  data ??= loadDataset("data");
});
// Built in beforeEach, not at import: StrykerJS then knows which tests cover the code (no "static" mutants
// that rerun the whole suite), and each test gets a fresh model.
let index: UnitIndex;
let all: Unit[];
beforeEach(() => {
  index = indexUnits(data.units);
  all = communes(data.units);
});

describe("story step highlights", () => {
  it("a district stands for its communes, including those of a district merged into it", () => {
    const got = stepUnits(index, all, ["ha-long"]);
    const merged = all.filter((c) => c.parent === "hoanh-bo").map((c) => c.id);
    const own = all.filter((c) => c.parent === "ha-long").map((c) => c.id);
    expect(merged.length).toBeGreaterThan(0);
    expect(got).toEqual([...new Set([...own, ...merged])].sort());
  });
  it("a commune stands for itself", () => {
    expect(stepUnits(index, all, ["viet-dan"])).toEqual(["viet-dan"]);
  });
  it("an id that is not in data/units.json fails the build, naming it", () => {
    expect(() => stepUnits(index, all, ["khong-co"])).toThrow('highlight "khong-co"');
  });
});

describe("the commune page's sentence", () => {
  let model: StatusModel;
  beforeEach(() => {
    model = makeStatusModel(data.units, data.recognitions, data.province);
  });
  const name = (id: string) => index.get(id)?.name ?? id;
  it("says the year of each tier the records give, as a bound when it is one", () => {
    const ev = model.evidenceFor("viet-dan");
    const s = communeSentence("vi", "Việt Dân", ev, name);
    // Sources that disagree are all named: "năm 2013 hoặc 2015 (các nguồn không thống nhất)".
    for (const e of ev.filter((x) => x.via === "unit" && x.precision !== "no-later-than")) expect(s).toMatch(new RegExp(`năm (\\d{4} hoặc )?${e.year}`));
  });
  it("names the district whose decision bounds a commune with no year of its own", () => {
    const ev = model.evidenceFor("dong-tam");
    const bound = ev.find((e) => e.via === "ancestor" && e.level === "ntm");
    expect(bound).toBeDefined();
    const s = communeSentence("en", "Đồng Tâm", ev, name);
    expect(s).toContain(`no later than ${bound!.year}`);
    expect(s).toContain(name(bound!.record.unit));
  });
});

describe("story step highlights (fixture)", () => {
  let fx: UnitIndex;
  let fxCommunes: Unit[];
  beforeEach(() => {
    fx = indexUnits(fixtureUnits);
    fxCommunes = communes(fixtureUnits);
  });
  it("a district stands for its own communes and those of a district merged into it, sorted, once each", () => {
    // d2 merged into d1 on 1 January 2020 (tests/unit/fixture-units.ts)
    const own = fxCommunes.filter((c) => c.parent === "d1").map((c) => c.id);
    const merged = fxCommunes.filter((c) => c.parent === "d2").map((c) => c.id);
    expect(stepUnits(fx, fxCommunes, ["d1"])).toEqual([...own, ...merged].sort());
    expect(stepUnits(fx, fxCommunes, ["d2"])).toEqual([...merged].sort());
    expect(stepUnits(fx, fxCommunes, ["d2", "e", "d2"])).toEqual([...merged].sort());
  });
  it("mixes communes and districts, and keeps a non-district id (the province) as itself", () => {
    expect(stepUnits(fx, fxCommunes, ["g", "a", "p"])).toEqual(["a", "g", "p"]);
    expect(stepUnits(fx, fxCommunes, [])).toEqual([]);
  });
  it("skips a commune without a parent", () => {
    const orphan = { ...fxCommunes[0], id: "zz", parent: null };
    expect(stepUnits(fx, [orphan, ...fxCommunes], ["d1"])).not.toContain("zz");
  });
  it("names the unknown id", () => {
    expect(() => stepUnits(fx, fxCommunes, ["a", "nope"])).toThrow('Story step: highlight "nope" is not a unit id in data/units.json');
  });
});
