/**
 * data:check, rule by rule and message by message, on the small valid fixture (tests/fixtures/data/valid/:
 * a province, Huyện A, Xã Một, Xã Hai which became a ward in 2018, Phường Ba) with one edit at a time.
 * Each case names what it breaks; each expectation is the exact line an editor would read, naming file,
 * record and field. (The fixtures on disk, one folder per kind of bad input, are in data-check.test.ts.)
 */
import { beforeEach, describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { checkDataset, collapseCombinators, DATA_FILES, formatProblem, type DataFileName } from "../../src/data/check";
import { readSchemas, readTexts } from "../../src/data/load";

const GEO = new Set(["00001", "00002", "00003"]);
// Read in beforeEach, not at import: StrykerJS counts what runs at import as static (every mutant of it would
// run every test file).
let SCHEMAS: ReturnType<typeof readSchemas>;
let VALID: ReturnType<typeof readTexts>;
beforeEach(() => {
  SCHEMAS = readSchemas();
  VALID = readTexts("tests/fixtures/data/valid");
});
const SCHEMA_HINT = "See the file's JSON Schema in data/schema/.";
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The valid fixture, parsed, edited by `edit`, then checked (as text, as data:check reads it). */
function check(edit: (d: Record<DataFileName, Json>) => void = () => {}, texts: Partial<Record<DataFileName, string | undefined>> = {}) {
  const d = Object.fromEntries(DATA_FILES.map((f) => [f, VALID[f] === undefined ? undefined : JSON.parse(VALID[f])])) as Record<DataFileName, Json>;
  d["district-counts"] ??= { counts: [] };
  edit(d);
  const all = Object.fromEntries(DATA_FILES.map((f) => [f, f in texts ? texts[f] : JSON.stringify(d[f], null, 2)])) as Record<DataFileName, string>;
  const r = checkDataset(all, SCHEMAS, { geoIds: GEO });
  return { errors: r.errors.map(formatProblem), warnings: r.warnings.map(formatProblem), parsed: r.parsed };
}
const rec = (over: Json) => ({ precision: "year", wording: "recognised", sources: ["s1"], ...over });
const count = (over: Json) => ({ wording: "recognised", sources: ["s1"], ...over });

describe("formatProblem", () => {
  it("joins file, record, id and field, ends the message with a stop, and adds the hint", () => {
    expect(formatProblem({ file: "data/x.json", message: "is wrong" })).toBe("data/x.json: is wrong.");
    expect(formatProblem({ file: "data/x.json", message: "is wrong!" })).toBe("data/x.json: is wrong!");
    expect(formatProblem({ file: "data/x.json", message: "is it?", hint: "Fix it." })).toBe("data/x.json: is it? Fix it.");
    expect(formatProblem({ file: "data/x.json", index: 0, message: "m." })).toBe("data/x.json › record #0: m.");
    expect(formatProblem({ file: "data/x.json", index: 3, id: "r", field: "f", message: "m" })).toBe('data/x.json › record #3 (id "r") › field "f": m.');
    expect(formatProblem({ file: "data/x.json", field: "f", message: "m" })).toBe('data/x.json › field "f": m.');
  });
});

describe("data:check: files and JSON", () => {
  it("accepts the valid fixture and hands out what it parsed", () => {
    const r = check();
    expect(r.errors).toEqual([]);
    expect(r.parsed?.units.units.map((u) => u.id)).toEqual(JSON.parse(VALID.units).units.map((u: Json) => u.id));
    expect(r.parsed?.["district-counts"].counts).toEqual([]);
  });

  it("reports every missing file but reads an absent district-counts.json as no counts", () => {
    const r = check(undefined, { units: undefined, sources: undefined, "district-counts": undefined });
    expect(r.errors).toEqual([
      "data/units.json: is missing. Every data file must exist; restore it from git.",
      "data/sources.json: is missing. Every data file must exist; restore it from git.",
    ]);
    expect(r.parsed).toBeUndefined();
    const ok = check(undefined, { "district-counts": undefined });
    expect(ok.errors).toEqual([]);
    expect(ok.parsed?.["district-counts"].counts).toEqual([]);
  });

  it("reports JSON that ends early, and where JSON breaks on a later line", () => {
    expect(check(undefined, { sources: "" }).errors).toEqual([
      "data/sources.json: is not valid JSON: Unexpected end of JSON input. Check for a missing comma or quote there.",
    ]);
    expect(check(undefined, { sources: '{\n  "sources": []\n  "x": 1\n}' }).errors).toEqual([
      "data/sources.json: is not valid JSON: Expected ',' or '}' after property value (line 3, column 3). Check for a missing comma or quote there.",
    ]);
    expect(check(undefined, { sources: '{"sources": [] "x": 1}' }).errors).toEqual([
      "data/sources.json: is not valid JSON: Expected ',' or '}' after property value (line 1, column 16). Check for a missing comma or quote there.",
    ]);
  });
});

describe("data:check: schema errors in plain words", () => {
  it("names an unknown field of a record", () => {
    expect(check((d) => (d.units.units[2].colour = "red")).errors).toEqual([
      `data/units.json › record #2 (id "xa-mot") › field "colour": is not a known field (misspelt?). ${SCHEMA_HINT}`,
    ]);
  });

  it("names the nested field of a lineage event: a missing date, a value not in the list", () => {
    const r = check((d) => {
      delete d.units.units[3].lineage[0].date;
      d.units.units[3].lineage.push({ event: "moved", date: "2019", sources: ["s1"] });
    });
    expect(r.errors).toEqual([
      `data/units.json › record #3 (id "xa-hai") › field "lineage[0].date": is missing; it is required. ${SCHEMA_HINT}`,
      `data/units.json › record #3 (id "xa-hai") › field "lineage[1].event": must be one of: "became-ward", "merged-into", "renamed", "type-changed", "split". ${SCHEMA_HINT}`,
    ]);
  });

  it("names an unknown field inside a record's event by its path", () => {
    expect(check((d) => (d.units.units[3].lineage[0].colour = "red")).errors).toEqual([
      `data/units.json › record #3 (id "xa-hai") › field "lineage[0].colour": is not a known field (misspelt?). ${SCHEMA_HINT}`,
    ]);
  });

  it("hands out problems with no record and no field when the whole file is wrong", () => {
    const d = Object.fromEntries(DATA_FILES.map((f) => [f, VALID[f] ?? '{ "counts": [] }'])) as Record<DataFileName, string>;
    expect(checkDataset({ ...d, sources: "[]" }, SCHEMAS).errors).toStrictEqual([
      { file: "data/sources.json", index: undefined, id: undefined, field: undefined, message: "must be object", hint: "See the file's JSON Schema in data/schema/." },
    ]);
  });

  it("counts records and list items past 9, and names a record that is not an object", () => {
    const r = check((d) => {
      const recs = d.recognitions.recognitions;
      for (let i = 0; i < 9; i++) recs.push({ ...recs[3], id: `huyen-a-ntm-2017-${i}` });
      recs[12].year = "2017";
      const pts = d.indicators.indicators[0].points;
      for (let i = 0; i < 11; i++) pts.push({ ...pts[0], id: `income-${i}` });
      pts[11].value = "many";
    });
    expect(r.errors).toEqual([
      `data/recognitions.json › record #12 (id "huyen-a-ntm-2017-8") › field "year": must be integer. ${SCHEMA_HINT}`,
      `data/indicators.json › record #0 (id "income") › field "points[11].value": must be number. ${SCHEMA_HINT}`,
    ]);
    expect(check((d) => (d.sources.sources[1] = "s2")).errors).toEqual([`data/sources.json › record #1: must be object. ${SCHEMA_HINT}`]);
    expect(check(undefined, { sources: "null" }).errors).toEqual([`data/sources.json: must be object. ${SCHEMA_HINT}`]);
  });

  it("names an id of the wrong form, and a record whose id is not text", () => {
    expect(check((d) => (d.recognitions.recognitions[1].id = "Xa Mot")).errors).toEqual([
      `data/recognitions.json › record #1 (id "Xa Mot") › field "id": does not have the expected form (^[a-z0-9]+(-[a-z0-9]+)*$). ${SCHEMA_HINT}`,
    ]);
    expect(check((d) => (d.sources.sources[1].id = 2)).errors).toEqual([`data/sources.json › record #1 › field "id": must be string. ${SCHEMA_HINT}`]);
  });

  it("checks formats (a source URL that is not a URI), and names a file that is not an object", () => {
    // url is a URI or null: ajv reports both branches of the anyOf, then the anyOf itself; the editor reads one line
    expect(check((d) => (d.sources.sources[0].url = "not a url")).errors).toEqual([
      `data/sources.json › record #0 (id "s1") › field "url": is "not a url", which is not a web address (a URI such as https://example.org/page). Write the whole address, with https:// or http://, or null when the source is not online.`,
    ]);
    expect(check((d) => (d.sources = [] as unknown as Json)).errors).toEqual([`data/sources.json: must be object. ${SCHEMA_HINT}`]);
  });

  it("says in one line what a value matching no branch of an anyOf should be", () => {
    // a string of the wrong form: the string branch's own failure, not the null branch's
    expect(check((d) => (d.units.units[2].parent = "Huyen A")).errors).toEqual([
      `data/units.json › record #2 (id "xa-mot") › field "parent": does not have the expected form (^[a-z0-9]+(-[a-z0-9]+)*$). ${SCHEMA_HINT}`,
    ]);
    // a value of neither type: the types it may have
    expect(check((d) => (d.sources.sources[1].url = 5)).errors).toEqual([`data/sources.json › record #1 (id "s2") › field "url": must be string or null. ${SCHEMA_HINT}`]);
    // a oneOf: the branch of the value's type (an object) says which language is missing
    expect(check((d) => (d.recognitions.recognitions[0].note = { vi: "ghi chú" })).errors).toEqual([
      `data/recognitions.json › record #0 (id "xa-mot-ntm-2015") › field "note.en": is missing; it is required. ${SCHEMA_HINT}`,
    ]);
    // two broken values in one record, and the same field in two records: one line each
    expect(
      check((d) => {
        d.sources.sources[0].url = "x y";
        d.sources.sources[0].published = 2021;
        d.sources.sources[1].url = "also not";
      }).errors,
    ).toEqual([
      `data/sources.json › record #0 (id "s1") › field "url": is "x y", which is not a web address (a URI such as https://example.org/page). Write the whole address, with https:// or http://, or null when the source is not online.`,
      `data/sources.json › record #0 (id "s1") › field "published": must be string or null. ${SCHEMA_HINT}`,
      `data/sources.json › record #1 (id "s2") › field "url": is "also not", which is not a web address (a URI such as https://example.org/page). Write the whole address, with https:// or http://, or null when the source is not online.`,
    ]);
  });

  it("collapses each combinator on its own, and keeps a oneOf that more than one branch matches", () => {
    const errorsOf = (schema: object, value: unknown) => {
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
      validate(value);
      return collapseCombinators(validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}: ${e.keyword === "type" ? `must be ${e.params.type}` : e.message}`);
    };
    const twoFields = { properties: { a: { anyOf: [{ type: ["string", "number"] }, { type: "null" }] }, ab: { anyOf: [{ type: "string", minLength: 2 }, { type: "null" }] } } };
    expect(errorsOf(twoFields, { a: true, ab: "x" })).toEqual(["/a type: must be string or number or null", "/ab minLength: must NOT have fewer than 2 characters"]);
    expect(errorsOf({ oneOf: [{ type: "number" }, { minimum: 0 }] }, 3)).toEqual([" oneOf: must match exactly one schema in oneOf"]);
    expect(errorsOf({ type: "object", required: ["x"] }, {})).toEqual([" required: must have required property 'x'"]);
  });

  it("keeps ajv's words for other keywords (a year out of range)", () => {
    expect(check((d) => (d.recognitions.recognitions[0].year = 2000)).errors).toEqual([
      `data/recognitions.json › record #0 (id "xa-mot-ntm-2015") › field "year": must be >= 2009. ${SCHEMA_HINT}`,
    ]);
  });

  it("names the file's own fields when the problem is outside the records", () => {
    expect(check((d) => (d.sources = { list: [] })).errors).toEqual([
      `data/sources.json › field "sources": is missing; it is required. ${SCHEMA_HINT}`,
      `data/sources.json › field "list": is not a known field (misspelt?). ${SCHEMA_HINT}`,
    ]);
    expect(check((d) => (d.units.units = "none")).errors).toEqual([`data/units.json › field "units": must be array. ${SCHEMA_HINT}`]);
  });

  it("reports schema errors of every file, and runs no rule until the files are valid", () => {
    const r = check((d) => {
      d.units.units[2].colour = "red";
      d.indicators.indicators[0].points[0].year = "2019";
      d.recognitions.recognitions[0].sources = ["s9"]; // a rule error, not reported yet
    });
    expect(r.errors).toEqual([
      `data/units.json › record #2 (id "xa-mot") › field "colour": is not a known field (misspelt?). ${SCHEMA_HINT}`,
      `data/indicators.json › record #0 (id "income") › field "points[0].year": must be integer. ${SCHEMA_HINT}`,
    ]);
  });
});

