/**
 * The published CSV and JSON files (src/data/publish.ts), column by column, on the valid fixture with a few
 * fields added in the test (a bilingual note, an English-only note, a reason not to show, a missing value):
 * each expectation is read back from the records themselves.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { csvParse, csvParseRows } from "d3";
import { loadDataset } from "../../src/data/load";
import { PUBLISHED, tableSchema, toCsv, toJson } from "../../src/data/publish";
import type { Dataset } from "../../src/data/types";

// Loaded in beforeEach, not at import: loading runs the checker, and StrykerJS counts what runs at import as static
// (every mutant of it would run every test file).
let base: Dataset;
beforeEach(() => {
  base = loadDataset("tests/fixtures/data/valid", { geoIds: false });
});
function dataset(): Dataset {
  const d = structuredClone(base);
  d.units[2] = { ...d.units[2], note: { vi: "Ghi chú, có dấu phẩy", en: "A note, with a comma" } };
  d.units[3] = { ...d.units[3], note: "English only" };
  d.province[0] = { ...d.province[0], shown: false, why: { vi: "Lý do", en: "Reason" }, confidence: "low" };
  d.recognitions[0] = { ...d.recognitions[0], sources: ["s1", "s2"], decision: "12/QĐ-UBND" };
  return d;
}
const header = (csv: string) => csvParseRows(csv)[0];

describe("published CSV columns", () => {
  it("has a fixed header per dataset, with note and why in two columns, Vietnamese first", () => {
    const d = dataset();
    expect(header(toCsv("units", d))).toEqual(["id", "name", "type", "parent", "geo_id", "gso_2025", "geo_district", "created", "item", "sources", "note_vi", "note_en"]);
    expect(header(toCsv("lineage", d))).toEqual(["unit", "event", "date", "into", "new_name", "new_type", "resolution", "item", "sources", "uncertain", "note_vi", "note_en"]);
    expect(header(toCsv("recognitions", d))).toEqual(["id", "unit", "level", "year", "precision", "wording", "decision", "decision_date", "decided_by", "sources", "confidence", "note_vi", "note_en"]);
    expect(header(toCsv("province-series", d))).toEqual([
      "id", "as_of", "as_of_inferred", "year", "wording", "communes", "ntm", "nang-cao", "kieu-mau", "districts_done", "districts_total", "sources", "shown", "why_vi", "why_en", "confidence", "note_vi", "note_en",
    ]);
    expect(header(toCsv("indicators", d))).toEqual(["indicator", "id", "year", "as_of", "as_of_inferred", "value", "unit", "scope", "sources", "shown", "why_vi", "why_en", "confidence", "note_vi", "note_en"]);
    expect(header(toCsv("sources", d))).toEqual(["id", "title", "publisher", "url", "published", "published_inferred", "language", "reliability", "note_vi", "note_en"]);
  });

  it("writes one row per record: arrays joined by ;, a missing or null value empty, a plain note as English", () => {
    const d = dataset();
    const units = csvParse(toCsv("units", d));
    expect(units.map((r) => r.id)).toEqual(d.units.map((u) => u.id));
    expect(units[0]).toMatchObject({ parent: "", geo_id: "", note_vi: "", note_en: "" });
    expect(units[2]).toMatchObject({ name: d.units[2].name, parent: d.units[2].parent, note_vi: "Ghi chú, có dấu phẩy", note_en: "A note, with a comma" });
    expect(units[3]).toMatchObject({ note_vi: "", note_en: "English only" });
    const recs = csvParse(toCsv("recognitions", d));
    expect(recs[0]).toMatchObject({ sources: "s1;s2", decision: "12/QĐ-UBND", decided_by: "" });
    expect(recs.map((r) => r.year)).toEqual(d.recognitions.map((r) => String(r.year)));
    const points = csvParse(toCsv("province-series", d));
    expect(points[0]).toMatchObject({ shown: "false", why_vi: "Lý do", why_en: "Reason", confidence: "low", ntm: String(d.province[0].ntm) });
    const sources = csvParse(toCsv("sources", d));
    expect(sources.map((s) => [s.id, s.url, s.published])).toEqual(d.sources.map((s) => [s.id, s.url ?? "", s.published ?? ""]));
  });

  it("leaves both columns of a null note empty", () => {
    const d = dataset();
    (d.units[2] as unknown as Record<string, unknown>).note = null;
    expect(csvParse(toCsv("units", d))[2]).toMatchObject({ note_vi: "", note_en: "" });
  });

  it("writes an object that is not a bilingual text as JSON", () => {
    const d = dataset();
    (d.units[1] as unknown as Record<string, unknown>).created = { from: "2010" };
    expect(csvParse(toCsv("units", d))[1].created).toBe('{"from":"2010"}');
  });

  it("flattens lineage to one row per event and indicators to one row per point, naming their unit and indicator", () => {
    const d = dataset();
    const events = d.units.flatMap((u) => (u.lineage ?? []).map((e) => ({ unit: u.id, event: e.event, date: e.date })));
    expect(csvParse(toCsv("lineage", d)).map((r) => ({ unit: r.unit, event: r.event, date: r.date }))).toEqual(events);
    const points = d.indicators.flatMap((i) => i.points.map((p) => ({ indicator: i.id, id: p.id, value: String(p.value), unit: i.unit.en })));
    expect(csvParse(toCsv("indicators", d)).map((r) => ({ indicator: r.indicator, id: r.id, value: r.value, unit: r.unit }))).toEqual(points);
  });
});

describe("published Table Schemas", () => {
  it("describe every column in whole sentences, a bilingual one with its language", () => {
    for (const name of PUBLISHED) {
      for (const f of tableSchema(name).fields) {
        // starts with a capital letter or a lower-case value name, ends with a stop, nothing empty or doubled between
        expect(f.description, `${name}.${f.name}`).toMatch(/^[A-Za-z]\S*( \S+)*\.$/);
        expect(f.description, `${name}.${f.name}`).not.toMatch(/\.\.$|\. \.|  /);
        if (/_(vi|en)$/.test(f.name)) expect(f.description, `${name}.${f.name}`).toMatch(f.name.endsWith("_vi") ? / In Vietnamese\.$/ : / In English\.$/);
      }
    }
  });
});

describe("published JSON", () => {
  it("is the records as in data/, under the version, indented, with a final newline", () => {
    const d = dataset();
    const wrap = { units: ["units", d.units], recognitions: ["recognitions", d.recognitions], "province-series": ["points", d.province], indicators: ["indicators", d.indicators], sources: ["sources", d.sources] } as const;
    for (const name of PUBLISHED.filter((n) => n !== "lineage")) {
      const [key, records] = wrap[name as keyof typeof wrap];
      const text = toJson(name as keyof typeof wrap, d);
      expect(JSON.parse(text)).toEqual({ version: d.version, [key]: records });
      expect(Object.keys(JSON.parse(text))).toEqual(["version", key]);
      expect(text.split("\n").slice(0, 3)).toEqual(["{", `  "version": "${d.version}",`, `  "${key}": [`]);
      expect(text.endsWith("}\n")).toBe(true);
    }
  });
});
