import { describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDataset, DATA_FILES, formatProblem } from "../../src/data/check";
import { boundaryIds, checkDir, loadDataset, readSchemas, readTexts } from "../../src/data/load";

const FIX = "tests/fixtures/data";
const GEO = new Set(["00001", "00002", "00003"]);
const LEFT = "A unit cannot be recognised after it left the rural programme; check the year or the unit.";
const ENTERED = "A unit cannot be recognised before it entered the rural programme; check the year or the unit.";

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

/** The valid fixture with one case laid over it, loaded as a build loads it (a DataError when it does not load). */
function checkOrThrow(name: string) {
  const dir = mkdtempSync(join(tmpdir(), "ntm-check-"));
  try {
    cpSync(`${FIX}/valid`, dir, { recursive: true });
    cpSync(`${FIX}/${name}`, dir, { recursive: true });
    return loadDataset(dir, { geoIds: false });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
    ["ward-recognised", `data/recognitions.json › record #4 (id "xa-hai-nang-cao-2020") › field "year": recognises Xã Hai in 2020, but it became a ward (phường) on 2018-01-01: the map would not show this recognition. ${LEFT}`],
    // The model reads a frame year at its end (31 December): a unit that became a ward or merged away during its
    // standard year is already out of the programme in that year's map, so the check must refuse it too.
    ["ward-same-year", `data/recognitions.json › record #4 (id "xa-hai-nang-cao-2018") › field "year": recognises Xã Hai in 2018, but it became a ward (phường) on 2018-01-01: the map would not show this recognition. ${LEFT}`],
    ["renamed-to-ward", `data/recognitions.json › record #4 (id "xa-hai-nang-cao-2018") › field "year": recognises Xã Hai in 2018, but it became a ward (phường) on 2018-01-01: the map would not show this recognition. ${LEFT}`],
    ["merged-same-year", `data/recognitions.json › record #4 (id "xa-hai-nang-cao-2019") › field "year": recognises Xã Hai in 2019, but it had merged (sáp nhập) into Xã Một (id "xa-mot") on 2019-06-01: the map would not show this recognition. ${LEFT}`],
    // Xã Hai's lineage lists its two split parts of 1 July 2025 before it became a ward in 2018: a split does not
    // take a commune out of the programme, becoming a ward does, and the message names that event.
    ["split-then-ward", `data/recognitions.json › record #4 (id "xa-hai-nang-cao-2025") › field "year": recognises Xã Hai in 2025, but it became a ward (phường) on 2018-01-01: the map would not show this recognition. ${LEFT}`],
    // Phường Ba became a commune in 2016: recognised in 2015, it was not yet in the programme.
    ["ward-then-commune-early", `data/recognitions.json › record #4 (id "phuong-ba-ntm-2015") › field "year": recognises Phường Ba in 2015, but it was a ward (phường) until 2016-01-01, when it became a commune (xã): the map would not show this recognition. ${ENTERED}`],
    ["source-url-not-uri", `data/sources.json › record #0 (id "s1") › field "url": is "báo một, trang 3", which is not a web address (a URI such as https://example.org/page). Write the whole address, with https:// or http://, or null when the source is not online.`],
    ["created-later", `data/recognitions.json › record #0 (id "xa-mot-ntm-2015") › field "year": recognises Xã Một in 2015, but it was created only on 2016-01-01: the map would not show this recognition. ${ENTERED}`],
    ["district-merged", `data/recognitions.json › record #4 (id "huyen-b-ntm-2017") › field "year": recognises Huyện B in 2017, but it no longer existed by the end of 2017: the map would not show this recognition. ${LEFT}`],
    ["merger-cycle", `data/units.json › record #3 (id "xa-hai") › field "lineage[0].into": merges Xã Hai into "xa-mot", but following the mergers from there leads back to "xa-hai": the territory would belong to no unit. One unit of the chain must keep existing; check the merger targets.`],
    ["two-exact-years", `data/recognitions.json › record #1 (id "xa-mot-ntm-2016") › field "year": gives NTM in 2016, but record #0 (id "xa-mot-ntm-2015") gives 2015 for the same unit and tier: the map would show only one of them. Keep one exact year; if the sources truly disagree, mark both records confidence low and explain the disagreement in their notes.`],
    ["never-in-programme", `data/recognitions.json › record #4 (id "phuong-ba-ntm-2015") › field "unit": recognises Phường Ba, a ward (phường), which was never in the rural programme. Only communes (xã) are recognised.`],
    ["successor-not-unit", `data/units.json › record #4 (id "phuong-ba") › field "lineage[0].into": names "ba-2025" as the unit it became on 1 July 2025, but no unit in data/units.json has that id. Add the unit of 2025, or use its id.`],
    ["successor-not-2025", `data/units.json › record #4 (id "phuong-ba") › field "lineage[0].into": names "huyen-a" as the unit it became on 1 July 2025, but Huyện A has no gso_2025: it is not a unit of 2025. Point to the unit of 2025, or give that unit its 2025 code.`],
    ["unit-2025-no-code", `data/units.json › record #6 (id "hai-2025") › field "gso_2025": is missing: Hai is a unit of 1 July 2025 and needs its GSO code. Add the 5-digit code from the GSO list of 1 July 2025.`],
    ["no-fate-2025", `data/units.json › record #4 (id "phuong-ba") › field "lineage": has no fate on 1 July 2025: Phường Ba still existed on 30 June 2025. Add the merged-into or split event(s) naming the unit(s) of 2025 it became, or its gso_2025 if it was kept.`],
    ["split-part-unlisted", `data/units.json › record #3 (id "xa-hai") › field "lineage[2].into": is missing: each part of Xã Hai's split must name the unit it went to. Add the id of the unit of 2025 that received this part.`],
    ["split-one-part", `data/units.json › record #3 (id "xa-hai") › field "lineage": lists one part of a split on 1 July 2025: a split has at least two parts, each naming the unit it went to. Add the other part(s), or record a merged-into event instead.`],
    ["count-too-large", `data/district-counts.json › record #0 (id "huyen-a-2016-ntm") › field "count": says 3 communes of Huyện A had reached NTM by the end of 2016, but Huyện A had only 2 communes in the programme that year. Check the count, the year and the unit against the source.`],
    ["count-below-located", `data/district-counts.json › record #0 (id "huyen-a-2019-nang-cao") › field "count": says 0 communes of Huyện A had reached nâng cao by the end of 2019, but the records place 1 there by the end of 2019 (Xã Một). One of them is wrong: check the count's source and the commune records' years.`],
    ["lower-after-upper", `data/recognitions.json › record #4 (id "xa-hai-ntm-2017-basically-met") › field "year": says Xã Hai had not yet reached NTM by the end of 2017 (basically met (cơ bản đạt) for 2017), but record #2 (id "xa-hai-ntm-2016") puts it at NTM no later than 2016. A lower bound cannot come after an upper bound; check both years and the wording.`],
    ["not-yet-after-recognition", `data/recognitions.json › record #4 (id "xa-mot-nang-cao-2020-appraised") › field "year": says Xã Một had not yet reached nâng cao by the end of 2019 (appraised (thẩm định) for 2020), but record #1 (id "xa-mot-nang-cao-2019") recognises it in 2019. Evidence of "not yet" cannot be dated after the commune's own recognition; check both years and the wording.`],
  ])("%s → names file, record and field", (name, message) => {
    const r = check(name);
    expect(r.errors).toContain(message);
    expect(r.parsed).toBeUndefined();
  });

  it("passes a fixture with units of 1 July 2025 and a fate for every 2019 unit", () => {
    const r = check("valid-2025");
    expect(r.errors).toEqual([]);
    expect(r.parsed?.units.units.filter((u) => u.gso_2025)).toHaveLength(2);
  });

  it("reports a boundary feature no unit joins", () => {
    expect(check("duplicate-geo-id").errors).toContain(
      "data/units.json: no unit joins boundary feature 00002. Add the unit, with geo_id set to that code.",
    );
  });

  it("reports each evidence conflict once, with the exact message and nothing else", () => {
    for (const name of ["count-too-large", "count-below-located", "lower-after-upper", "not-yet-after-recognition"]) expect(check(name).errors, name).toHaveLength(1);
  });

  it("says each problem in one line: a URL that is not a URI, a recognition out of the programme", () => {
    for (const name of ["source-url-not-uri", "split-then-ward", "ward-then-commune-early", "merged-same-year"]) expect(check(name).errors, name).toHaveLength(1);
  });

  it("lists every problem at once, not only the first", () => {
    expect(check("duplicate-id").errors.length).toBeGreaterThan(1);
  });

  it("warns, without failing, about a source no record cites yet (the editor saves a new source before its record)", () => {
    const r = check("orphan-source");
    expect(r.errors).toEqual([]);
    expect(r.parsed).toBeDefined();
    expect(r.warnings).toEqual([
      `data/sources.json › record #2 (id "s3"): is not cited by any record yet. Cite it from the record it supports (in the editor: save that record next); if no record needs it, remove it.`,
    ]);
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
    // one unit per boundary feature (the count comes from the boundary file, not typed in)
    expect(d.units.filter((u) => u.geo_id).map((u) => u.geo_id).sort()).toEqual([...boundaryIds()].sort());
    expect(d.recognitions.every((r) => r.sources.length > 0)).toBe(true);
  });

  it("throws the checker's messages when a file is missing and when a record is broken", () => {
    // a fixture folder holds only the broken file: read alone, every other file is missing
    expect(() => loadDataset(`${FIX}/missing-field`, { geoIds: false })).toThrow(/data\/units.json: is missing\. Every data file must exist/);
    const broken = check("missing-field").errors;
    expect(broken).toHaveLength(1);
    expect(() => checkOrThrow("missing-field")).toThrow(broken[0]);
  });
});

describe("data:check and the map agree on what a recognition shows", () => {
  // For each lineage fixture the checker refuses, the status model indeed never shows the recognised tier in
  // the record's year: the rule is the model's own, not a copy that could drift.
  it.each(["ward-same-year", "renamed-to-ward", "merged-same-year", "created-later"])("%s: the model drops what the checker refuses", async (name) => {
    const { makeStatusModel } = await import("../../src/lib/status");
    const texts = readTexts(`${FIX}/valid`);
    for (const f of DATA_FILES) {
      const path = `${FIX}/${name}/${f}.json`;
      if (existsSync(path)) texts[f] = readFileSync(path, "utf8");
    }
    const units = JSON.parse(texts.units).units;
    const recs = JSON.parse(texts.recognitions).recognitions;
    const refused = check(name).errors.map((e) => /id "([^"]+)"/.exec(e)?.[1]);
    const model = makeStatusModel(units, recs);
    for (const r of recs.filter((x: { id: string }) => refused.includes(x.id))) {
      expect(model.statusAt(r.unit, r.year).status).not.toBe(r.level);
    }
    expect(refused.length).toBeGreaterThan(0);
  });
});
