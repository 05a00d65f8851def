import { beforeEach, describe, expect, it } from "vitest";
import { csvParse, type DSVRowArray } from "d3";
import type { Unit } from "../../src/data/types";
import type { Level, Recognition } from "../../src/data/types";
import { makeStatusModel, type Evidence, type StatusModel, type UnitStatus } from "../../src/lib/status";
import { DISTRICT_COLUMNS, districtTable, mapColumns, mapTable, TIMELINE_COLUMNS, tierWindow, timelineTable } from "../../src/lib/chart-data";
import { provinceTotals } from "../../src/lib/totals";
import { communes } from "../../src/lib/lineage";
import { points, recognitions, units } from "./fixture-units";

const years = Array.from({ length: 16 }, (_, i) => 2010 + i);
// Built in beforeEach, not at import: StrykerJS then knows which tests cover the code (no "static" mutants
// that rerun the whole suite), and each test gets a fresh model.
let model: StatusModel;
let cs: Unit[];
let rows: DSVRowArray<string>;
beforeEach(() => {
  model = makeStatusModel(units, recognitions, points);
  cs = communes(units);
  rows = csvParse(mapTable(model, cs, years, (u) => u.parent ?? undefined));
});
const row = (id: string) => rows.find((r) => r.id === id)!;

describe("map table", () => {
  it("has one row per commune of the map, with the documented columns", () => {
    expect(rows.columns).toEqual(mapColumns(years));
    expect(rows.map((r) => r.id)).toEqual(cs.map((u) => u.id));
  });

  it("gives each year's status exactly as the status model (and so the map) has it", () => {
    for (const u of cs) for (const y of years) expect(row(u.id)[`status_${y}`], `${u.id} ${y}`).toBe(model.statusAt(u.id, y).status);
  });

  it("gives the window of each tier: one year when the year is exact, from the baseline to the bound when only bounded", () => {
    // a: recognised for 2016 (exact), advanced 2019 (fixture); b: only its district's 2018 recognition bounds it.
    expect([row("a").ntm_from, row("a").ntm_to]).toEqual(["2016", "2016"]);
    expect([row("a").nang_cao_from, row("a").nang_cao_to]).toEqual(["2019", "2019"]);
    expect([row("b").ntm_from, row("b").ntm_to]).toEqual(["2011", "2018"]);
    // A ward from the start is never on the ladder: no window at all.
    expect([row("w").ntm_from, row("w").ntm_to]).toEqual(["", ""]);
  });

  it("never puts a tier's window start after its end", () => {
    for (const r of rows)
      for (const t of ["ntm", "nang_cao", "kieu_mau"]) if (r[`${t}_from`] && r[`${t}_to`]) expect(Number(r[`${t}_from`])).toBeLessThanOrEqual(Number(r[`${t}_to`]));
  });
});

describe("timeline and district tables", () => {
  it("carries the totals the charts draw, year by year", () => {
    const totals = provinceTotals(model, units, years);
    const t = csvParse(timelineTable(totals, [{ year: 2015, series: "ntm", value: 7 }]));
    expect(t.length).toBe(years.length);
    expect(t.map((r) => Number(r.ntm_known))).toEqual(totals.map((x) => x.ntm));
    expect(t.find((r) => r.year === "2015")?.reported_ntm).toBe("7");
    expect(t.find((r) => r.year === "2016")?.reported_ntm).toBe("");
    const d = csvParse(districtTable([{ unit: units[1], totals }]));
    expect(d.length).toBe(years.length);
    expect(d[0]).toMatchObject({ district_id: "d1", year: "2010", communes: String(totals[0].communes) });
  });
});

