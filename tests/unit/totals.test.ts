import { beforeEach, describe, expect, it } from "vitest";
import type { Level, Recognition, Wording } from "../../src/data/types";
import { makeStatusModel, type StatusModel } from "../../src/lib/status";
import { districtTotals, ntmRange, provinceTotals, totalsFor } from "../../src/lib/totals";
import { points, recognitions, units } from "./fixture-units";

// Built in beforeEach, not at import: StrykerJS then knows which tests cover the code (no "static" mutants
// that rerun the whole suite), and each test gets a fresh model.
let model: StatusModel;
beforeEach(() => {
  model = makeStatusModel(units, recognitions, points);
});

describe("totals", () => {
  it("counts k of N with N from the same year", () => {
    const [t2014, t2015, t2018, t2020] = provinceTotals(model, units, [2014, 2015, 2018, 2020]);
    expect(t2014.communes).toBe(6); // a b c e f g (w is a ward)
    expect(t2015.communes).toBe(5); // c became a ward
    expect(t2018).toMatchObject({ communes: 5, ntm: 2, nangCao: 0, undetermined: 3, none: 0 });
    expect(t2020).toMatchObject({ communes: 3, ntm: 2, nangCao: 1, undetermined: 1 });
  });

  it("never counts an undetermined commune as reached, and counts a known 'not yet' as not yet", () => {
    const [t2016, t2017] = provinceTotals(model, units, [2016, 2017]);
    // e's target for 2017 says it had not reached NTM through 2016; b is undetermined until d1's 2018.
    expect(t2016).toMatchObject({ ntm: 1, none: 1, undetermined: 3 }); // a; e; b f g
    expect(t2017).toMatchObject({ ntm: 1, none: 0, undetermined: 4 });
    for (const t of provinceTotals(model, units, [2011, 2014, 2017, 2019])) expect(t.ntm + t.undetermined + t.none).toBe(t.communes);
  });

  it("gives the timeline band: lowest and highest possible NTM count", () => {
    const [t] = provinceTotals(model, units, [2018]);
    expect(ntmRange(t)).toEqual([2, 5]); // a and b; e, f, g may have
  });

  it("rolls communes up to the district they belonged to that year", () => {
    const [d1in2019, d1in2020] = districtTotals(model, model.index, units, "d1", [2019, 2020]);
    expect(d1in2019.communes).toBe(2); // a, b
    expect(d1in2020.communes).toBe(3); // a, b, e (d2 merged in)
  });
});

describe("totals: every tier and 'not yet'", () => {
  it("counts model, advanced and 'not yet' communes, each tier including the higher ones", () => {
    const rec = (id: string, unit: string, level: Level, year: number, wording: Wording = "recognised"): Recognition => ({ id, unit, level, year, precision: "year", wording, sources: ["t1"] });
    const m = makeStatusModel(units, [...recognitions, rec("a-km", "a", "kieu-mau", 2021), rec("b-t", "b", "ntm", 2018, "target")], points);
    // 2017: a has NTM (2016); b's target for 2018 says not yet through 2017; e's 2017 target no longer bars 2017.
    const [t2017] = provinceTotals(m, units, [2017]);
    expect(t2017).toEqual({ year: 2017, communes: 5, ntm: 1, nangCao: 0, kieuMau: 0, undetermined: 3, none: 1 });
    const [t2021] = provinceTotals(m, units, [2021]);
    // a: kiểu mẫu (counted in all three tiers); b: NTM via d1; e: undetermined until its 2022 bound
    expect(t2021).toEqual({ year: 2021, communes: 3, ntm: 2, nangCao: 1, kieuMau: 1, undetermined: 1, none: 0 });
    expect(ntmRange(t2021)).toEqual([2, 3]);
  });

  it("counts only the units passed, and only those in the programme that year", () => {
    const [t] = provinceTotals(model, units.filter((u) => u.id !== "a"), [2016]);
    expect(t).toMatchObject({ communes: 4, ntm: 0, none: 1 });
    expect(totalsFor(model, units.filter((u) => u.id === "w" || u.id === "d1"), 2016)).toEqual({
      year: 2016, communes: 0, ntm: 0, nangCao: 0, kieuMau: 0, undetermined: 0, none: 0,
    });
  });

  it("gives a merged-away district nothing after its merger", () => {
    const [d2in2019, d2in2020] = districtTotals(model, model.index, units, "d2", [2019, 2020]);
    expect(d2in2019).toMatchObject({ year: 2019, communes: 3, undetermined: 3 }); // e f g
    expect(d2in2020.communes).toBe(0);
  });
});
