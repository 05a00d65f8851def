/**
 * Load data/ once, validate it, and hand out a typed Dataset. A build that
 * meets a broken data file stops here with the checker's full list of problems.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDataset, DATA_FILES, formatProblem, type CheckResult, type DataFileName, type Problem } from "./check";
import type { Dataset } from "./types";
import { GeoError, geoIds } from "../geo/source";
import { dataDir } from "./paths";

export { dataDir };

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

/** The boundary codes (data/geo/, or NTM_GEO_DIR). A missing, changed or malformed file throws a GeoError. */
export function boundaryIds(): Set<string> {
  return geoIds();
}

export interface LoadOptions {
  /** Boundary codes to check geo_id against; default: the boundary files when at hand; false: skip. */
  geoIds?: Set<string> | false;
}

export function checkDir(dir: string = dataDir(), opts: LoadOptions = {}): CheckResult {
  let ids: Set<string> | undefined;
  let geoProblem: Problem | undefined;
  if (opts.geoIds !== false) {
    try {
      ids = opts.geoIds ?? boundaryIds();
    } catch (e) {
      // A broken boundary file is an error of the data, reported with the others (never skipped quietly).
      if (!(e instanceof GeoError)) throw e;
      geoProblem = { file: e.file, message: e.reason, hint: e.hint };
    }
  }
  const result = checkDataset(readTexts(dir), readSchemas(), { geoIds: ids });
  return geoProblem ? { errors: [geoProblem, ...result.errors], warnings: result.warnings } : result;
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
    counts: p["district-counts"].counts,
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
