import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset, Unit } from "../../src/data/types";
import { loadDataset } from "../../src/data/load";
import { communes, indexUnits, isDistrictLevel, mergerOf, type UnitIndex } from "../../src/lib/lineage";
import { stepUnits } from "../../src/lib/story-steps";
import { communeSentence } from "../../src/i18n/unit-summary";
import { makeStatusModel, type StatusModel } from "../../src/lib/status";

let data: Dataset;
// Units are picked from the data by what they are (not typed in), so an editor's correction cannot break the tests:
// a district that absorbed another one, a commune, a commune with its own exact year, one bounded by its district.
// Loaded and built in beforeEach, not at import: loading runs the checker (and so src/lib), and StrykerJS counts
// code run outside a test as "static", rerunning every test file for each of its mutants.
let index: UnitIndex;
let all: Unit[];
let absorbed: Unit;
let absorber: string;
let model: StatusModel;
let withOwnYear: Unit;
let boundByDistrict: Unit;
beforeEach(() => {
  data ??= loadDataset("data");
  index = indexUnits(data.units);
  all = communes(data.units);
  absorbed = data.units.find((u) => isDistrictLevel(u) && (u.lineage ?? []).some((e) => e.event === "merged-into" && e.into && isDistrictLevel(index.get(e.into)!)))!;
  absorber = mergerOf(absorbed)!.into!;
  model = makeStatusModel(data.units, data.recognitions, data.province);
  withOwnYear = all.find((c) => model.evidenceFor(c.id).some((e) => e.via === "unit" && e.precision !== "no-later-than"))!;
  boundByDistrict = all.find((c) => model.evidenceFor(c.id).some((e) => e.via === "ancestor" && e.level === "ntm") && !model.evidenceFor(c.id).some((e) => e.via === "unit"))!;
});

describe("story step highlights", () => {
  it("a district stands for its communes, including those of a district merged into it", () => {
    const got = stepUnits(index, all, [absorber]);
    const merged = all.filter((c) => c.parent === absorbed.id).map((c) => c.id);
    const own = all.filter((c) => c.parent === absorber).map((c) => c.id);
    expect(merged.length).toBeGreaterThan(0);
    expect(got).toEqual([...new Set([...own, ...merged])].sort());
  });
  it("a commune stands for itself", () => {
    expect(stepUnits(index, all, [all[0].id])).toEqual([all[0].id]);
  });
  it("an id that is not in data/units.json fails the build, naming it", () => {
    expect(() => stepUnits(index, all, ["khong-co"])).toThrow('highlight "khong-co"');
  });
});

describe("the commune page's sentence", () => {
  const name = (id: string) => index.get(id)?.name ?? id;
  it("says the year of each tier the records give, as a bound when it is one", () => {
    const ev = model.evidenceFor(withOwnYear.id);
    const s = communeSentence("vi", withOwnYear.name, ev, name);
    // Sources that disagree are all named: "năm 2013 hoặc 2015 (các nguồn không thống nhất)".
    for (const e of ev.filter((x) => x.via === "unit" && x.precision !== "no-later-than")) expect(s).toMatch(new RegExp(`năm (\\d{4} hoặc )?${e.year}`));
  });
  it("names the district whose decision bounds a commune with no year of its own", () => {
    const ev = model.evidenceFor(boundByDistrict.id);
    const bound = ev.find((e) => e.via === "ancestor" && e.level === "ntm");
    expect(bound).toBeDefined();
    const s = communeSentence("en", boundByDistrict.name, ev, name);
    expect(s).toContain(`no later than ${bound!.year}`);
    expect(s).toContain(name(bound!.record.unit));
  });
});