describe("data:check: ids and references", () => {
  it("names a repeated id in each file, with the record it repeats", () => {
    const r = check((d) => {
      d.recognitions.recognitions[2].id = "xa-mot-ntm-2015";
      d["province-series"].points.push({ ...d["province-series"].points[0], shown: false, why: { vi: "trùng", en: "same" } });
      d.indicators.indicators.push({ ...d.indicators.indicators[0], points: [] });
      d.sources.sources.push({ ...d.sources.sources[0] });
    });
    expect(r.errors).toEqual([
      'data/recognitions.json › record #2 (id "xa-mot-ntm-2015") › field "id": repeats the id of record #0. Every recognition needs its own id.',
      'data/province-series.json › record #1 (id "p2019") › field "id": repeats the id of record #0. Every point needs its own id.',
      'data/indicators.json › record #1 (id "income") › field "id": repeats the id of record #0. Every indicator needs its own id.',
      'data/sources.json › record #2 (id "s1") › field "id": repeats the id of record #0. Every source needs its own id.',
    ]);
  });

  it("names an unknown unit, absorbing unit or source wherever it is cited", () => {
    const r = check((d) => {
      d.recognitions.recognitions[2].unit = "xa-bon";
      d.units.units[3].lineage[0].sources = ["s2", "s7"];
      d.units.units[4].lineage = [{ event: "merged-into", date: "2020", into: "xa-nam", sources: ["s1"] }];
      d.indicators.indicators[0].points[0].sources = ["s8"];
    });
    expect(r.errors).toEqual([
      'data/units.json › record #3 (id "xa-hai") › field "lineage[0].sources": cites source "s7", which is not in data/sources.json. Add the source there, or fix the id.',
      'data/units.json › record #4 (id "phuong-ba") › field "lineage[0].into": names the absorbing unit "xa-nam", which is not a unit in data/units.json. Use the id of an existing unit.',
      'data/recognitions.json › record #2 (id "xa-hai-ntm-2016") › field "unit": names unit "xa-bon", which is not a unit in data/units.json. Use the id of an existing unit.',
      'data/indicators.json › record #0 (id "income") › field "points[0].sources": cites source "s8", which is not in data/sources.json. Add the source there, or fix the id.',
    ]);
  });

  it("names a unit citing an unknown source", () => {
    expect(check((d) => (d.units.units[1].sources = ["s0"])).errors).toEqual([
      'data/units.json › record #1 (id "huyen-a") › field "sources": cites source "s0", which is not in data/sources.json. Add the source there, or fix the id.',
    ]);
  });

  it("names a province point citing an unknown source", () => {
    expect(check((d) => (d["province-series"].points[0].sources = ["s1", "s6"])).errors).toEqual([
      'data/province-series.json › record #0 (id "p2019") › field "sources": cites source "s6", which is not in data/sources.json. Add the source there, or fix the id.',
    ]);
  });

  it("names a unit whose boundary code the boundary file does not have", () => {
    const r = check((d) => (d.units.units[4].geo_id = "00009"));
    expect(r.errors).toEqual([
      'data/units.json › record #4 (id "phuong-ba") › field "geo_id": is 00009, but the boundary file has no feature with that gso_code. Check the code against the GSO list.',
      "data/units.json: no unit joins boundary feature 00003. Add the unit, with geo_id set to that code.",
    ]);
  });

  it("checks boundary codes only against a boundary file it was given", () => {
    const d = Object.fromEntries(DATA_FILES.map((f) => [f, VALID[f] ?? '{ "counts": [] }'])) as Record<DataFileName, string>;
    const units = JSON.parse(d.units);
    units.units[4].geo_id = "00009";
    expect(checkDataset({ ...d, units: JSON.stringify(units) }, SCHEMAS).errors).toEqual([]);
  });
});

