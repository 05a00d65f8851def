import { beforeEach, describe, expect, it } from "vitest";
import type { DistrictCount, ProvincePoint, Unit } from "../../src/data/types";
import { reconcileLines } from "../../src/i18n/sentences";
import { programmeChange, reconcile, reportedPoint } from "../../src/lib/reconcile";
import { makeStatusModel, type StatusModel } from "../../src/lib/status";
import { provinceTotals, type Totals } from "../../src/lib/totals";
import { points, recognitions, units } from "./fixture-units";

// Built in beforeEach, not at import: StrykerJS then knows which tests cover the code (no "static" mutants
// that rerun the whole suite), and each test gets a fresh model.
let model: StatusModel;
let t2016: Totals;
let t2019: Totals;
beforeEach(() => {
  model = makeStatusModel(units, recognitions, points);
  [t2016, t2019] = provinceTotals(model, units, [2016, 2019]);
});
const point = (p: Partial<ProvincePoint>): ProvincePoint => ({ id: "x", as_of: "2019-12-31", year: 2019, wording: "recognised", sources: ["t1"], ...p });

describe("reported vs placed", () => {
  it("takes the point the site shows: recognised wording, not set aside, the shown one first", () => {
    const ps = [point({ id: "a", shown: false, why: "w" }), point({ id: "b", wording: "basically-met" }), point({ id: "c" }), point({ id: "d", shown: true })];
    expect(reportedPoint(ps, 2019)?.id).toBe("d");
    expect(reportedPoint(ps.slice(0, 3), 2019)?.id).toBe("c");
    expect(reportedPoint(ps.slice(0, 2), 2019)).toBeUndefined();
  });

  it("counts the communes the sources report but do not name, per tier", () => {
    const r = reconcile(t2019, [point({ ntm: 4, "nang-cao": 3, communes: 5 })]);
    expect(r.tiers).toEqual([
      { level: "ntm", reported: 4, located: t2019.ntm, unnamed: 4 - t2019.ntm },
      { level: "nang-cao", reported: 3, located: t2019.nangCao, unnamed: 3 - t2019.nangCao },
      { level: "kieu-mau", reported: undefined, located: t2019.kieuMau, unnamed: undefined },
    ]);
    const lines = reconcileLines("vi", r);
    expect(lines).toContain(`Nâng cao: tỉnh công bố 3 xã; bản đồ xác định được ${t2019.nangCao} xã; ${3 - t2019.nangCao} xã chưa rõ tên.`);
    expect(lines[0]).toBe("Số liệu tỉnh công bố, tính đến 31/12/2019:");
    expect(reconcileLines("en", r)).toContain(`Advanced: the province reported 3; the map places ${t2019.nangCao}; ${3 - t2019.nangCao} not named by any source we hold.`);
  });

  it("uses a count about the same unit where no point gives the tier, and says so when nothing was reported", () => {
    const c: DistrictCount = { id: "c", unit: "p", year: 2016, level: "ntm", count: 3, wording: "recognised", sources: ["t1"] };
    expect(reconcile(t2016, [], [c]).tiers[0]).toMatchObject({ reported: 3, unnamed: 3 - t2016.ntm });
    expect(reconcile(t2016, [], [{ ...c, wording: "criteria-completed" }]).tiers[0].reported).toBeUndefined();
    expect(reconcileLines("vi", reconcile(t2016, []))).toEqual([`Không có số liệu tỉnh công bố cho năm 2016; bản đồ xác định được ${t2016.ntm} xã NTM.`]);
  });

  it("explains a different denominator and a fall in communes, each in one sentence", () => {
    const r = reconcile(t2019, [point({ ntm: 1, communes: t2019.communes + 2 })]);
    expect(reconcileLines("vi", r).at(-1)).toMatch(new RegExp(`^Tỉnh tính ${t2019.communes + 2} xã thuộc chương trình, còn bản đồ đếm ${t2019.communes} xã`));
    // c became a ward in 2015; f and g merged away on 1/1/2020 (fixture).
    expect(programmeChange(units, 2015)).toEqual({ before: 6, after: 5, wards: 1, merged: 0 });
    expect(programmeChange(units, 2020)).toMatchObject({ wards: 0, merged: 2 });
    const [t2020] = provinceTotals(model, units, [2020]);
    expect(reconcileLines("vi", reconcile(t2020, []), programmeChange(units, 2020)).at(-1)).toBe(
      "Số xã thuộc chương trình giảm từ 5 xuống 3 vì trong năm 2020 có 2 xã sáp nhập vào xã khác.",
    );
  });
});

