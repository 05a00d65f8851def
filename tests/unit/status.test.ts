import { beforeEach, describe, expect, it } from "vitest";
import type { DistrictCount, Recognition, Source } from "../../src/data/types";
import { makeStatusModel, baselineYear, type StatusModel, notYetFrom, countClosedYear } from "../../src/lib/status";
import { points, recognitions, units } from "./fixture-units";

// Built in beforeEach, not at import: StrykerJS then knows which tests cover the code (no "static" mutants
// that rerun the whole suite), and each test gets a fresh model.
let model: StatusModel;
beforeEach(() => {
  model = makeStatusModel(units, recognitions, points);
});
const s = (id: string, y: number) => model.statusAt(id, y).status;

const rec = (r: Partial<Recognition> & Pick<Recognition, "id" | "unit" | "level" | "year">): Recognition => ({
  precision: "year",
  wording: "recognised",
  sources: ["t1"],
  ...r,
});
/** The fixture with extra records (and counts, sources). */
const withRecs = (extra: Recognition[], counts: DistrictCount[] = [], sources: Source[] = []) =>
  makeStatusModel(units, [...recognitions, ...extra], points, counts, sources);

describe("statusAt: upper bounds", () => {
  it("L6: uses the province's zero point as the baseline: nobody had NTM in 2010", () => {
    expect(baselineYear(points)).toBe(2010);
    expect(s("a", 2010)).toBe("none");
    expect(s("b", 2010)).toBe("none");
    expect(makeStatusModel(units, recognitions, []).statusAt("b", 2010).status).toBe("undetermined");
  });

  it("U1: follows an exact standard year and a higher tier", () => {
    expect(s("a", 2015)).toBe("none"); // known to come in 2016
    expect(s("a", 2016)).toBe("ntm");
    expect(s("a", 2018)).toBe("ntm");
    expect(s("a", 2019)).toBe("nang-cao");
  });

  it("U2: bounds a commune by its district's recognition and never counts it before", () => {
    expect(s("b", 2011)).toBe("undetermined");
    expect(s("b", 2017)).toBe("undetermined");
    expect(model.statusAt("b", 2017).window).toEqual({ level: "ntm", from: 2011, to: 2018 });
    const st = model.statusAt("b", 2018);
    expect(st.status).toBe("ntm");
    expect(st.bound?.record.id).toBe("d1-ntm");
    expect(st.bound?.via).toBe("ancestor");
  });

  it("U3: the province's recognition bounds every commune that was a xã that year", () => {
    const m = withRecs([rec({ id: "p-ntm", unit: "p", level: "ntm", year: 2024 })]);
    expect(m.statusAt("e", 2023).status).toBe("ntm"); // its own bound (2022) is tighter
    expect(m.statusAt("c", 2014).window?.to).toBeUndefined(); // a ward by 2024: not bounded by the province
    const m2 = makeStatusModel(units, [rec({ id: "p-ntm", unit: "p", level: "ntm", year: 2024 })], points);
    expect(m2.statusAt("b", 2023).status).toBe("undetermined");
    expect(m2.statusAt("b", 2024)).toMatchObject({ status: "ntm", bound: { record: { id: "p-ntm" }, via: "ancestor" } });
  });

  it("U1: a commune's own 'no later than' record is a bound, not a year", () => {
    expect(s("e", 2019)).toBe("undetermined");
    expect(model.statusAt("e", 2019).bound?.record.id).toBe("e-ntm");
    expect(s("e", 2022)).toBe("ntm");
  });

  it("U4: a higher tier bounds the lower ones", () => {
    const m = withRecs([rec({ id: "e-nc", unit: "e", level: "nang-cao", year: 2020, precision: "no-later-than" })]);
    expect(m.statusAt("e", 2020).status).toBe("nang-cao");
    expect(m.tierAt("e", "ntm", 2020)).toBe("reached"); // not 2022, its own NTM bound
    expect(m.statusAt("e", 2019).window?.to).toBe(2020);
  });

  it("keeps a higher tier known only as 'no later than' apart from the certain one", () => {
    const m = withRecs([rec({ id: "a-km", unit: "a", level: "kieu-mau", year: 2023, precision: "no-later-than" })]);
    const st = m.statusAt("a", 2021);
    expect(st.status).toBe("nang-cao"); // certain; model perhaps, but not known
    expect(st.next?.record.id).toBe("a-km");
    expect(st.window).toEqual({ level: "kieu-mau", from: 2019, to: 2023 });
    expect(m.statusAt("a", 2023)).toMatchObject({ status: "kieu-mau", bound: { record: { id: "a-km" } } });
    expect(m.statusAt("a", 2023).next).toBeUndefined();
    expect(m.statusAt("a", 2017).next).toBeUndefined(); // advanced came in 2019 exactly, so model cannot be pending
    expect(model.statusAt("a", 2021).next).toBeUndefined(); // without the record, nothing is pending
  });
});

