/**
 * Frozen data releases (src/data/releases.ts) in a temporary data folder (NTM_DATA_DIR): which versions there
 * are and in what order, how the checksum file is written and read, and what a release loads as. Expectations
 * come from the fixture files copied into the folder.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { releaseDataset, releasesDir, releaseVersions, SUMS, verifySums, writeSums } from "../../src/data/releases";

const FIX = "tests/fixtures/data/valid";
const saved = process.env.NTM_DATA_DIR;
let data = "";
beforeEach(() => {
  data = mkdtempSync(join(tmpdir(), "ntm-releases-"));
  process.env.NTM_DATA_DIR = data;
});
afterEach(() => {
  rmSync(data, { recursive: true, force: true });
  if (saved === undefined) delete process.env.NTM_DATA_DIR;
  else process.env.NTM_DATA_DIR = saved;
});
const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));
/** A release folder holding the valid fixture, frozen, with its version set to `version`. */
function freeze(version: string, drop: string[] = []): string {
  const dir = join(releasesDir(), version);
  mkdirSync(dir, { recursive: true });
  cpSync(FIX, dir, { recursive: true });
  writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ ...json(join(FIX, "datapackage.json")), version }));
  for (const f of drop) unlinkSync(join(dir, f));
  writeSums(dir);
  return dir;
}

describe("releaseVersions", () => {
  it("is empty without a releases folder", () => {
    expect(releasesDir()).toBe(join(data, "releases"));
    expect(releaseVersions()).toEqual([]);
  });

  it("lists the semver folders only, in version order (not text order)", () => {
    for (const v of ["1.10.0", "1.9.2", "1.9.10", "12.0.0", "2.0.0", "1.9.3", "0.9.0", "latest", "1.2", "v1.0.0", "1.0.0-rc1", "1.0.0.1"]) mkdirSync(join(releasesDir(), v), { recursive: true });
    expect(releaseVersions()).toEqual(["0.9.0", "1.9.2", "1.9.3", "1.9.10", "1.10.0", "2.0.0", "12.0.0"]);
  });
});

describe("writeSums and verifySums", () => {
  it("writes one sha256sum line per file, sorted by name, without itself", () => {
    const dir = freeze("1.0.0");
    const files = ["CHANGELOG.md", "datapackage.json", "indicators.json", "province-series.json", "recognitions.json", "sources.json", "units.json"];
    const sha = (f: string) => createHash("sha256").update(readFileSync(join(dir, f))).digest("hex");
    expect(readFileSync(join(dir, SUMS), "utf8")).toBe(files.map((f) => `${sha(f)}  ${f}\n`).join(""));
    writeSums(dir); // again, with SHA256SUMS now in the folder
    expect(readFileSync(join(dir, SUMS), "utf8")).toBe(files.map((f) => `${sha(f)}  ${f}\n`).join(""));
    expect(verifySums(dir)).toEqual([]);
  });

  it("reads the binary-mode form (hash *name) that sha256sum -b writes", () => {
    const dir = freeze("1.0.0");
    writeFileSync(join(dir, SUMS), readFileSync(join(dir, SUMS), "utf8").replace(/  /g, " *"));
    expect(verifySums(dir)).toEqual([]);
  });

  it("names a listed file that is missing, and an edited one with both checksums", () => {
    const dir = freeze("1.0.0");
    const sums = readFileSync(join(dir, SUMS), "utf8");
    const frozen = /^([0-9a-f]{64})  sources\.json$/m.exec(sums)![1];
    unlinkSync(join(dir, "indicators.json"));
    writeFileSync(join(dir, "sources.json"), "{}\n");
    const now = createHash("sha256").update("{}\n").digest("hex");
    expect(verifySums(dir)).toEqual([
      `${join(dir, "indicators.json")} is listed in SHA256SUMS but missing.`,
      `${join(dir, "sources.json")} has changed since it was frozen (sha256 ${now.slice(0, 12)}…, frozen as ${frozen.slice(0, 12)}…). Frozen releases are never edited: restore it with git, and publish corrections as a new version.`,
    ]);
  });

  it("names a missing checksum file", () => {
    const dir = freeze("1.0.0");
    unlinkSync(join(dir, SUMS));
    expect(verifySums(dir)).toEqual([`${join(dir, SUMS)} is missing: a frozen release must carry the checksums written by npm run data:release.`]);
  });
});

describe("releaseDataset", () => {
  it("reads a release as it was frozen, a file it did not have yet as an empty list, and once per process", () => {
    const dir = freeze("3.1.4", ["indicators.json"]);
    const d = releaseDataset("3.1.4");
    expect(d).toEqual({
      version: "3.1.4",
      units: json(join(FIX, "units.json")).units,
      recognitions: json(join(FIX, "recognitions.json")).recognitions,
      counts: [],
      province: json(join(FIX, "province-series.json")).points,
      indicators: [],
      sources: json(join(FIX, "sources.json")).sources,
    });
    // Read once: an edit after the first read is not seen (nor re-verified) until the next build.
    writeFileSync(join(dir, "sources.json"), "{}\n");
    expect(releaseDataset("3.1.4").sources).toEqual(json(join(FIX, "sources.json")).sources);
  });

  it("reads district counts and indicators when the release has them, and a file without its list as an empty list", () => {
    const dir = join(releasesDir(), "4.0.0");
    mkdirSync(dir, { recursive: true });
    cpSync(FIX, dir, { recursive: true });
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ version: "4.0.0" }));
    const counts = [{ id: "c1", unit: "huyen-a", year: 2016, level: "ntm", count: 1, wording: "recognised", sources: ["s1"] }];
    writeFileSync(join(dir, "district-counts.json"), JSON.stringify({ counts }));
    for (const f of ["units", "recognitions", "province-series", "sources"]) writeFileSync(join(dir, `${f}.json`), "{}");
    writeSums(dir);
    expect(releaseDataset("4.0.0")).toEqual({
      version: "4.0.0",
      units: [],
      recognitions: [],
      counts,
      province: [],
      indicators: json(join(FIX, "indicators.json")).indicators,
      sources: [],
    });
  });

  it("lists every problem of an edited release, one per line", () => {
    const dir = freeze("5.0.0");
    writeFileSync(join(dir, "units.json"), "{}\n");
    unlinkSync(join(dir, "sources.json"));
    const problems = verifySums(dir);
    expect(problems).toHaveLength(2);
    expect(() => releaseDataset("5.0.0")).toThrow(`Frozen data release 5.0.0 is not as it was published:\n  - ${problems.join("\n  - ")}`);
  });

  it("refuses a version with no frozen copy, and a frozen copy that was edited, naming the file", () => {
    expect(() => releaseDataset("9.9.9")).toThrow(`No frozen data release 9.9.9 in ${join(releasesDir(), "9.9.9")}. Run npm run data:release.`);
    const dir = freeze("2.7.1");
    writeFileSync(join(dir, "units.json"), "{}\n");
    expect(() => releaseDataset("2.7.1")).toThrow(new RegExp(`^Frozen data release 2\\.7\\.1 is not as it was published:\\n  - ${join(dir, "units.json").replace(/[.\\/]/g, "\\$&")} has changed since it was frozen`));
  });
});