describe("data:check: mergers", () => {
  it("accepts a chain of mergers that ends in a unit, and names a chain that loops back", () => {
    const merge = (into: string) => [{ event: "merged-into", date: "2020-01-01", into, sources: ["s1"] }];
    expect(
      check((d) => {
        d.units.units[4].lineage = merge("xa-hai");
        d.units.units[3].lineage.push(...merge("xa-mot"));
      }).errors,
    ).toEqual([]);
    const r = check((d) => {
      d.units.units[4].lineage = merge("xa-hai");
      d.units.units[3].lineage.push(...merge("xa-mot"));
      d.units.units[2].lineage = merge("phuong-ba");
    });
    expect(r.errors).toContain(
      'data/units.json › record #4 (id "phuong-ba") › field "lineage[0].into": merges Phường Ba into "xa-hai", but following the mergers from there leads back to "phuong-ba": the territory would belong to no unit. One unit of the chain must keep existing; check the merger targets.',
    );
    expect(r.errors).toContain(
      'data/units.json › record #3 (id "xa-hai") › field "lineage[1].into": merges Xã Hai into "xa-mot", but following the mergers from there leads back to "xa-hai": the territory would belong to no unit. One unit of the chain must keep existing; check the merger targets.',
    );
  });
});

describe("data:check: province points", () => {
  it("asks why a point is not shown, and refuses two shown claims of one year and wording", () => {
    const r = check((d) => {
      const p = d["province-series"].points;
      p.push({ ...p[0], id: "p2019-hidden", shown: false });
      p.push({ ...p[0], id: "p2019-a", shown: true });
      p.push({ ...p[0], id: "p2019-b", shown: true });
      p.push({ ...p[0], id: "p2019-target", wording: "target", shown: true });
      p.push({ ...p[0], id: "p2020", year: 2020, as_of: "2020-12-31", shown: true });
    });
    expect(r.errors).toEqual([
      'data/province-series.json › record #1 (id "p2019-hidden") › field "why": is missing: a point not shown must say why. Explain which claim the site shows instead.',
      'data/province-series.json › record #3 (id "p2019-b") › field "shown": is true, as for record #2 of the same year: only one claim per year can be shown. Set shown to false on the other, with a why.',
    ]);
  });
});