describe("statusAt: lower bounds (dated evidence of 'not yet')", () => {
  it("L1: 'basically met' at the end of Y means not recognised through Y", () => {
    const m = withRecs([rec({ id: "b-bm", unit: "b", level: "ntm", year: 2016, wording: "basically-met" })]);
    expect(m.statusAt("b", 2016)).toMatchObject({ status: "none", notYet: { rule: "L1", record: { id: "b-bm" } } });
    expect(m.statusAt("b", 2017)).toMatchObject({ status: "undetermined", window: { from: 2017, to: 2018 } });
    expect(model.statusAt("b", 2016).status).toBe("undetermined"); // without it
  });

  it("L2: an appraisal or completed criteria for year Y means not recognised before Y", () => {
    const m = withRecs([rec({ id: "b-ap", unit: "b", level: "ntm", year: 2017, wording: "appraised" })]);
    expect(m.statusAt("b", 2016).status).toBe("none");
    expect(m.statusAt("b", 2017).status).toBe("undetermined");
    const c = withRecs([rec({ id: "b-cc", unit: "b", level: "ntm", year: 2017, wording: "criteria-completed" })]);
    expect(c.statusAt("b", 2016).status).toBe("none");
    expect(c.statusAt("b", 2017).status).toBe("undetermined");
  });

  it("L3: a target means not yet at the source's date (or the target year, if earlier)", () => {
    // e-target (2017; its source has no date): not yet through 2016.
    expect(s("e", 2016)).toBe("none");
    expect(model.statusAt("e", 2016).notYet?.rule).toBe("L3");
    expect(s("e", 2017)).toBe("undetermined");
    // The same target in a source published in 2015: not yet through 2014 only.
    const m = makeStatusModel(units, recognitions, points, [], [{ id: "t1", title: "x", publisher: "P", url: null, published: "2015-04", language: "vi" }]);
    expect(m.statusAt("e", 2014).status).toBe("none");
    expect(m.statusAt("e", 2015).status).toBe("undetermined");
    const r = recognitions.find((x) => x.id === "e-target")!;
    expect(notYetFrom(r, () => 2015)?.year).toBe(2014);
    expect(notYetFrom({ ...r, precision: "no-later-than" })).toBeUndefined(); // a bound says nothing of "not yet"
  });

  it("C1: two sources giving different exact years leave the years between undetermined", () => {
    const m = withRecs([
      rec({ id: "b-2012", unit: "b", level: "ntm", year: 2012, confidence: "low" }),
      rec({ id: "b-2014", unit: "b", level: "ntm", year: 2014, confidence: "low" }),
    ]);
    expect(m.statusAt("b", 2011).status).toBe("none");
    expect(m.statusAt("b", 2012).status).toBe("undetermined");
    expect(m.statusAt("b", 2013)).toMatchObject({ status: "undetermined", window: { to: 2014 } });
    expect(m.statusAt("b", 2014).status).toBe("ntm");
    // One year only: known from that year.
    expect(withRecs([rec({ id: "b-2012", unit: "b", level: "ntm", year: 2012 })]).statusAt("b", 2012).status).toBe("ntm");
  });

  it("L4 and L5: a tier not yet reached holds for the tiers above it", () => {
    const m = withRecs([
      rec({ id: "b-bm", unit: "b", level: "ntm", year: 2016, wording: "basically-met" }),
      rec({ id: "b-nc", unit: "b", level: "nang-cao", year: 2020, precision: "no-later-than" }),
    ]);
    expect(m.tierAt("b", "nang-cao", 2016)).toBe("not-yet");
    expect(m.tierAt("b", "nang-cao", 2017)).toBe("undetermined");
    // a's NTM came in 2016 (L4: not NTM through 2015), so nâng cao cannot come before 2016 either.
    expect(model.windowsFor("a")[1].lowers.some((n) => n.rule === "L5" && n.year === 2015)).toBe(true);
  });

  it("L7: a district count the placed communes already fill says the others had not reached the tier", () => {
    const count: DistrictCount = { id: "d1-2016-ntm", unit: "d1", year: 2016, level: "ntm", count: 1, wording: "recognised", sources: ["t1"] };
    const m = withRecs([], [count]);
    expect(m.statusAt("b", 2016)).toMatchObject({ status: "none", notYet: { rule: "L7", count: { id: "d1-2016-ntm" } } });
    expect(m.statusAt("b", 2017).status).toBe("undetermined");
    expect(withRecs([], [{ ...count, count: 2 }]).statusAt("b", 2016).status).toBe("undetermined"); // one unnamed: could be b
    expect(withRecs([], [{ ...count, wording: "criteria-completed" }]).statusAt("b", 2016).status).toBe("undetermined");
  });

  it("L7: a count dated during its year closes only the year before (June 2016 says nothing of late 2016)", () => {
    const count: DistrictCount = { id: "d1-2016-ntm", unit: "d1", year: 2016, as_of: "2016-06", level: "ntm", count: 1, wording: "recognised", sources: ["t1"] };
    expect(countClosedYear(count)).toBe(2015);
    expect(countClosedYear({ ...count, as_of: "2016-12-31" })).toBe(2016);
    expect(countClosedYear({ ...count, as_of: undefined })).toBe(2016);
    const m = withRecs([], [count]);
    expect(m.statusAt("b", 2016).status).toBe("undetermined");
  });

  it("reports a lower bound at or after an upper bound as a conflict", () => {
    expect(model.conflicts()).toEqual([]);
    const m = withRecs([rec({ id: "b-bm", unit: "b", level: "ntm", year: 2019, wording: "basically-met" })]);
    expect(m.conflicts()).toMatchObject([{ unit: "b", level: "ntm", lower: { record: { id: "b-bm" } }, upper: { record: { id: "d1-ntm" } } }]);
    // L4: an exact year after the district's bound.
    const x = withRecs([rec({ id: "b-ntm", unit: "b", level: "ntm", year: 2019 })]);
    expect(x.conflicts()).toMatchObject([{ unit: "b", lower: { rule: "L4", record: { id: "b-ntm" } }, upper: { record: { id: "d1-ntm" } } }]);
  });
});

describe("statusAt: outside the programme", () => {
  it("takes wards out of the programme from the day they became wards", () => {
    expect(s("c", 2014)).toBe("undetermined"); // a xã before d1 was recognised, not bounded by it
    expect(model.statusAt("c", 2014).window?.to).toBeUndefined();
    expect(s("c", 2015)).toBe("not-in-programme");
    expect(s("w", 2012)).toBe("not-in-programme");
  });

  it("does not let a district bound communes that joined it after its recognition", () => {
    expect(model.evidenceFor("e").map((e) => e.record.id)).toEqual(["e-ntm"]);
  });

  it("names the successor of a merged unit, and says no data when there is none", () => {
    expect(s("f", 2019)).toBe("undetermined");
    expect(model.statusAt("f", 2020)).toEqual({ status: "merged", successor: "e" });
    expect(s("g", 2020)).toBe("no-data");
  });

  it("rejects unknown ids loudly", () => {
    expect(() => model.statusAt("nope", 2015)).toThrow(/unknown unit "nope"/);
  });
});
