import { beforeEach, describe, expect, it } from "vitest";
import type { DistrictCount, Recognition, Source } from "../../src/data/types";
import { makeStatusModel, baselineYear, type StatusModel, notYetFrom, countClosedYear, countScope, datasetModel } from "../../src/lib/status";
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

describe("status model: details the pages and the checker rely on", () => {
  it("takes the last zero year of the shown, recognised province points as the baseline", () => {
    const S = ["t1"];
    expect(baselineYear([])).toBeUndefined();
    expect(
      baselineYear([
        { id: "a", as_of: "2010", year: 2010, wording: "recognised", ntm: 0, sources: S },
        { id: "b", as_of: "2011", year: 2011, wording: "recognised", ntm: 0, sources: S },
        { id: "c", as_of: "2012", year: 2012, wording: "recognised", ntm: 0, shown: false, why: "x", sources: S },
        { id: "d", as_of: "2013", year: 2013, wording: "basically-met", ntm: 0, sources: S },
        { id: "e", as_of: "2014", year: 2014, wording: "recognised", ntm: 2, sources: S },
      ]),
    ).toBe(2011);
  });

  it("gives the exact year as the evidence of a tier reached, with no bound; before it, 'none' with that evidence", () => {
    expect(model.statusAt("a", 2016)).toMatchObject({ status: "ntm", evidence: { record: { id: "a-ntm" }, precision: "year", via: "unit" } });
    expect(model.statusAt("a", 2016).bound).toBeUndefined();
    expect(model.statusAt("a", 2015)).toMatchObject({ status: "none", evidence: { record: { id: "a-ntm" } } });
    expect(model.statusAt("a", 2015).notYet).toBeUndefined();
  });

  it("sorts a unit's evidence by year, then tier; a district's is its own only", () => {
    const m = makeStatusModel(units, [rec({ id: "a-km", unit: "a", level: "kieu-mau", year: 2019 }), ...recognitions], points);
    expect(m.evidenceFor("a").map((e) => e.record.id)).toEqual(["a-ntm", "d1-ntm", "a-nc", "a-km"]);
    expect(m.evidenceFor("d1").map((e) => e.record.id)).toEqual(["d1-ntm"]);
    expect(m.evidenceFor("d1")).toBe(m.evidenceFor("d1")); // cached: the pages ask often
    expect(m.windowsFor("d1")[0]).toMatchObject({ exact: undefined, upper: undefined, lower: undefined, lowers: [] });
  });

  it("prefers the commune's own bound over its district's of the same year", () => {
    const m = withRecs([rec({ id: "b-own", unit: "b", level: "ntm", year: 2018, precision: "no-later-than" })]);
    expect(m.statusAt("b", 2018).bound).toMatchObject({ record: { id: "b-own" }, via: "unit" });
    const later = withRecs([rec({ id: "b-own", unit: "b", level: "ntm", year: 2019, precision: "no-later-than" })]);
    expect(later.statusAt("b", 2018).bound).toMatchObject({ record: { id: "d1-ntm" }, via: "ancestor" });
  });

  it("rejects unknown ids in every question", () => {
    expect(() => model.evidenceFor("nope")).toThrow(/unknown unit "nope"/);
    expect(() => model.windowsFor("nope")).toThrow(/unknown unit "nope"/);
    expect(() => model.tierAt("nope", "ntm", 2015)).toThrow(/unknown unit "nope"/);
  });

  it("L3: takes the earliest publication of a target's sources, ignoring sources without a date", () => {
    const r = rec({ id: "t", unit: "b", level: "ntm", year: 2019, wording: "target", sources: ["s1", "s2", "s3"] });
    const pub = (s: string) => ({ s1: 2017, s2: undefined, s3: 2016 })[s];
    expect(notYetFrom(r, pub)).toMatchObject({ level: "ntm", year: 2015, rule: "L3", record: { id: "t" } });
    expect(notYetFrom(r)).toMatchObject({ year: 2018, rule: "L3" });
    expect(notYetFrom({ ...r, wording: "basically-met" })).toMatchObject({ year: 2019, rule: "L1" });
    expect(notYetFrom({ ...r, wording: "appraised" })).toMatchObject({ year: 2018, rule: "L2" });
    expect(notYetFrom({ ...r, wording: "recognised" })).toBeUndefined();
    const sources: Source[] = [
      { id: "s1", title: "x", publisher: "P", url: null, published: "2017-05-01", language: "vi" },
      { id: "s3", title: "y", publisher: "P", url: null, published: null, language: "vi" },
    ];
    const m = withRecs([r], [], sources);
    expect(m.statusAt("b", 2015).status).toBe("none");
    expect(m.statusAt("b", 2016).status).toBe("none");
    expect(m.statusAt("b", 2017).status).toBe("undetermined");
  });

  it("L7: a province count is about every xã of that year; a higher tier's count bars the tiers above it too", () => {
    const count: DistrictCount = { id: "p-2016", unit: "p", year: 2016, level: "ntm", count: 1, wording: "recognised", sources: ["t1"] };
    const m = withRecs([], [count]);
    for (const id of ["b", "f", "g"]) expect(m.statusAt(id, 2016), id).toMatchObject({ status: "none", notYet: { rule: "L7", count: { id: "p-2016" } } });
    expect(m.windowsFor("e")[0].lowers).toContainEqual({ level: "ntm", year: 2016, rule: "L7", count }); // e had its own "not yet" (L3) too
    expect(m.statusAt("c", 2016).status).toBe("not-in-programme");
    const nc: DistrictCount = { id: "d1-2019-nc", unit: "d1", year: 2019, level: "nang-cao", count: 1, wording: "recognised", sources: ["t1"] };
    const n = withRecs([], [nc]);
    expect(n.tierAt("b", "nang-cao", 2019)).toBe("not-yet");
    expect(n.tierAt("b", "kieu-mau", 2019)).toBe("not-yet");
    expect(n.windowsFor("b")[2].lowers).toContainEqual({ level: "kieu-mau", year: 2019, rule: "L5", count: nc });
    expect(n.windowsFor("b")[1].lower).toMatchObject({ rule: "L7", year: 2019 });
    expect(n.tierAt("b", "ntm", 2019)).toBe("reached"); // a count of nâng cao says nothing against NTM
  });

  it("C1: keeps only the latest of contested exact years as the bound", () => {
    const m = withRecs([
      rec({ id: "b-2012", unit: "b", level: "ntm", year: 2012, confidence: "low" }),
      rec({ id: "b-2014", unit: "b", level: "ntm", year: 2014, confidence: "low" }),
    ]);
    const w = m.windowsFor("b")[0];
    expect(w.exact).toBeUndefined();
    expect(w.upper?.record.id).toBe("b-2014");
    expect(w.uppers.map((e) => e.record.id)).toEqual(["b-2014", "d1-ntm"]);
    expect(w.lower).toMatchObject({ rule: "L4", year: 2011 });
  });

  it("does not report a conflict between a record and itself, nor the derived L5 and L6 bounds", () => {
    const m = withRecs([rec({ id: "e-bm", unit: "e", level: "ntm", year: 2021, wording: "basically-met" })]);
    expect(m.conflicts()).toEqual([]); // e's bound is 2022: 2021 is before it
    const x = withRecs([rec({ id: "e-bm", unit: "e", level: "ntm", year: 2022, wording: "basically-met" })]);
    expect(x.conflicts()).toMatchObject([{ unit: "e", level: "ntm", lower: { rule: "L1" }, upper: { record: { id: "e-ntm" } } }]);
    expect(x.conflicts()).toHaveLength(1); // not again for the higher tiers (L5)
  });

  it("counts a count dated only by its year as closing that year", () => {
    const c: DistrictCount = { id: "x", unit: "d1", year: 2016, as_of: "2016", level: "ntm", count: 1, wording: "recognised", sources: ["t1"] };
    expect(countClosedYear(c)).toBe(2016);
    expect(countClosedYear({ ...c, as_of: "2017-01-15" })).toBe(2016);
  });

  it("scopes a district's count to its xã communes of that year", () => {
    const idx = model.index;
    const c: DistrictCount = { id: "x", unit: "d1", year: 2016, level: "ntm", count: 1, wording: "recognised", sources: ["t1"] };
    const communeUnits = units.filter((u) => u.geo_id);
    expect(countScope(idx, c, communeUnits).map((u) => u.id)).toEqual(["a", "b"]);
    expect(countScope(idx, { ...c, year: 2014 }, communeUnits).map((u) => u.id)).toEqual(["a", "b", "c"]);
    expect(countScope(idx, { ...c, year: 2020 }, communeUnits).map((u) => u.id)).toEqual(["a", "b", "e"]);
    expect(countScope(idx, { ...c, unit: "p" }, communeUnits).map((u) => u.id)).toEqual(["a", "b", "e", "f", "g"]);
  });
});