describe("data:check: recognitions the map can show", () => {
  it("names the unit a township recognition is for: never in the programme", () => {
    const r = check((d) => {
      d.units.units[4].type = "thi-tran";
      d.recognitions.recognitions.push(rec({ id: "phuong-ba-ntm-2015", unit: "phuong-ba", level: "ntm", year: 2015 }));
    });
    expect(r.errors).toEqual([
      'data/recognitions.json › record #4 (id "phuong-ba-ntm-2015") › field "unit": recognises Phường Ba, a township (thị trấn), which was never in the rural programme. Only communes (xã) are recognised.',
    ]);
  });

  it("accepts a ward that was a commune until it became one, recognised before", () => {
    const r = check((d) => {
      d.units.units[4].lineage = [{ event: "type-changed", date: "2012-01-01", new_type: "xa", sources: ["s1"] }, { event: "became-ward", date: "2020-01-01", sources: ["s1"] }];
      d.recognitions.recognitions.push(rec({ id: "phuong-ba-ntm-2016", unit: "phuong-ba", level: "ntm", year: 2016 }));
    });
    expect(r.errors).toEqual([]);
  });

  it("only judges formal recognitions: a target for a ward is not shown as reached, so it passes", () => {
    const r = check((d) => d.recognitions.recognitions.push(rec({ id: "phuong-ba-ntm-2015-target", unit: "phuong-ba", level: "ntm", year: 2015, wording: "target" })));
    expect(r.errors).toEqual([]);
  });

  it("names the date a commune became a township", () => {
    const r = check((d) => {
      d.units.units[3].lineage = [{ event: "type-changed", date: "2016-07-01", new_type: "thi-tran", sources: ["s2"] }];
    });
    expect(r.errors).toEqual([
      'data/recognitions.json › record #2 (id "xa-hai-ntm-2016") › field "year": recognises Xã Hai in 2016, but it became a township (thị trấn) on 2016-07-01: the map would not show this recognition. A unit cannot be recognised after it left the rural programme; check the year or the unit.',
    ]);
  });

  it("accepts two exact years for one tier when both are marked low confidence, and the same year twice", () => {
    const twice = (a: Json, b: Json) =>
      check((d) => {
        Object.assign(d.recognitions.recognitions[0], a);
        d.recognitions.recognitions.push(rec({ id: "xa-mot-ntm-2014", unit: "xa-mot", level: "ntm", year: 2014, ...b }));
      }).errors;
    expect(twice({ confidence: "low" }, { confidence: "low" })).toEqual([]);
    expect(twice({}, { year: 2015 })).toEqual([]);
    expect(twice({}, { precision: "no-later-than", year: 2016 })).toEqual([]);
    expect(twice({ confidence: "low" }, {})).toEqual([
      'data/recognitions.json › record #4 (id "xa-mot-ntm-2014") › field "year": gives NTM in 2014, but record #0 (id "xa-mot-ntm-2015") gives 2015 for the same unit and tier: the map would show only one of them. Keep one exact year; if the sources truly disagree, mark both records confidence low and explain the disagreement in their notes.',
    ]);
    // low confidence on the later record only: still two years for one tier
    expect(twice({}, { confidence: "low" })).toEqual([
      'data/recognitions.json › record #4 (id "xa-mot-ntm-2014") › field "year": gives NTM in 2014, but record #0 (id "xa-mot-ntm-2015") gives 2015 for the same unit and tier: the map would show only one of them. Keep one exact year; if the sources truly disagree, mark both records confidence low and explain the disagreement in their notes.',
    ]);
  });

  it("names kiểu mẫu before nâng cao, and ignores a bound of the lower tier", () => {
    const r = check((d) => d.recognitions.recognitions.push(rec({ id: "xa-mot-kieu-mau-2018", unit: "xa-mot", level: "kieu-mau", year: 2018 })));
    expect(r.errors).toEqual([
      'data/recognitions.json › record #4 (id "xa-mot-kieu-mau-2018") › field "year": puts kiểu mẫu in 2018, before nâng cao in 2019 (record #1, id "xa-mot-nang-cao-2019"). A higher tier cannot come before the tier below it; check both years.',
    ]);
    const bound = check((d) => {
      d.recognitions.recognitions[1].precision = "no-later-than";
      d.recognitions.recognitions.push(rec({ id: "xa-mot-kieu-mau-2018", unit: "xa-mot", level: "kieu-mau", year: 2018 }));
    });
    expect(bound.errors).toEqual([]);
  });
});