describe("the data page documents every column of the chart tables", async () => {
  const { chartDataDocs } = await import("../../src/i18n/chart-data");
  const { DISTRICT_COLUMNS, TIMELINE_COLUMNS } = await import("../../src/lib/chart-data");
  const files: Record<string, readonly string[]> = { "chart-map.csv": mapColumns(years), "chart-timeline.csv": ["year", ...TIMELINE_COLUMNS.slice(1)], "chart-districts.csv": DISTRICT_COLUMNS };
  for (const lang of ["vi", "en"] as const)
    it(`in ${lang}`, () => {
      for (const [file, columns] of Object.entries(files)) {
        const doc = chartDataDocs[lang].find((d) => d.file === file);
        expect(doc, file).toBeDefined();
        const text = doc!.columns.map(([c]) => c).join(" ");
        // "status_2010 … status_2025" stands for every year; "nang_cao_…" for its _from and _to.
        const mentioned = (c: string) => text.includes(c) || (/^status_\d{4}$/.test(c) && text.includes("status_")) || text.includes(`${c.replace(/_(from|to)$/, "")}_…`);
        expect(columns.filter((c) => c !== "year" && !mentioned(c)), file).toEqual([]);
      }
    });
});

describe("tier windows from a unit's statuses", () => {
  const r = (level: Level, year: number, precision: Recognition["precision"] = "year"): Evidence => ({
    level,
    year,
    precision,
    via: "unit",
    record: { id: `${level}-${year}`, unit: "x", level, year, precision, wording: "recognised", sources: ["t1"] },
  });
  const st = (status: UnitStatus["status"], extra: Partial<UnitStatus> = {}): UnitStatus => ({ status, ...extra });
  const ys = [2010, 2011, 2012, 2013];

  it("reads an exact year as a one-year window, and an undetermined stretch as a wider one", () => {
    expect(tierWindow([st("none"), st("none"), st("ntm"), st("ntm")], ys, 1)).toEqual({ from: 2012, to: 2012 });
    expect(tierWindow([st("none"), st("undetermined"), st("undetermined"), st("ntm")], ys, 1)).toEqual({ from: 2011, to: 2013 });
    expect(tierWindow([st("ntm"), st("ntm"), st("ntm"), st("ntm")], ys, 1)).toEqual({ from: undefined, to: 2010 });
  });

  it("counts a higher tier as reaching the lower ones", () => {
    expect(tierWindow([st("none"), st("nang-cao"), st("kieu-mau"), st("kieu-mau")], ys, 1)).toEqual({ from: 2011, to: 2011 });
    expect(tierWindow([st("none"), st("nang-cao"), st("kieu-mau"), st("kieu-mau")], ys, 2)).toEqual({ from: 2011, to: 2011 });
    expect(tierWindow([st("none"), st("nang-cao"), st("kieu-mau"), st("kieu-mau")], ys, 3)).toEqual({ from: 2012, to: 2012 });
  });

  it("starts the window the year after the last year known below, never after its end, with gaps between years", () => {
    expect(tierWindow([st("none"), st("ntm")], [2010, 2015], 1)).toEqual({ from: 2011, to: 2015 });
  });

  it("leaves the start open when the tier is not reached and the last year is known below it", () => {
    expect(tierWindow([st("none"), st("none"), st("none"), st("none")], ys, 1)).toEqual({ from: undefined });
    expect(tierWindow([st("none"), st("none"), st("undetermined"), st("undetermined")], ys, 1)).toEqual({ from: 2012 });
    expect(tierWindow([st("ntm"), st("ntm"), st("ntm"), st("ntm")], ys, 2)).toEqual({ from: undefined });
  });

  it("gives no window to a unit never on the ladder (ward, merged, no data)", () => {
    expect(tierWindow([st("not-in-programme"), st("merged"), st("no-data"), st("no-data")], ys, 1)).toEqual({ from: undefined });
  });

  it("does not count a year as below a tier while a 'no later than' bound of that tier or a higher one is pending", () => {
    // NTM certain from 2010; advanced bounded by 2013: the years before are not known below advanced.
    const pendingNc = st("ntm", { next: r("nang-cao", 2013, "no-later-than") });
    expect(tierWindow([pendingNc, pendingNc, pendingNc, st("nang-cao")], ys, 2)).toEqual({ from: undefined, to: 2013 });
    // the same with an exact (not a bound) future year: those years are below
    const exactNc = st("ntm", { next: r("nang-cao", 2013) });
    expect(tierWindow([exactNc, exactNc, exactNc, st("nang-cao")], ys, 2)).toEqual({ from: 2013, to: 2013 });
    // a bound of a higher tier also says the lower tier may be reached
    const pendingKm = st("ntm", { next: r("kieu-mau", 2013, "no-later-than") });
    expect(tierWindow([pendingKm, pendingKm, pendingKm, st("nang-cao")], ys, 2)).toEqual({ from: undefined, to: 2013 });
    // a bound of a lower tier says nothing of the higher one
    const lowBound = st("none", { bound: r("ntm", 2013, "no-later-than") });
    expect(tierWindow([lowBound, st("nang-cao"), st("nang-cao"), st("nang-cao")], ys, 2)).toEqual({ from: 2011, to: 2011 });
    // a bound for this year, or one already passed, is not pending
    expect(tierWindow([st("ntm", { next: r("nang-cao", 2010, "no-later-than") }), st("nang-cao")], [2010, 2011], 2)).toEqual({ from: 2011, to: 2011 });
    // a "not yet" (no precision) is not a bound
    const notYet = st("none", { notYet: { level: "ntm", year: 2012, rule: "L1" } });
    expect(tierWindow([notYet, st("ntm")], [2010, 2011], 1)).toEqual({ from: 2011, to: 2011 });
    // the window object itself (level, from, to, no year) is not evidence
    const withWindow = st("ntm", { window: { level: "nang-cao", from: 2011, to: 2013 } });
    expect(tierWindow([withWindow, st("nang-cao")], [2010, 2011], 2)).toEqual({ from: 2011, to: 2011 });
  });
});

