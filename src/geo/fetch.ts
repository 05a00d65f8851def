/**
 * Fetch the boundaries from their origin, check them and prepare them, the way
 * Observable Framework's data loaders make data: download GADM's zip (timeout,
 * retries, progress), verify the extracted file's SHA-256, prepare, and only
 * then move the result into the cache in one rename. A failure leaves no
 * half-written cache behind.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import type { FeatureCollection } from "geojson";
import { GADM_JSON, GADM_JSON_SHA256, GADM_URL } from "./config";
import { parseCrosswalk, prepare } from "./prepare";
import { cacheStamp, GEO_FILES, preparedCacheDir, repoRoot } from "./source";

export { cacheStamp };

export interface FetchOptions {
  url?: string;
  sha256?: string;
  /** Where the prepared files go (default .cache/geo/prepared). */
  target?: string;
  crosswalkFile?: string;
  timeoutMs?: number;
  retries?: number;
  log?: (s: string) => void;
}

export class GeoFetchError extends Error {
  override name = "GeoFetchError";
}

const HINT = "Set NTM_GEO_DIR to a folder of prepared files (e.g. a copy of ../shared/geo), or NTM_GEO_URL to a reachable copy of gadm41_VNM_3.json.zip.";

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

/** An error's message with its cause ("fetch failed: getaddrinfo ENOTFOUND …"). */
const reasonOf = (e: unknown) => (e instanceof Error ? (e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message) : String(e));

/** Download `url` into `file` (overwritten on each attempt) and return its bytes. */
async function download(url: string, file: string, timeoutMs: number, retries: number, log: (s: string) => void): Promise<Uint8Array> {
  let last: unknown;
  for (let attempt = 1; attempt <= retries; attempt++) {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    try {
      const res = await fetch(url, { signal: ctrl.signal });
      if (res.status === 404) throw new GeoFetchError(`could not download GADM boundaries from ${url}: HTTP 404 (not found). Check NTM_GEO_URL. ${HINT}`);
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      const total = Number(res.headers.get("content-length") ?? 0);
      let got = 0;
      let shown = 0;
      const fd = openSync(file, "w");
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          writeSync(fd, chunk);
          got += chunk.length;
          if (got - shown > 1 << 20 || got === total) {
            shown = got;
            log(`  downloading GADM: ${(got / 1e6).toFixed(1)} MB${total ? ` of ${(total / 1e6).toFixed(1)} MB` : ""}`);
          }
        }
      } finally {
        closeSync(fd);
      }
      if (total && got !== total) throw new Error(`connection closed after ${got} of ${total} bytes`);
      return new Uint8Array(readFileSync(file));
    } catch (e) {
      if (e instanceof GeoFetchError) throw e;
      last = ctrl.signal.aborted ? new Error(`no answer within ${seconds(timeoutMs)} (timed out)`) : e;
      if (attempt < retries) {
        log(`  attempt ${attempt} failed (${reasonOf(last)}); retrying…`);
        await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      }
    } finally {
      clearTimeout(timer);
    }
  }
  throw new GeoFetchError(`could not download GADM boundaries from ${url} (${reasonOf(last)}) after ${retries} attempt(s). ${HINT}`);
}

export function extractGadm(zip: Uint8Array, expectedSha256: string): FeatureCollection {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (f) => f.name.endsWith(".json") });
  } catch (e) {
    throw new GeoFetchError(`the downloaded GADM archive is damaged or incomplete (${(e as Error).message}); nothing was cached. Try again, or ${HINT}`);
  }
  const name = Object.keys(files).find((f) => f.endsWith(GADM_JSON)) ?? Object.keys(files)[0];
  if (!name) throw new GeoFetchError(`the downloaded archive holds no ${GADM_JSON}; nothing was cached.`);
  const bytes = files[name];
  const got = createHash("sha256").update(bytes).digest("hex");
  if (got !== expectedSha256) {
    throw new GeoFetchError(
      `checksum mismatch for ${name}: expected ${expectedSha256}, got ${got}; refusing to build a map from unverified geometry. Nothing was cached.`,
    );
  }
  return JSON.parse(Buffer.from(bytes).toString("utf8")) as FeatureCollection;
}

export async function prepareFromGadm(opts: FetchOptions = {}): Promise<string> {
  const log = opts.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const url = opts.url ?? process.env.NTM_GEO_URL ?? GADM_URL;
  const sha256 = opts.sha256 ?? process.env.NTM_GEO_SHA256 ?? GADM_JSON_SHA256;
  const target = opts.target ?? preparedCacheDir();
  const crosswalkFile = opts.crosswalkFile ?? join(repoRoot(), "data", "gadm-crosswalk.csv");
  const crosswalkText = readFileSync(crosswalkFile, "utf8");
  const stamp = cacheStamp(crosswalkText, sha256);
  if (existsSync(join(target, "stamp.json")) && readFileSync(join(target, "stamp.json"), "utf8") === stamp) return target;

  log(`Preparing boundaries from GADM (${url})…`);
  // Everything is written beside the target (in .cache/geo/) and moved into place only when complete.
  const tmp = `${target}.tmp-${process.pid}`;
  const zipFile = `${target}.download-${process.pid}.zip`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  try {
    const zip = await download(url, zipFile, opts.timeoutMs ?? 60_000, opts.retries ?? 3, log);
    const gadm = extractGadm(zip, sha256);
    const { communes, districts } = await prepare(gadm, parseCrosswalk(crosswalkText));
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, GEO_FILES.communes), JSON.stringify(communes));
    writeFileSync(join(tmp, GEO_FILES.districts), JSON.stringify(districts));
    writeFileSync(join(tmp, "stamp.json"), stamp);
    rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
    log(`  ${communes.features.length} communes and ${districts.features.length} districts prepared in ${target}`);
    return target;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(zipFile, { force: true });
  }
}
