/** The figure resolver over the small hand-made province (tests/unit/fixture-units.ts), so every expectation is computed, not today's data. */
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset, ProvincePoint } from "../../src/data/types";
import { resolveStat, statKeys, storyNotes } from "../../src/lib/stats";
import { makeStatusModel, type StatusModel } from "../../src/lib/status";
import { provinceTotals } from "../../src/lib/totals";
import { points, recognitions, units } from "./fixture-units";

const pt = (p: Partial<ProvincePoint> & Pick<ProvincePoint, "id" | "year">): ProvincePoint => ({ as_of: `${p.year}-12-31`, wording: "recognised", sources: ["t1"], ...p });
const d: Dataset = {
  version: "0.0.0",
  units,
  recognitions: [...recognitions, { id: "b-dd", unit: "b", level: "ntm", year: 2019, precision: "no-later-than", wording: "recognised", sources: ["t2", "t3", "t4", "t1"] }],
  province: [
    ...points,
    pt({ id: "p2018", year: 2018, ntm: 2, communes: 5, sources: ["s18"], note: "n18" }),
    pt({ id: "p2019-a", year: 2019, ntm: 3, sources: ["a"] }),
    pt({ id: "p2019-b", year: 2019, ntm: 4, shown: true, sources: ["b"] }),
    pt({ id: "p2019-c", year: 2019, ntm: 5, shown: false, why: "old", sources: ["c"] }),
    pt({ id: "p2020-a", year: 2020, ntm: 3, sources: ["a"] }),
    pt({ id: "p2020-b", year: 2020, ntm: 4, sources: ["b"] }),
    pt({ id: "p2023-a", year: 2023, ntm: 3, shown: true, sources: ["a"] }),
    pt({ id: "p2023-b", year: 2023, ntm: 4, shown: true, sources: ["b"] }),
    pt({ id: "p2021", year: 2021, ntm: null, "nang-cao": 1, districts_done: 1, districts_total: 2, sources: ["x"] }),
    pt({ id: "p2022-x", year: 2022, ntm: 7, shown: false, why: "w", sources: ["x"] }),
    pt({ id: "p2022-y", year: 2022, ntm: 8, sources: ["y"] }),
  ],
  counts: [],
  indicators: [
    {
      id: "inc",
      name: { vi: "Thu nhập", en: "Income" },
      unit: { vi: "triệu", en: "million" },
      points: [
        { id: "i1", year: 2020, value: 10, scope: "province", sources: ["i"] },
        { id: "i2", year: 2020, value: 8, scope: "rural", sources: ["j"], note: "r" },
        { id: "i3", year: 2021, value: 11, scope: "province", sources: ["i"] },
        { id: "i4", year: 2021, value: 12, scope: "province", sources: ["k"], shown: false, why: "w" },
      ],
    },
  ],
  sources: [],
};
let model: StatusModel;
beforeEach(() => {
  model = makeStatusModel(d.units, d.recognitions, d.province);
});

