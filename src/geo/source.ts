/**
 * Where the boundary files come from. In order: NTM_GEO_DIR (a folder of
 * prepared files, like ../shared/geo); ../shared/geo beside the repository;
 * the prepared cache (.cache/geo/prepared/), made from GADM by `npm run geo`.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { GADM_JSON_SHA256, PREPARE_VERSION } from "./config";

export const GEO_FILES = {
  communes: "quang-ninh-communes.geojson",
  districts: "quang-ninh-districts.geojson",
} as const;

export const repoRoot = (): string => process.cwd();
export const preparedCacheDir = (): string => join(repoRoot(), ".cache", "geo", "prepared");

const complete = (dir: string) => Object.values(GEO_FILES).every((f) => existsSync(join(dir, f)));

/** The first complete folder of prepared files, without fetching anything; undefined when there is none. */
export function findGeoDir(): string | undefined {
  const env = process.env.NTM_GEO_DIR;
  if (env) {
    const dir = resolve(env);
    for (const f of Object.values(GEO_FILES)) {
      if (!existsSync(join(dir, f))) {
        throw new Error(
          `NTM_GEO_DIR is set to ${dir}, but ${f} is not there. Point NTM_GEO_DIR at a folder holding ` +
            `${Object.values(GEO_FILES).join(" and ")} (e.g. a copy of ../shared/geo), or unset it to fetch the boundaries from GADM.`,
        );
      }
    }
    return dir;
  }
  const shared = resolve(repoRoot(), "..", "shared", "geo");
  if (complete(shared)) return shared;
  // The prepared cache counts only when it was made from the current crosswalk, the expected GADM file and
  // the current preparation (its stamp.json); otherwise it is stale and resolveGeoDir prepares it again.
  const cache = preparedCacheDir();
  const crosswalk = join(repoRoot(), "data", "gadm-crosswalk.csv");
  if (complete(cache) && existsSync(join(cache, "stamp.json")) && existsSync(crosswalk)) {
    const want = cacheStamp(readFileSync(crosswalk, "utf8"), process.env.NTM_GEO_SHA256 ?? GADM_JSON_SHA256);
    if (readFileSync(join(cache, "stamp.json"), "utf8") === want) return cache;
  }
  return undefined;
}

/** The stamp that says which inputs a prepared cache was made from. */
export function cacheStamp(crosswalk: string, sha256: string): string {
  return JSON.stringify({ sha256, crosswalk: createHash("sha256").update(crosswalk).digest("hex"), version: PREPARE_VERSION });
}

/** A folder holding the prepared boundary files, preparing them from GADM when none is found. */
export async function resolveGeoDir(opts: { log?: (s: string) => void } = {}): Promise<string> {
  const found = findGeoDir();
  if (found) return found;
  const { prepareFromGadm } = await import("./fetch");
  return prepareFromGadm({ log: opts.log });
}

/** The GSO commune codes present in a folder's commune file. */
export function geoIds(dir: string): Set<string> {
  const fc = JSON.parse(readFileSync(join(dir, GEO_FILES.communes), "utf8")) as {
    features: { properties: { gso_code?: string } }[];
  };
  return new Set(fc.features.map((f) => f.properties.gso_code).filter((c): c is string => !!c));
}