describe("status model: rules at their edges", () => {
  it("L6 holds for NTM only (the higher tiers get it through L5), and not at all without a zero point", () => {
    const [ntm, nc] = model.windowsFor("b");
    expect(ntm.lowers).toContainEqual({ level: "ntm", year: baselineYear(points), rule: "L6" });
    expect(nc.lowers.filter((n) => n.rule === "L6")).toEqual([]);
    expect(nc.lowers).toContainEqual({ level: "nang-cao", year: baselineYear(points), rule: "L5" });
    const none = makeStatusModel(units, recognitions, []);
    expect(none.windowsFor("b")[0].lowers).toEqual([]);
    expect(none.statusAt("b", 2017)).toMatchObject({ status: "undetermined", window: { level: "ntm", from: undefined, to: 2018 } });
  });

  it("L5: each lower bound reaches every higher tier once", () => {
    for (const id of ["a", "b", "e"]) {
      for (const w of model.windowsFor(id)) {
        const keys = w.lowers.map((n) => JSON.stringify([n.year, n.record?.id ?? null, n.count?.id ?? null]));
        expect(new Set(keys).size, `${id} ${w.level}`).toBe(keys.length);
      }
    }
    expect(model.windowsFor("a")[2].lowers.filter((n) => n.rule === "L5").length).toBeGreaterThan(0);
  });

  it("U4: a higher tier's bound reaches the lower tiers as a 'no later than' bound", () => {
    const m = withRecs([rec({ id: "e-nc", unit: "e", level: "nang-cao", year: 2020, precision: "no-later-than" })]);
    expect(m.windowsFor("e")[0].upper).toMatchObject({ level: "ntm", year: 2020, precision: "no-later-than", via: "unit", record: { id: "e-nc" } });
    // a's exact nâng cao year (2019) bounds its NTM too, as a bound
    expect(model.windowsFor("a")[0].uppers).toContainEqual(expect.objectContaining({ level: "ntm", year: 2019, precision: "no-later-than", record: expect.objectContaining({ id: "a-nc" }) }));
  });

  it("prefers a bound of the commune's own (a higher tier's) over its district's of the same year", () => {
    const m = withRecs([rec({ id: "b-nc", unit: "b", level: "nang-cao", year: 2018, precision: "no-later-than" })]);
    expect(m.windowsFor("b")[0].upper).toMatchObject({ year: 2018, via: "unit", record: { id: "b-nc" } });
  });

  it("shows the exact year as the evidence once it has come, the bound before it", () => {
    // b's own year (2019) comes after its district's bound (2018): a conflict the checker reports; the page still
    // shows what each year's evidence is.
    const m = withRecs([rec({ id: "b-ntm", unit: "b", level: "ntm", year: 2019 })]);
    expect(m.statusAt("b", 2018)).toMatchObject({ status: "ntm", evidence: { record: { id: "d1-ntm" } }, bound: { record: { id: "d1-ntm" } } });
    expect(m.statusAt("b", 2019)).toMatchObject({ status: "ntm", evidence: { record: { id: "b-ntm" }, precision: "year" } });
    expect(m.statusAt("b", 2019).bound).toBeUndefined();
  });

  it("only the district's formal NTM recognition bounds its communes", () => {
    const m = withRecs([
      rec({ id: "d2-nc", unit: "d2", level: "nang-cao", year: 2019 }),
      rec({ id: "d2-target", unit: "d2", level: "ntm", year: 2018, wording: "target" }),
    ]);
    expect(m.statusAt("e", 2019).status).toBe("undetermined");
    expect(m.evidenceFor("e").map((e) => e.record.id)).toEqual(["e-ntm"]);
  });

  it("finds the province wherever it is in the list, and copes without one or with records about unknown units", () => {
    const p = rec({ id: "p-ntm", unit: "p", level: "ntm", year: 2024 });
    const reordered = makeStatusModel([...units.slice(1), units[0]], [p], points);
    expect(reordered.statusAt("b", 2024)).toMatchObject({ status: "ntm", bound: { record: { id: "p-ntm" } } });
    const noProvince = makeStatusModel(
      units.filter((u) => u.type !== "tinh"),
      [...recognitions, rec({ id: "zz", unit: "zz", level: "ntm", year: 2012 })],
      points,
    );
    expect(noProvince.statusAt("b", 2018).status).toBe("ntm");
    expect(noProvince.statusAt("b", 2012).status).toBe("undetermined");
    const orphan = { id: "o", name: "Xã O", type: "xa" as const, parent: null, geo_id: "00099", sources: ["t1"] };
    const m = makeStatusModel([...units, orphan], [...recognitions, rec({ id: "p-ntm", unit: "p", level: "ntm", year: 2024 })], points);
    expect(m.statusAt("o", 2024).status).toBe("ntm"); // no district, but the province's recognition bounds it
    expect(m.statusAt("o", 2018).status).toBe("undetermined");
  });

  it("L7: a count leaves the communes it already places alone, and says nothing of a unit it does not know", () => {
    const count: DistrictCount = { id: "d1-2016-ntm", unit: "d1", year: 2016, level: "ntm", count: 1, wording: "recognised", sources: ["t1"] };
    const m = withRecs([], [count]);
    expect(m.windowsFor("a")[0].lowers.filter((n) => n.rule === "L7")).toEqual([]);
    expect(m.conflicts()).toEqual([]);
    const communeUnits = units.filter((u) => u.geo_id);
    expect(countScope(model.index, { ...count, unit: "nope" }, communeUnits)).toEqual([]);
    const orphan = { id: "o", name: "Xã O", type: "xa" as const, parent: null, geo_id: "00099", sources: ["t1"] };
    expect(countScope(model.index, count, [...communeUnits, orphan]).map((u) => u.id)).toEqual(["a", "b"]);
  });

  it("reads the counts of a whole data set (datasetModel), and builds without them", () => {
    const count: DistrictCount = { id: "d1-2016-ntm", unit: "d1", year: 2016, level: "ntm", count: 1, wording: "recognised", sources: ["t1"] };
    const d = { units, recognitions, province: points, sources: [] };
    expect(datasetModel({ ...d, counts: [count] }).statusAt("b", 2016)).toMatchObject({ status: "none", notYet: { rule: "L7" } });
    expect(datasetModel(d).statusAt("b", 2016).status).toBe("undetermined");
  });

  it("reports a conflict once, at its origin: not again for the higher tiers (L5) nor for the zero point (L6)", () => {
    const m = withRecs([rec({ id: "a-bm", unit: "a", level: "ntm", year: 2019, wording: "basically-met" })]);
    expect(m.conflicts()).toMatchObject([{ unit: "a", level: "ntm", lower: { rule: "L1", record: { id: "a-bm" } } }]);
    expect(m.conflicts()).toHaveLength(1);
    const early = withRecs([rec({ id: "b-2010", unit: "b", level: "ntm", year: 2010 })]);
    expect(early.statusAt("b", 2010).status).toBe("ntm");
    expect(early.conflicts()).toEqual([]);
  });
});