describe("chart tables: every column", () => {
  it("writes the map table with the district the caller gives, and an empty cell for none", () => {
    const m = makeStatusModel(units, recognitions, points);
    const csv = mapTable(m, communes(units).slice(0, 2), [2016, 2017], (u) => (u.id === "a" ? "Huyện Một" : undefined));
    expect(csv.split("\n")[0]).toBe("id,name,district,geo_id,status_2016,status_2017,ntm_from,ntm_to,nang_cao_from,nang_cao_to,kieu_mau_from,kieu_mau_to");
    expect(csv.split("\n")[1]).toBe("a,Xã A,Huyện Một,00001,ntm,ntm,,2016,,,,");
    expect(csv.split("\n")[2]).toBe("b,Xã B,,00002,undetermined,undetermined,,,,,,");
    expect(csv.endsWith("\n")).toBe(true);
  });

  it("writes every timeline column from the totals and the reported points", () => {
    const t = { year: 2020, communes: 9, ntm: 4, nangCao: 2, kieuMau: 1, undetermined: 3, none: 2 };
    const rows = csvParse(timelineTable([t], [
      { year: 2020, series: "ntm", value: 5 },
      { year: 2020, series: "nang-cao", value: 3 },
      { year: 2020, series: "kieu-mau", value: 2 },
      { year: 2019, series: "kieu-mau", value: 8 },
    ]));
    expect(rows.columns).toEqual([...TIMELINE_COLUMNS]);
    expect({ ...rows[0] }).toEqual({ year: "2020", communes: "9", ntm_known: "4", ntm_possible_max: "7", nang_cao_known: "2", kieu_mau_known: "1", reported_ntm: "5", reported_nang_cao: "3", reported_kieu_mau: "2" });
  });

  it("writes every district column, district by district", () => {
    const t = (year: number) => ({ year, communes: 9, ntm: 4, nangCao: 2, kieuMau: 1, undetermined: 3, none: 2 });
    const csv = districtTable([
      { unit: units[1], totals: [t(2020)] },
      { unit: units[2], totals: [t(2019), t(2020)] },
    ]);
    const rows = csvParse(csv);
    expect(rows.columns).toEqual([...DISTRICT_COLUMNS]);
    expect(rows.map((x) => `${x.district_id} ${x.year}`)).toEqual(["d1 2020", "d2 2019", "d2 2020"]);
    expect({ ...rows[0] }).toEqual({ district_id: "d1", district: "Huyện Một", year: "2020", communes: "9", ntm_known: "4", nang_cao_known: "2", kieu_mau_known: "1", undetermined: "3", none: "2" });
    expect(csv.endsWith("\n")).toBe(true);
  });
});