describe("data:check: counts and evidence windows (the map's own model)", () => {
  it("names a count whose unit is not a district, or not a unit, or whose source is unknown", () => {
    const r = check((d) => {
      d["district-counts"].counts = [
        count({ id: "xa-mot-2019-ntm", unit: "xa-mot", year: 2019, level: "ntm", count: 1 }),
        count({ id: "huyen-z-2019-ntm", unit: "huyen-z", year: 2019, level: "ntm", count: 1, sources: ["s1", "s5"] }),
      ];
    });
    expect(r.errors).toEqual([
      'data/district-counts.json › record #0 (id "xa-mot-2019-ntm") › field "unit": names Xã Một, which is not a district-level unit or the province. Use the id of a district, town or city in data/units.json, or the province\'s id.',
      'data/district-counts.json › record #1 (id "huyen-z-2019-ntm") › field "sources": cites source "s5", which is not in data/sources.json. Add the source there, or fix the id.',
      'data/district-counts.json › record #1 (id "huyen-z-2019-ntm") › field "unit": names unit "huyen-z", which is not a unit in data/units.json. Use the id of a district, town or city in data/units.json, or the province\'s id.',
    ]);
  });

  it("accepts counts of the province and of a district that fit the records", () => {
    const r = check((d) => {
      d["district-counts"].counts = [
        count({ id: "tinh-2016-ntm", unit: "tinh", year: 2016, level: "ntm", count: 2 }),
        count({ id: "huyen-a-2019-nang-cao", unit: "huyen-a", year: 2019, level: "nang-cao", count: 1 }),
      ];
    });
    expect(r.errors).toEqual([]);
  });

  it("dates a count by its as_of when the source gives one", () => {
    const r = check((d) => {
      d["district-counts"].counts = [count({ id: "huyen-a-2020-nang-cao", unit: "huyen-a", year: 2020, as_of: "2020-06", level: "nang-cao", count: 0 })];
    });
    expect(r.errors).toEqual([
      'data/district-counts.json › record #0 (id "huyen-a-2020-nang-cao") › field "count": says 0 communes of Huyện A had reached nâng cao by 2020-06, but the records place 1 there by the end of 2019 (Xã Một). One of them is wrong: check the count\'s source and the commune records\' years.',
    ]);
  });

  it("names an exact year that comes after the district's bound", () => {
    const r = check((d) => {
      d.recognitions.recognitions[0].year = 2018;
    });
    expect(r.errors).toEqual([
      'data/recognitions.json › record #0 (id "xa-mot-ntm-2015") › field "year": recognises Xã Một at NTM in 2018, but the recognition of Huyện A (record #3 (id "huyen-a-ntm-2017")) puts it there no later than 2017. A recognition cannot come after an upper bound; check both years.',
    ]);
  });

  it("names a lower bound at or after an upper bound, in the record's own words", () => {
    // Xã Hai without its own NTM bound nor the district's: only a nâng cao bound of 2017, then "basically met" NTM in 2017.
    const higher = check((d) => {
      const r = d.recognitions.recognitions;
      r.splice(2, 2);
      r.push(rec({ id: "xa-hai-nang-cao-2017", unit: "xa-hai", level: "nang-cao", year: 2017, precision: "no-later-than", sources: ["s2"] }));
      r.push(rec({ id: "xa-hai-ntm-2017-met", unit: "xa-hai", level: "ntm", year: 2017, wording: "basically-met", sources: ["s2"] }));
    });
    expect(higher.errors).toEqual([
      'data/recognitions.json › record #3 (id "xa-hai-ntm-2017-met") › field "year": says Xã Hai had not yet reached NTM by the end of 2017 (basically met (cơ bản đạt) for 2017), but record #2 (id "xa-hai-nang-cao-2017") puts it at nâng cao no later than 2017. A lower bound cannot come after an upper bound; check both years and the wording.',
    ]);
    // "criteria completed for 2017" says not yet by the end of 2016, which is Xã Hai's own NTM bound.
    const criteria = check((d) => d.recognitions.recognitions.push(rec({ id: "xa-hai-ntm-2017-criteria", unit: "xa-hai", level: "ntm", year: 2017, wording: "criteria-completed", sources: ["s2"] })));
    expect(criteria.errors).toEqual([
      'data/recognitions.json › record #4 (id "xa-hai-ntm-2017-criteria") › field "year": says Xã Hai had not yet reached NTM by the end of 2016 (criteria completed (hoàn thành tiêu chí) for 2017), but record #2 (id "xa-hai-ntm-2016") puts it at NTM no later than 2016. A lower bound cannot come after an upper bound; check both years and the wording.',
    ]);
    // A target for 2017 says not yet by the end of 2016: no conflict with a bound of 2017.
    const target = check((d) => {
      const r = d.recognitions.recognitions;
      r.splice(2, 2);
      r.push(rec({ id: "xa-hai-nang-cao-2017", unit: "xa-hai", level: "nang-cao", year: 2017, precision: "no-later-than", sources: ["s2"] }));
      r.push(rec({ id: "xa-hai-ntm-2017-target", unit: "xa-hai", level: "ntm", year: 2017, wording: "target", sources: ["s2"] }));
    });
    expect(target.errors).toEqual([]);
  });

  it("warns only about shown, recognised province points", () => {
    const warned = (over: Json) =>
      check((d) => {
        Object.assign(d["province-series"].points[0], { ntm: 0, "nang-cao": 0, ...over });
      }).warnings;
    expect(warned({})).toEqual([
      'data/province-series.json › record #0 (id "p2019") › field "ntm": reports 0 communes at NTM for 2019, but commune records in data/recognitions.json already place 1 there by then. One of the two is wrong, or the frames differ; check both sources.',
      'data/province-series.json › record #0 (id "p2019") › field "nang-cao": reports 0 communes at nâng cao for 2019, but commune records in data/recognitions.json already place 1 there by then. One of the two is wrong, or the frames differ; check both sources.',
    ]);
    expect(warned({ shown: false, why: { vi: "khác", en: "other" } })).toEqual([]);
    expect(warned({ wording: "target" })).toEqual([]);
    expect(warned({ ntm: 1, "nang-cao": 1 })).toEqual([]);
  });
});