describe("Stat resolver (fixture)", () => {
  it("takes a province figure with its sources and note", () => {
    expect(resolveStat(d, "province.2018.ntm")).toEqual({ value: 2, kind: "number", sources: ["s18"], note: "n18" });
    expect(resolveStat(d, "province.2018.communes").value).toBe(5);
    expect(resolveStat(d, "province.2021.nang-cao").value).toBe(1);
    expect(resolveStat(d, "province.2021.districts_done").value).toBe(1);
    expect(resolveStat(d, "province.2021.districts_total").value).toBe(2);
  });

  it("picks the point marked shown among several, ignores set-aside ones, and asks for a choice otherwise", () => {
    expect(resolveStat(d, "province.2019.ntm")).toMatchObject({ value: 4, sources: ["b"] });
    expect(resolveStat(d, "province.2022.ntm")).toMatchObject({ value: 8, sources: ["y"] });
    // two claims, neither chosen; two chosen: the records named by index and id, as data:check names them
    const rec = (id: string) => `#${d.province.findIndex((p) => p.id === id)} (id "${id}")`;
    expect(() => resolveStat(d, "province.2020.ntm")).toThrow(
      `Unknown figure "province.2020.ntm": data/province-series.json › records ${rec("p2020-a")}, ${rec("p2020-b")} › field "shown": none of these points giving ntm for 2020 is marked shown: true; mark exactly one, the point to quote.`,
    );
    expect(() => resolveStat(d, "province.2023.ntm")).toThrow(
      `Unknown figure "province.2023.ntm": data/province-series.json › records ${rec("p2023-a")}, ${rec("p2023-b")} › field "shown": all of these points giving ntm for 2023 are marked shown: true; mark exactly one, the point to quote.`,
    );
    expect(() => resolveStat(d, "province.2021.ntm")).toThrow("no province point for 2021 gives ntm"); // null is not a figure
    expect(() => resolveStat(d, "province.2018.undetermined")).toThrow(
      "field must be one of communes, ntm, nang-cao, kieu-mau, districts_done, districts_total. See the key grammar in src/lib/stats.ts.",
    );
  });

  it("reads a recognition's year, decision and decision date, naming what is missing", () => {
    expect(resolveStat(d, "recognition.d1-ntm.year")).toEqual({ value: 2018, kind: "text", sources: ["t1"] });
    expect(resolveStat(d, "recognition.d1-ntm.decision")).toEqual({ value: "1/QĐ-TTg", kind: "text", sources: ["t1"] });
    expect(() => resolveStat(d, "recognition.a-ntm.decision")).toThrow("the record has no decision number");
    expect(() => resolveStat(d, "recognition.a-ntm.decision_date")).toThrow("the record has no decision date");
    expect(() => resolveStat(d, "recognition.a-ntm.level")).toThrow("field must be year, decision or decision_date");
    expect(() => resolveStat(d, "recognition.nope.year")).toThrow('no recognition with id "nope"');
    const withDate: Dataset = { ...d, recognitions: [{ ...recognitions[0], id: "x.y", decision_date: "2016-12" }] };
    expect(resolveStat(withDate, "recognition.x.y.decision_date")).toEqual({ value: "2016-12", kind: "date", sources: ["t1"] });
  });

  it("reads an indicator by year and scope, shown points only, exactly one", () => {
    expect(resolveStat(d, "indicator.inc.2020.rural")).toEqual({ value: 8, kind: "number", sources: ["j"], note: "r" });
    expect(resolveStat(d, "indicator.inc.2020.province").value).toBe(10);
    expect(resolveStat(d, "indicator.inc.2021").value).toBe(11);
    expect(() => resolveStat(d, "indicator.inc.2020")).toThrow('2 points of "inc" match year 2020');
    expect(() => resolveStat(d, "indicator.inc.2019.rural")).toThrow('0 points of "inc" match year 2019 and scope rural');
    expect(() => resolveStat(d, "indicator.nope.2020")).toThrow('no indicator "nope"');
  });

  it("computes totals from the commune records, citing at most three of the records' sources up to that year", () => {
    for (const year of [2016, 2018, 2020]) {
      const [t] = provinceTotals(model, units, [year]);
      expect(resolveStat(d, `computed.${year}.communes`).value).toBe(t.communes);
      expect(resolveStat(d, `computed.${year}.ntm`).value).toBe(t.ntm);
      expect(resolveStat(d, `computed.${year}.nang-cao`).value).toBe(t.nangCao);
      expect(resolveStat(d, `computed.${year}.kieu-mau`).value).toBe(t.kieuMau);
      expect(resolveStat(d, `computed.${year}.undetermined`).value).toBe(t.undetermined);
      expect(resolveStat(d, `computed.${year}.bounded`).value).toBe(t.undetermined);
    }
    // 2018 has undetermined communes and NTM ones: the two keys differ, so a mix-up shows
    expect(resolveStat(d, "computed.2018.ntm").value).not.toBe(resolveStat(d, "computed.2018.undetermined").value);
    expect(resolveStat(d, "computed.2018.ntm")).toMatchObject({ kind: "number", sources: ["t1"], note: { en: "computed from commune records" } });
    expect(resolveStat(d, "computed.2019.ntm").sources).toEqual(["t1", "t2", "t3"]);
    expect(resolveStat(d, "computed.2010.ntm").value).toBe(0);
    expect(resolveStat(d, "computed.2025.communes").value).toBe(provinceTotals(model, units, [2025])[0].communes);
    expect(() => resolveStat(d, "computed.2009.ntm")).toThrow("year must be 2010–2025");
    expect(() => resolveStat(d, "computed.2026.ntm")).toThrow("year must be 2010–2025");
    expect(() => resolveStat(d, "computed.2020.5.ntm")).toThrow("field must be one of communes, ntm, nang-cao, kieu-mau, undetermined, bounded");
    expect(() => resolveStat(d, "computed.x.ntm")).toThrow("year must be 2010–2025");
    expect(() => resolveStat(d, "computed.2020.none")).toThrow("field must be one of");
  });

  it("counts the boundary communes and the districts of 2020", () => {
    expect(resolveStat(d, "count.communes2019")).toEqual({ value: units.filter((u) => u.geo_id).length, kind: "number", sources: ["L02"] });
    expect(resolveStat(d, "count.districts")).toEqual({ value: 1, kind: "number", sources: ["L02"] }); // d1; d2 merged into it on 1/1/2020
    expect(() => resolveStat(d, "count.wards")).toThrow("count.communes2019, count.districts");
    expect(() => resolveStat(d, "weather.2020")).toThrow("it must start with province, recognition, indicator, computed, count or source");
  });

  it("reads Stat keys with either quote, among other attributes, not from other tags", () => {
    expect(statKeys('<Stat of="a.b" /><Stats of="x" /><Stat\nlang="en"\nof=\'c.d\'/><Statue of="z"/>')).toEqual(["a.b", "c.d"]);
    expect(statKeys("no figures")).toEqual([]);
  });

  it("numbers each source once, by its first citation", () => {
    expect(storyNotes(d, '<Stat of="province.2019.ntm" /> <Stat of="province.2018.ntm" /> <Stat of="province.2020.nang-cao" />'.replace("province.2020.nang-cao", "indicator.inc.2020.rural"))).toEqual(["b", "s18", "j"]);
    expect(storyNotes(d, '<Stat of="province.2019.ntm" /><Stat of="province.2022.ntm" /><Stat of="province.2019.ntm" />')).toEqual(["b", "y"]);
  });
});
