import { beforeEach, describe, expect, it } from "vitest";
import { csvParse, type DSVRowArray } from "d3";
import type { Unit } from "../../src/data/types";
import { makeStatusModel, type StatusModel } from "../../src/lib/status";
import { districtTable, mapColumns, mapTable, timelineTable } from "../../src/lib/chart-data";
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