describe("data:check: more edges of the rules", () => {
  let units2025: Json[];
  beforeEach(() => {
    units2025 = JSON.parse(readTexts("tests/fixtures/data/valid-2025").units).units;
  });
  const with2025 = (edit: (units: Json[]) => void) =>
    check((d) => {
      d.units.units = structuredClone(units2025);
      edit(d.units.units);
    }).errors;

  it("asks no fate of a unit kept on 1 July 2025, nor of one that had merged away before", () => {
    expect(with2025(() => {})).toEqual([]);
    expect(
      with2025((u) => {
        u[4].gso_2025 = "10003";
        u[4].lineage = [];
      }),
    ).toEqual([]);
    expect(with2025((u) => (u[4].lineage = [{ event: "merged-into", date: "2020-01-01", into: "xa-mot", sources: ["s1"] }]))).toEqual([]);
    // the same unit, still there on 30 June 2025 with no event of 1 July
    expect(with2025((u) => (u[4].lineage = []))).toEqual([
      'data/units.json › record #4 (id "phuong-ba") › field "lineage": has no fate on 1 July 2025: Phường Ba still existed on 30 June 2025. Add the merged-into or split event(s) naming the unit(s) of 2025 it became, or its gso_2025 if it was kept.',
    ]);
  });

  it("accepts counts of a town and a city, and counts exactly as large as the communes in the programme", () => {
    for (const type of ["thi-xa", "thanh-pho"]) {
      const r = check((d) => {
        d.units.units[1].type = type;
        d["district-counts"].counts = [count({ id: "huyen-a-2016-ntm", unit: "huyen-a", year: 2016, level: "ntm", count: 2 })];
      });
      expect(r.errors, type).toEqual([]);
    }
  });

  it("checks no count against the model while a unit reference is broken (the model could not be built)", () => {
    const r = check((d) => {
      d.units.units[2].parent = "huyen-z";
      d["district-counts"].counts = [count({ id: "huyen-a-2016-ntm", unit: "huyen-a", year: 2016, level: "ntm", count: 9 })];
    });
    expect(r.errors).toEqual([
      'data/units.json › record #2 (id "xa-mot") › field "parent": names parent "huyen-z", which is not a unit in data/units.json. Use the id of an existing unit.',
    ]);
    const unitless = check((d) => {
      d.recognitions.recognitions[0].unit = "xa-z";
      d["district-counts"].counts = [count({ id: "huyen-a-2016-ntm", unit: "huyen-a", year: 2016, level: "ntm", count: 9 })];
    });
    expect(unitless.errors).toEqual([
      'data/recognitions.json › record #0 (id "xa-mot-ntm-2015") › field "unit": names unit "xa-z", which is not a unit in data/units.json. Use the id of an existing unit.',
    ]);
  });

  it("accepts two tiers in the same year", () => {
    expect(check((d) => (d.recognitions.recognitions[1].year = 2015)).errors).toEqual([]);
  });

  it("lists the boundary features no unit joins in code order", () => {
    const r = checkDataset(
      Object.fromEntries(DATA_FILES.map((f) => [f, VALID[f] ?? '{ "counts": [] }'])) as Record<DataFileName, string>,
      SCHEMAS,
      { geoIds: new Set(["00009", "00001", "00002", "00003", "00004"]) },
    );
    expect(r.errors.map(formatProblem)).toEqual([
      "data/units.json: no unit joins boundary feature 00004. Add the unit, with geo_id set to that code.",
      "data/units.json: no unit joins boundary feature 00009. Add the unit, with geo_id set to that code.",
    ]);
  });

  it("accepts a merger into a unit the data cannot name (no into)", () => {
    expect(check((d) => (d.units.units[4].lineage = [{ event: "merged-into", date: "2020-01-01", sources: ["s1"] }])).errors).toEqual([]);
  });

  it("names the first of two units with one id in messages about the id", () => {
    const r = check((d) => {
      // a ward by the same id: were it the one indexed, Xã Một's recognitions would be refused naming it
      d.units.units.push({ ...d.units.units[2], name: "Xã Một Bis", type: "phuong", geo_id: undefined });
    });
    expect(r.errors).toContain('data/units.json › record #5 (id "xa-mot") › field "id": repeats the id of record #2. Every unit needs its own id.');
    expect(r.errors.some((e) => e.includes("Xã Một Bis"))).toBe(false);
  });
});
