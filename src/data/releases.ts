/**
 * Frozen copies of published data versions (data/releases/<version>/), from which pinned embeds and
 * /data/<version>/ are built. A release is written once by `npm run data:release`, validated then by the
 * rules of its day, and guarded afterwards by its SHA256SUMS file (the format of `sha256sum -c`): it is read
 * as it was, never re-judged by rules written later (that would break every pinned embed of an older
 * version), and any edit of a frozen file fails the build, naming the file.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir, readVersion } from "./load";
import type { Dataset } from "./types";

export const releasesDir = (): string => join(dataDir(), "releases");
export const SUMS = "SHA256SUMS";

/** Versions with a frozen copy, oldest first. */
export function releaseVersions(dir: string = releasesDir()): string[] {
  if (!existsSync(dir)) return [];
  const semver = (v: string) => v.split(".").map(Number);
  return readdirSync(dir)
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v))
    .sort((a, b) => {
      const [x, y] = [semver(a), semver(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Write the checksum file of a release folder (every file in it, sorted by name). */
export function writeSums(dir: string): void {
  const files = readdirSync(dir).filter((f) => f !== SUMS).sort();
  writeFileSync(join(dir, SUMS), files.map((f) => `${sha256(readFileSync(join(dir, f)))}  ${f}\n`).join(""));
}

/** Problems with a release's files against its checksum file, one line each (empty when intact). */
export function verifySums(dir: string): string[] {
  const sums = join(dir, SUMS);
  if (!existsSync(sums)) return [`${sums} is missing: a frozen release must carry the checksums written by npm run data:release.`];
  const problems: string[] = [];
  for (const line of readFileSync(sums, "utf8").split("\n").filter(Boolean)) {
    const [hash, name] = line.split(/\s+\*?/, 2);
    const path = join(dir, name);
    if (!existsSync(path)) problems.push(`${path} is listed in ${SUMS} but missing.`);
    else if (sha256(readFileSync(path)) !== hash) {
      problems.push(`${path} has changed since it was frozen (sha256 ${sha256(readFileSync(path)).slice(0, 12)}…, frozen as ${hash.slice(0, 12)}…). Frozen releases are never edited: restore it with git, and publish corrections as a new version.`);
    }
  }
  return problems;
}

const cache = new Map<string, Dataset>();
export function releaseDataset(version: string): Dataset {
  const hit = cache.get(version);
  if (hit) return hit;
  const ds = readRelease(join(releasesDir(), version), version);
  cache.set(version, ds);
  return ds;
}

/** A frozen release read from its folder, uncached: checksums verified, records read as they were. */
export function readRelease(dir: string, version: string): Dataset {
  if (!existsSync(dir)) throw new Error(`No frozen data release ${version} in ${dir}. Run npm run data:release.`);
  const problems = verifySums(dir);
  if (problems.length) throw new Error(`Frozen data release ${version} is not as it was published:\n  - ${problems.join("\n  - ")}`);
  const read = (name: string) => {
    const path = join(dir, `${name}.json`);
    // A file that did not exist yet when the version was frozen is empty in it.
    return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : {};
  };
  const ds: Dataset = {
    version: readVersion(dir),
    units: read("units").units ?? [],
    recognitions: read("recognitions").recognitions ?? [],
    counts: read("district-counts").counts ?? [],
    province: read("province-series").points ?? [],
    indicators: read("indicators").indicators ?? [],
    sources: read("sources").sources ?? [],
  };
  return ds;
}
