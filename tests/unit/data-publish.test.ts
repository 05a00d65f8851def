import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/types";
import { csvParse } from "d3";
import { loadDataset } from "../../src/data/load";
import { PUBLISHED, toCsv, toJson } from "../../src/data/publish";

// Loaded in the first test's beforeEach, not at import: loading runs the checker (and so src/lib), and StrykerJS
// counts code run outside a test as "static", rerunning the whole suite for each of its mutants.
let d: Dataset;
beforeEach(() => {
  d ??= loadDataset("tests/fixtures/data/valid", { geoIds: false });
});

describe("published datasets", () => {
  it("writes one CSV row per record with a header, arrays joined by ;", () => {
    const rows = csvParse(toCsv("recognitions", d));
    expect(rows).toHaveLength(d.recognitions.length);
    expect(rows.columns.slice(0, 4)).toEqual(["id", "unit", "level", "year"]);
    expect(rows[0]).toMatchObject({ id: "xa-mot-ntm-2015", year: "2015", sources: "s1" });
  });

  it("flattens lineage to one row per event and indicators to one row per point", () => {
    expect(csvParse(toCsv("lineage", d))).toEqual(
      expect.arrayContaining([expect.objectContaining({ unit: "xa-hai", event: "became-ward", date: "2018-01-01" })]),
    );
    expect(csvParse(toCsv("indicators", d))[0]).toMatchObject({ indicator: "income", value: "40.5", unit: "million dong" });
  });

  it("keeps Vietnamese text intact and carries the version in the JSON", () => {
    expect(toCsv("units", d)).toContain("Xã Một");
    expect(JSON.parse(toJson("sources", d))).toMatchObject({ version: "1.0.0", sources: d.sources });
  });

  it("publishes every dataset", () => {
    for (const name of PUBLISHED) expect(toCsv(name, d).split("\n").length).toBeGreaterThan(1);
  });
});
