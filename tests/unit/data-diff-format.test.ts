/**
 * What a reviewer reads (src/data/diff.ts): field paths of nested records, totals before and after computed by
 * the status model, and the exact text and Markdown of a small diff. Records and totals come from the valid
 * fixture and from the model (provinceTotals), never from today's data.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/types";
import { YEARS } from "../../src/config";
import { diffDatasets, formatDiff, type DataDiff } from "../../src/data/diff";
import { loadDataset } from "../../src/data/load";
import { communes } from "../../src/lib/lineage";
import { datasetModel } from "../../src/lib/status";
import { provinceTotals } from "../../src/lib/totals";

// Loaded in beforeEach, not at import: loading runs the checker, and StrykerJS counts what runs at import as static
// (every mutant of it would run every test file).
let before: Dataset;
beforeEach(() => {
  before = loadDataset("tests/fixtures/data/valid", { geoIds: false });
});
const bump = () => ({ ...structuredClone(before), version: "1.0.1" });

describe("diffDatasets: records", () => {
  it("names nested fields by path: object keys with dots, array items in brackets, an emptied list as []", () => {
    const after = bump();
    after.units[3].lineage![0] = { ...after.units[3].lineage![0], date: "2018-02-01", note: { vi: "Ghi chú", en: "Note" } };
    after.units[2].sources = ["s1", "s2"];
    after.indicators[0].points[0] = { ...after.indicators[0].points[0], value: 41 };
    after.province[0] = { ...after.province[0], sources: [] as unknown as string[] };
    const d = diffDatasets(before, after);
    const file = (f: string) => d.files.find((x) => x.file === f)!;
    expect(d.files.map((f) => f.file)).toEqual(["units.json", "recognitions.json", "province-series.json", "indicators.json", "sources.json", "district-counts.json"]);
    expect(file("units.json").changed).toEqual([
      { id: "xa-mot", fields: [{ field: "sources[1]", before: undefined, after: "s2" }] },
      {
        id: "xa-hai",
        fields: [
          { field: "lineage[0].date", before: "2018-01-01", after: "2018-02-01" },
          { field: "lineage[0].note.en", before: undefined, after: "Note" },
          { field: "lineage[0].note.vi", before: undefined, after: "Ghi chú" },
        ],
      },
    ]);
    expect(file("indicators.json").changed).toEqual([{ id: "income-2019", fields: [{ field: "value", before: 40.5, after: 41 }] }]);
    expect(file("province-series.json").changed).toEqual([
      { id: "p2019", fields: [{ field: "sources", before: undefined, after: [] }, { field: "sources[0]", before: "s1", after: undefined }] },
    ]);
    for (const f of d.files) {
      expect(f.added, f.file).toEqual([]);
      expect(f.removed, f.file).toEqual([]);
    }
    expect(d.totals).toEqual([]);
    expect([d.versionBefore, d.versionAfter]).toEqual([before.version, "1.0.1"]);
  });

  it("shows an emptied object as {} and a value that became null", () => {
    const after = bump();
    (after.units[2] as unknown as Record<string, unknown>).note = {};
    (after.sources[0] as unknown as Record<string, unknown>).url = null;
    const d = diffDatasets(before, after);
    expect(d.files.find((f) => f.file === "units.json")!.changed).toEqual([{ id: "xa-mot", fields: [{ field: "note", before: undefined, after: {} }] }]);
    expect(d.files.find((f) => f.file === "sources.json")!.changed).toEqual([{ id: "s1", fields: [{ field: "url", before: before.sources[0].url, after: null }] }]);
  });

  it("reads a dataset without counts as having none", () => {
    const after = bump();
    delete (after as { counts?: unknown }).counts;
    expect(diffDatasets(after, after).files.find((f) => f.file === "district-counts.json")).toEqual({ file: "district-counts.json", added: [], removed: [], changed: [] });
    expect(diffDatasets(undefined, after).files.find((f) => f.file === "district-counts.json")!.added).toEqual([]);
  });

  it("lists added and removed records by id, counts included", () => {
    const after = bump();
    after.counts = [{ id: "huyen-a-2016-ntm", unit: "huyen-a", year: 2016, level: "ntm", count: 1, wording: "recognised", sources: ["s1"] }];
    after.units = after.units.filter((u) => u.id !== "phuong-ba");
    const d = diffDatasets(before, after);
    expect(d.files.find((f) => f.file === "district-counts.json")).toEqual({ file: "district-counts.json", added: ["huyen-a-2016-ntm"], removed: [], changed: [] });
    expect(d.files.find((f) => f.file === "units.json")).toEqual({ file: "units.json", added: [], removed: ["phuong-ba"], changed: [] });
  });
});

describe("diffDatasets: totals", () => {
  const totals = (d: typeof before | undefined) => (d ? provinceTotals(datasetModel(d), communes(d.units), YEARS) : undefined);
  const FIELDS = ["communes", "ntm", "nangCao", "kieuMau", "undetermined"] as const;

  it("lists every yearly total that differs, as the model computes it before and after", () => {
    const after = bump();
    after.recognitions = after.recognitions.filter((r) => r.id !== "xa-mot-nang-cao-2019");
    const [tb, ta] = [totals(before)!, totals(after)!];
    const expected = YEARS.flatMap((year, i) => FIELDS.filter((f) => tb[i][f] !== ta[i][f]).map((field) => ({ year, field, before: tb[i][field], after: ta[i][field] })));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((t) => t.field === "nangCao")).toBe(true);
    expect(diffDatasets(before, after).totals).toEqual(expected);
  });

  it("counts every total from zero when there was no data before", () => {
    const ta = totals(before)!;
    const d = diffDatasets(undefined, before);
    expect(d.versionBefore).toBeUndefined();
    expect(d.totals).toEqual(YEARS.flatMap((year, i) => FIELDS.filter((f) => ta[i][f] !== 0).map((field) => ({ year, field, before: 0, after: ta[i][field] }))));
    expect(d.files.find((f) => f.file === "recognitions.json")!.added).toEqual(before.recognitions.map((r) => r.id));
    for (const f of d.files) expect([f.file, f.removed, f.changed]).toEqual([f.file, [], []]);
  });
});

describe("formatDiff", () => {
  const diff: DataDiff = {
    versionBefore: "1.0.0",
    versionAfter: "1.1.0",
    files: [
      { file: "units.json", added: [], removed: [], changed: [] },
      {
        file: "recognitions.json",
        added: ["r-new", "r-new-2"],
        removed: ["r-old"],
        changed: [{ id: "r1", fields: [{ field: "year", before: 2015, after: 2014 }, { field: "decision", before: undefined, after: "1|2" }, { field: "note", before: "x", after: undefined }] }],
      },
      { file: "sources.json", added: ["s3"], removed: [], changed: [] },
      { file: "indicators.json", added: [], removed: ["i1", "i2"], changed: [{ id: "i3", fields: [{ field: "scope", before: "a|b", after: "c" }] }] },
    ],
    totals: [
      { year: 2014, field: "ntm", before: 0, after: 1 },
      { year: 2019, field: "undetermined", before: 2, after: 1 },
    ],
  };

  it("writes the plain-text report, file by file, then the totals", () => {
    expect(formatDiff(diff)).toBe(
      [
        "Data changes: version 1.0.0 → 1.1.0",
        "",
        "recognitions.json: 2 added, 1 removed, 1 changed",
        "-".repeat("recognitions.json: 2 added, 1 removed, 1 changed".length),
        "  + added: r-new, r-new-2",
        "  - removed: r-old",
        "  ~ r1 › year: 2015 → 2014",
        '  ~ r1 › decision: — → "1|2"',
        '  ~ r1 › note: "x" → —',
        "",
        "",
        "sources.json: 1 added, 0 removed, 0 changed",
        "-".repeat("sources.json: 1 added, 0 removed, 0 changed".length),
        "  + added: s3",
        "",
        "indicators.json: 0 added, 2 removed, 1 changed",
        "-".repeat("indicators.json: 0 added, 2 removed, 1 changed".length),
        "  - removed: i1, i2",
        '  ~ i3 › scope: "a|b" → "c"',
        "",
        "",
        "Effect on yearly totals (computed from commune records)",
        "-------------------------------------------------------",
        "  2014 known NTM: 0 → 1",
        "  2019 undetermined (may or may not have reached NTM): 2 → 1",
      ].join("\n"),
    );
  });

  it("writes the Markdown report, with | escaped in table cells", () => {
    expect(formatDiff(diff, true)).toBe(
      [
        "## Data changes: 1.0.0 → 1.1.0",
        "### recognitions.json: 2 added, 1 removed, 1 changed",
        "- added: r-new, r-new-2",
        "- removed: r-old",
        "",
        "| record | field | before | after |",
        "|---|---|---|---|",
        "| r1 | year | 2015 | 2014 |",
        '| r1 | decision | — | "1\\|2" |',
        '| r1 | note | "x" | — |',
        "",
        "### sources.json: 1 added, 0 removed, 0 changed",
        "- added: s3",
        "### indicators.json: 0 added, 2 removed, 1 changed",
        "- removed: i1, i2",
        "",
        "| record | field | before | after |",
        "|---|---|---|---|",
        '| i3 | scope | "a\\|b" | "c" |',
        "",
        "### Effect on yearly totals (computed from commune records)",
        "| year | total | before | after |",
        "|---|---|---|---|",
        "| 2014 | known NTM | 0 | 1 |",
        "| 2019 | undetermined (may or may not have reached NTM) | 2 | 1 |",
      ].join("\n"),
    );
  });

  it("says when no record and no total changed, and labels every total", () => {
    const none: DataDiff = { versionAfter: "1.0.0", files: [{ file: "units.json", added: [], removed: [], changed: [] }], totals: [] };
    expect(formatDiff(none)).toBe(
      ["Data changes: version (none) → 1.0.0", "\nNo record changed.", "", "Effect on yearly totals (computed from commune records)", "-------------------------------------------------------", "No yearly total changed."].join("\n"),
    );
    expect(formatDiff(none, true)).toBe(["## Data changes: (none) → 1.0.0", "No record changed.", "### Effect on yearly totals (computed from commune records)", "No yearly total changed."].join("\n"));
    const labels = formatDiff({ ...none, totals: (["communes", "ntm", "nangCao", "kieuMau", "undetermined"] as const).map((field) => ({ year: 2020, field, before: 1, after: 2 })) });
    expect(labels.split("\n").slice(-5)).toEqual([
      "  2020 communes in the programme: 1 → 2",
      "  2020 known NTM: 1 → 2",
      "  2020 known nâng cao: 1 → 2",
      "  2020 known kiểu mẫu: 1 → 2",
      "  2020 undetermined (may or may not have reached NTM): 1 → 2",
    ]);
  });
});
