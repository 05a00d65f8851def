/**
 * Load data/ once, validate it, and hand out a typed Dataset. A build that
 * meets a broken data file stops here with the checker's full list of problems.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkDataset, DATA_FILES, formatProblem, type CheckResult, type DataFileName } from "./check";
import type { Dataset } from "./types";
import { findGeoDir, geoIds } from "../geo/source";

/** The data folder: NTM_DATA_DIR, or data/ in the working directory. */
export function dataDir(): string {
  return resolve(process.env.NTM_DATA_DIR ?? join(process.cwd(), "data"));
}

export class DataError extends Error {
  constructor(public readonly result: CheckResult) {
    super(
      `The data in data/ has ${result.errors.length} problem(s); nothing was built:\n` +
        result.errors.map((p) => `  - ${formatProblem(p)}`).join("\n") +
        "\nRun `npm run data:check` for the full report.",
    );
    this.name = "DataError";
  }
}

export function readTexts(dir: string): Record<DataFileName, string> {
  return Object.fromEntries(
    DATA_FILES.map((f) => {
      const path = join(dir, `${f}.json`);
      return [f, existsSync(path) ? readFileSync(path, "utf8") : undefined];
    }),
  ) as Record<DataFileName, string>;
}

/** Schemas live with the project (data/schema/), not with a data copy under test. */
export function readSchemas(): Record<string, object> {
  const dir = join(process.cwd(), "data", "schema");
  return Object.fromEntries(
    [...DATA_FILES, "datapackage"].map((f) => [f, JSON.parse(readFileSync(join(dir, `${f}.schema.json`), "utf8"))]),
  );
}

/** The boundary codes, when the boundary files are at hand (never fetches). */
export function boundaryIds(): Set<string> | undefined {
  try {
    const dir = findGeoDir();
    return dir ? geoIds(dir) : undefined;
  } catch {
    return undefined;
  }
}

export interface LoadOptions {
  /** Boundary codes to check geo_id against; default: the boundary files when at hand; false: skip. */
  geoIds?: Set<string> | false;
}

export function checkDir(dir: string = dataDir(), opts: LoadOptions = {}): CheckResult {
  const geoIds = opts.geoIds === false ? undefined : (opts.geoIds ?? boundaryIds());
  return checkDataset(readTexts(dir), readSchemas(), { geoIds });
}

export function readVersion(dir: string): string {
  const path = join(dir, "datapackage.json");
  if (!existsSync(path)) throw new Error(`${path} is missing: it holds the data version.`);
  const v = (JSON.parse(readFileSync(path, "utf8")) as { version?: unknown }).version;
  if (typeof v !== "string" || !/^\d+\.\d+\.\d+$/.test(v)) {
    throw new Error(`data/datapackage.json › field "version": must be a semver version like 1.0.0.`);
  }
  return v;
}

export function loadDataset(dir: string = dataDir(), opts: LoadOptions = {}): Dataset {
  const result = checkDir(dir, opts);
  if (!result.parsed) throw new DataError(result);
  const p = result.parsed;
  return {
    version: readVersion(dir),
    units: p.units.units,
    recognitions: p.recognitions.recognitions,
    province: p["province-series"].points,
    counts: p["district-counts"],
    indicators: p.indicators.indicators,
    sources: p.sources.sources,
  };
}

let cached: Dataset | undefined;
/** The validated dataset, loaded once per process. */
export function getDataset(): Dataset {
  cached ??= loadDataset();
  return cached;
}
