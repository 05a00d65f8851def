import { afterEach, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DataError, dataDir, loadDataset, readVersion } from "../../src/data/load";

const FIX = "tests/fixtures/data";
const made: string[] = [];

/** A full copy of the valid fixture with one case's file(s) laid over it. */
function copyOf(overlay?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ntm-data-"));
  made.push(dir);
  cpSync(`${FIX}/valid`, dir, { recursive: true });
  if (overlay) cpSync(`${FIX}/${overlay}`, dir, { recursive: true });
  return dir;
}

const saved = process.env.NTM_DATA_DIR;
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  if (saved === undefined) delete process.env.NTM_DATA_DIR;
  else process.env.NTM_DATA_DIR = saved;
});

describe("dataDir", () => {
  it("follows NTM_DATA_DIR, else data/ in the working directory", () => {
    delete process.env.NTM_DATA_DIR;
    expect(dataDir()).toBe(resolve(process.cwd(), "data"));
    process.env.NTM_DATA_DIR = "tests/fixtures/data/valid";
    expect(dataDir()).toBe(resolve("tests/fixtures/data/valid"));
  });
});

describe("loadDataset", () => {
  it("returns the fixture's records, typed, with the datapackage version", () => {
    const dir = copyOf();
    const d = loadDataset(dir, { geoIds: false });
    const raw = (f: string) => JSON.parse(readFileSync(join(dir, `${f}.json`), "utf8"));
    expect(d.version).toBe(raw("datapackage").version);
    expect(d.units.map((u) => u.id)).toEqual(raw("units").units.map((u: { id: string }) => u.id));
    expect(d.recognitions).toHaveLength(raw("recognitions").recognitions.length);
    expect(d.province).toHaveLength(raw("province-series").points.length);
    expect(d.sources).toHaveLength(raw("sources").sources.length);
  });

  it("reads the folder named by NTM_DATA_DIR when no folder is given", () => {
    const dir = copyOf();
    const dp = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ ...dp, version: "9.8.7" }));
    process.env.NTM_DATA_DIR = dir;
    expect(loadDataset(undefined, { geoIds: false }).version).toBe("9.8.7");
  });

  it("throws a DataError listing every error, each naming file and record", () => {
    const dir = copyOf("unknown-source");
    // break a second file too, so the message must hold both problems
    cpSync(`${FIX}/unknown-parent`, dir, { recursive: true });
    let err: unknown;
    try {
      loadDataset(dir, { geoIds: false });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    const msg = (err as DataError).message;
    expect(msg).toMatch(/^The data in data\/ has \d+ problem\(s\); nothing was built:/);
    expect(msg).toMatch(/data\/units\.json › record #\d+ \(id "[^"]+"\) › field "parent"/);
    expect(msg).toMatch(/data\/recognitions\.json › record #\d+ \(id "[^"]+"\) › field "sources"/);
    expect((err as DataError).result.errors.length).toBeGreaterThanOrEqual(2);
  });
});

describe("readVersion", () => {
  it("rejects a version that is not semver", () => {
    const dir = copyOf();
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ name: "x", version: "v1" }));
    expect(() => readVersion(dir)).toThrow('data/datapackage.json › field "version": must be a semver version like 1.0.0.');
  });
});
