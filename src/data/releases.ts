/**
 * Frozen copies of published data versions (data/releases/<version>/), from
 * which pinned embeds are built. A release is written once by
 * `npm run data:release` and never edited.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { dataDir, loadDataset } from "./load";
import type { Dataset } from "./types";

export const releasesDir = (): string => join(dataDir(), "releases");

/** Versions with a frozen copy, oldest first. */
export function releaseVersions(): string[] {
  const dir = releasesDir();
  if (!existsSync(dir)) return [];
  const semver = (v: string) => v.split(".").map(Number);
  return readdirSync(dir)
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v))
    .sort((a, b) => {
      const [x, y] = [semver(a), semver(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
}

const cache = new Map<string, Dataset>();
export function releaseDataset(version: string): Dataset {
  const hit = cache.get(version);
  if (hit) return hit;
  const dir = join(releasesDir(), version);
  if (!existsSync(dir)) throw new Error(`No frozen data release ${version} in ${dir}. Run npm run data:release.`);
  const ds = loadDataset(dir);
  cache.set(version, ds);
  return ds;
}
