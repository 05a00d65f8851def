import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { checkDataset, DATA_FILES, formatProblem } from "../../src/data/check";
import { checkDir, loadDataset, readSchemas, readTexts } from "../../src/data/load";

const FIX = "tests/fixtures/data";
const GEO = new Set(["00001", "00002", "00003"]);

/** The valid fixture with one case's broken file(s) laid over it. */
function check(name: string) {
  const texts = readTexts(`${FIX}/valid`);
  for (const f of DATA_FILES) {
    const path = `${FIX}/${name}/${f}.json`;
    if (name !== "valid" && existsSync(path)) texts[f] = readFileSync(path, "utf8");
  }
  const r = checkDataset(texts, readSchemas(), { geoIds: GEO });
  return { errors: r.errors.map(formatProblem), warnings: r.warnings.map(formatProblem), parsed: r.parsed };
}

describe("data:check on fixtures, one per kind of bad input", () => {
  it("passes the valid fixture", () => {
    const r = check("valid");
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.parsed?.units.units).toHaveLength(5);
  });

  it.each([
    ["bad-json", `data/recognitions.json: is not valid JSON: Expected ',' or '}' after property value (line 3, column 16). Check for a missing comma or quote there.`],
    ["missing-field", `data/recognitions.json › record #1 (id "xa-mot-nang-cao-2019") › field "year": is missing; it is required. See the file's JSON Schema in data/schema/.`],
    ["wrong-type", `data/recognitions.json › record #0 (id "xa-mot-ntm-2015") › field "year": must be integer. See the file's JSON Schema in data/schema/.`],
    ["unknown-source", `data/recognitions.json › record #0 (id "xa-mot-ntm-2015") › field "sources": cites source "s9", which is not in data/sources.json. Add the source there, or fix the id.`],
    ["unknown-parent", `data/units.json › record #2 (id "xa-mot") › field "parent": names parent "huyen-z", which is not a unit in data/units.json. Use the id of an existing unit.`],
    ["duplicate-id", `data/units.json › record #3 (id "xa-mot") › field "id": repeats the id of record #2. Every unit needs its own id.`],
    ["duplicate-geo-id", `data/units.json › record #3 (id "xa-hai") › field "geo_id": joins boundary feature 00001, already joined by record #2. Each boundary feature belongs to one unit.`],
    ["time-travel", `data/recognitions.json › record #1 (id "xa-mot-nang-cao-2019") › field "year": puts nâng cao in 2012, before NTM in 2015 (record #0, id "xa-mot-ntm-2015"). A higher tier cannot come before the tier below it; check both years.`],
    ["ward-recognised", `data/recognitions.json › record #4 (id "xa-hai-nang-cao-2020") › field "year": recognises Xã Hai in 2020, but it became a ward on 2018-01-01. A unit cannot be recognised after it left the rural programme; check the year or the unit.`],
    ["never-in-programme", `data/recognitions.json › record #4 (id "phuong-ba-ntm-2015") › field "unit": recognises Phường Ba, a ward (phường), which was never in the rural programme. Only communes (xã) are recognised.`],
    ["orphan-source", `data/sources.json › record #2 (id "s3"): is not cited by any record. Remove it, or cite it where it is used.`],
    ["count-too-large", `data/district-counts.json › record #0 (id "huyen-a-2016-ntm") › field "count": says 3 communes of Huyện A had reached NTM by the end of 2016, but Huyện A had only 2 communes in the programme that year. Check the count, the year and the unit against the source.`],
    ["count-below-located", `data/district-counts.json › record #0 (id "huyen-a-2019-nang-cao") › field "count": says 0 communes of Huyện A had reached nâng cao by the end of 2019, but the records place 1 there by then (Xã Một). One of them is wrong: check the count's source and the commune records' years.`],
    ["lower-after-upper", `data/recognitions.json › record #4 (id "xa-hai-ntm-2017-basically-met") › field "year": says Xã Hai had not yet reached NTM by the end of 2017 (basically met (cơ bản đạt) for 2017), but record #2 (id "xa-hai-ntm-2016") puts it at NTM no later than 2016. A lower bound cannot come after an upper bound; check both years and the wording.`],
    ["not-yet-after-recognition", `data/recognitions.json › record #4 (id "xa-mot-nang-cao-2020-appraised") › field "year": says Xã Một had not yet reached nâng cao by the end of 2019 (appraised (thẩm định) for 2020), but record #1 (id "xa-mot-nang-cao-2019") recognises it in 2019. Evidence of "not yet" cannot be dated after the commune's own recognition; check both years and the wording.`],
  ])("%s → names file, record and field", (name, message) => {
    const r = check(name);
    expect(r.errors).toContain(message);
    expect(r.parsed).toBeUndefined();
  });

  it("reports a boundary feature no unit joins", () => {
    expect(check("duplicate-geo-id").errors).toContain(
      "data/units.json: no unit joins boundary feature 00002. Add the unit, with geo_id set to that code.",
    );
  });

  it("reports each evidence conflict once, with the exact message and nothing else", () => {
    for (const name of ["count-too-large", "count-below-located", "lower-after-upper", "not-yet-after-recognition"]) expect(check(name).errors, name).toHaveLength(1);
  });

  it("lists every problem at once, not only the first", () => {
    expect(check("duplicate-id").errors.length).toBeGreaterThan(1);
  });

  it("warns, without failing, when reported totals contradict commune records", () => {
    const r = check("totals-mismatch");
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      `data/province-series.json › record #0 (id "p2019") › field "ntm": reports 0 communes at NTM for 2019, but commune records in data/recognitions.json already place 1 there by then. One of the two is wrong, or the frames differ; check both sources.`,
    ]);
  });
});

describe("the real data/", () => {
  it("passes data:check with no errors", () => {
    const r = checkDir("data");
    expect(r.errors.map(formatProblem)).toEqual([]);
  });

  it("loads as a typed dataset with a semver version", () => {
    const d = loadDataset("data");
    expect(d.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(d.units.filter((u) => u.geo_id)).toHaveLength(186);
    expect(d.recognitions.every((r) => r.sources.length > 0)).toBe(true);
  });

  it("throws the checker's messages when the data is broken", () => {
    expect(() => loadDataset(`${FIX}/missing-field`, { geoIds: false })).toThrow(/data\/units.json: is missing\. Every data file must exist/);
  });
});