describe("reported vs placed: edges", () => {
  it("takes only the year's point, and ignores a tier the point leaves empty (null)", () => {
    const ps = [point({ id: "2018", year: 2018, ntm: 9 }), point({ id: "2019", ntm: null, "nang-cao": 0, communes: null })];
    expect(reportedPoint(ps, 2019)?.id).toBe("2019");
    expect(reportedPoint(ps, 2017)).toBeUndefined();
    const r = reconcile(t2019, ps);
    expect(r.point?.id).toBe("2019");
    expect(r.tiers[0]).toEqual({ level: "ntm", reported: undefined, located: t2019.ntm, unnamed: undefined });
    expect(r.tiers[1]).toEqual({ level: "nang-cao", reported: 0, located: t2019.nangCao, unnamed: 0 }); // more placed than reported: never below 0
    expect(r.reportedCommunes).toBeUndefined();
    expect(r).toMatchObject({ year: 2019, communes: t2019.communes, undetermined: t2019.undetermined, counts: [] });
  });

  it("fills a tier from a count of the same year and tier only, and lists the counts it used", () => {
    const c = (p: Partial<DistrictCount>): DistrictCount => ({ id: "c", unit: "p", year: 2019, level: "nang-cao", count: 2, wording: "recognised", sources: ["t1"], ...p });
    const counts = [c({ id: "other-year", year: 2018, count: 7 }), c({ id: "other-tier", level: "kieu-mau", count: 1 }), c({ id: "nc", count: 2 })];
    const r = reconcile(t2019, [point({ ntm: 4 })], counts);
    expect(r.tiers.map((x) => x.reported)).toEqual([4, 2, 1]);
    expect(r.counts.map((x) => x.id)).toEqual(["nc", "other-tier"]);
    // a point's own figure wins over a count
    expect(reconcile(t2019, [point({ ntm: 4, "nang-cao": 5 })], counts).tiers[1].reported).toBe(5);
    expect(reconcile(t2019, [point({ ntm: 4, "nang-cao": 5 })], counts).counts.map((x) => x.id)).toEqual(["other-tier"]);
    expect(reconcile(t2019, [point({ communes: 11 })]).reportedCommunes).toBe(11);
  });

  it("counts a commune that became a ward and one merged away in the same year separately", () => {
    const S = ["t1"];
    const us: Unit[] = [
      { id: "x1", name: "X1", type: "xa", parent: null, geo_id: "1", sources: S, lineage: [{ event: "became-ward", date: "2018-05", sources: S }] },
      { id: "x2", name: "X2", type: "xa", parent: null, geo_id: "2", sources: S, lineage: [{ event: "merged-into", date: "2018-05", into: "x3", sources: S }] },
      { id: "x3", name: "X3", type: "xa", parent: null, geo_id: "3", sources: S },
      { id: "x4", name: "X4", type: "xa", parent: null, geo_id: "4", created: "2018-02", sources: S },
      { id: "dist", name: "D", type: "huyen", parent: null, sources: S },
    ];
    expect(programmeChange(us, 2018)).toEqual({ before: 3, after: 2, wards: 1, merged: 1 });
    expect(programmeChange(us, 2019)).toEqual({ before: 2, after: 2, wards: 0, merged: 0 });
  });
});
