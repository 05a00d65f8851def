/**
 * Reading a data folder (src/data/load.ts): files as text, the version, the boundary codes a check uses, and
 * the error a build stops with. Runs on copies of the valid fixture; the boundary cases point NTM_GEO_DIR at
 * an empty folder (a GeoError) or at a GeoJSON with the fixture's three codes.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DATA_FILES, formatProblem } from "../../src/data/check";
import { boundaryIds, checkDir, DataError, getDataset, loadDataset, readTexts, readVersion } from "../../src/data/load";

const FIX = "tests/fixtures/data/valid";
const made: string[] = [];
const saved = { NTM_GEO_DIR: process.env.NTM_GEO_DIR, NTM_DATA_DIR: process.env.NTM_DATA_DIR };
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
function temp(copy?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ntm-load-"));
  made.push(dir);
  if (copy) cpSync(copy, dir, { recursive: true });
  return dir;
}
/** A GeoJSON boundary file holding the given codes, each a small square. */
const square = (i: number) => ({ type: "Polygon", coordinates: [[[107 + i / 100, 21], [107 + i / 100, 21.01], [107.01 + i / 100, 21.01], [107.01 + i / 100, 21], [107 + i / 100, 21]]] });
function geoDir(codes: string[]): string {
  const dir = temp();
  const features = codes.map((gso_code, i) => ({ type: "Feature", properties: { gso_code, name: gso_code, type: "xa", district: "A", district_2020: "A" }, geometry: square(i) }));
  writeFileSync(join(dir, "quang-ninh-communes.geojson"), JSON.stringify({ type: "FeatureCollection", features }));
  return dir;
}

describe("readTexts", () => {
  it("reads each data file as text, and leaves an absent one undefined", () => {
    const dir = temp(FIX);
    unlinkSync(join(dir, "sources.json"));
    const texts = readTexts(dir);
    expect(Object.keys(texts)).toEqual([...DATA_FILES]);
    expect(texts.units).toBe(readFileSync(join(FIX, "units.json"), "utf8"));
    expect(texts.sources).toBeUndefined();
    expect(texts["district-counts"]).toBeUndefined();
  });
});

describe("readVersion", () => {
  it("reads the semver version, and names a missing datapackage or a version that is not text", () => {
    const dir = temp(FIX);
    expect(readVersion(dir)).toBe(JSON.parse(readFileSync(join(FIX, "datapackage.json"), "utf8")).version);
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ version: 1 }));
    expect(() => readVersion(dir)).toThrow('data/datapackage.json › field "version": must be a semver version like 1.0.0.');
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ version: ["1.0.0"] })); // text when stringified, but not text
    expect(() => readVersion(dir)).toThrow('field "version": must be a semver version');
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ version: "10.20.30" }));
    expect(readVersion(dir)).toBe("10.20.30");
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ version: "1.0.0-beta" }));
    expect(() => readVersion(dir)).toThrow('field "version": must be a semver version');
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ version: "x1.0.0" }));
    expect(() => readVersion(dir)).toThrow('field "version": must be a semver version');
    unlinkSync(join(dir, "datapackage.json"));
    expect(() => readVersion(dir)).toThrow(`${join(dir, "datapackage.json")} is missing: it holds the data version.`);
  });
});

describe("checkDir and the boundary codes", () => {
  it("checks geo_id against the boundary file by default, and skips it with geoIds: false", () => {
    process.env.NTM_GEO_DIR = geoDir(["00001", "00002", "00003"]);
    expect([...boundaryIds()].sort()).toEqual(["00001", "00002", "00003"]);
    expect(checkDir(FIX).errors).toEqual([]);
    process.env.NTM_GEO_DIR = geoDir(["00001", "00002", "00004"]);
    expect(checkDir(FIX).errors.map(formatProblem)).toEqual([
      'data/units.json › record #4 (id "phuong-ba") › field "geo_id": is 00003, but the boundary file has no feature with that gso_code. Check the code against the GSO list.',
      "data/units.json: no unit joins boundary feature 00004. Add the unit, with geo_id set to that code.",
    ]);
    expect(checkDir(FIX, { geoIds: false }).errors).toEqual([]);
    expect(checkDir(FIX, { geoIds: new Set(["00001", "00002", "00003"]) }).errors).toEqual([]);
  });

  it("reports a broken boundary file first, with the data's own problems after it", () => {
    const empty = temp();
    process.env.NTM_GEO_DIR = empty;
    const dir = temp(FIX);
    cpSync("tests/fixtures/data/unknown-source", dir, { recursive: true });
    const r = checkDir(dir);
    expect(r.errors.map(formatProblem)).toEqual([
      `${resolve(empty)}: NTM_GEO_DIR points here, but none of quang-ninh-communes-2019.topojson, quang-ninh-communes-2019.geojson, quang-ninh-communes.geojson is in this folder. Fix the path, or unset NTM_GEO_DIR to use the committed data/geo/.`,
      ...checkDir(dir, { geoIds: false }).errors.map(formatProblem),
    ]);
    expect(r.errors.length).toBeGreaterThan(1);
    expect(r.parsed).toBeUndefined();
    // a boundary problem alone stops the build too
    expect(() => loadDataset(FIX)).toThrow(DataError);
  });
});

describe("DataError", () => {
  it("lists every problem, one line each, between a count and the command to run", () => {
    const dir = temp(FIX);
    cpSync("tests/fixtures/data/unknown-source", dir, { recursive: true });
    cpSync("tests/fixtures/data/unknown-parent", dir, { recursive: true });
    const result = checkDir(dir, { geoIds: false });
    let err: DataError | undefined;
    try {
      loadDataset(dir, { geoIds: false });
    } catch (e) {
      err = e as DataError;
    }
    expect(err?.name).toBe("DataError");
    expect(err?.result).toEqual(result);
    expect(err?.message).toBe(
      [`The data in data/ has ${result.errors.length} problem(s); nothing was built:`, ...result.errors.map((p) => `  - ${formatProblem(p)}`), "Run `npm run data:check` for the full report."].join("\n"),
    );
  });
});

describe("loadDataset and getDataset", () => {
  it("hands out every file's records, an absent district-counts.json as no counts", () => {
    const raw = (f: string) => JSON.parse(readFileSync(join(FIX, `${f}.json`), "utf8"));
    expect(loadDataset(FIX, { geoIds: false })).toEqual({
      version: raw("datapackage").version,
      units: raw("units").units,
      recognitions: raw("recognitions").recognitions,
      province: raw("province-series").points,
      counts: [],
      indicators: raw("indicators").indicators,
      sources: raw("sources").sources,
    });
  });

  it("getDataset loads data/ (or NTM_DATA_DIR) once per process", () => {
    process.env.NTM_DATA_DIR = resolve(FIX);
    process.env.NTM_GEO_DIR = geoDir(["00001", "00002", "00003"]);
    const first = getDataset();
    expect(first).toEqual(loadDataset(FIX, { geoIds: false }));
    // a later change of folder is not seen: the site is built from one dataset
    process.env.NTM_DATA_DIR = temp();
    expect(getDataset()).toBe(first);
  });
});
