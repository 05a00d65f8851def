/**
 * The boundaries: one committed TopoJSON of the 186 commune-level units of the
 * December 2019 list (vietnam63, MIT; see data/README.md, "Boundaries"), read
 * with no network and no folder outside the repository. The file's SHA-256 is
 * kept beside it (data/geo/SHA256SUMS); a missing or changed file stops the
 * build and data:check with the file's name and both checksums.
 *
 * NTM_GEO_DIR overrides the folder (e.g. to try other boundaries): it must hold
 * one of OVERRIDE_FILES (the committed TopoJSON, or a GeoJSON of communes with
 * `gso_code` and `district_2020`). A SHA256SUMS there is checked too.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryCollection, Topology } from "topojson-specification";
import { dataDir } from "../data/paths";

/** The committed file, under data/geo/. */
export const GEO_FILE = "quang-ninh-communes-2019.topojson";
/** Expected checksums, in `sha256sum` format (`sha256sum -c SHA256SUMS` checks them by hand). */
export const CHECKSUM_FILE = "SHA256SUMS";
/** The TopoJSON object that holds the communes. */
export const COMMUNES_OBJECT = "communes";
/** What NTM_GEO_DIR may hold, first match wins. */
export const OVERRIDE_FILES = [GEO_FILE, "quang-ninh-communes-2019.geojson", "quang-ninh-communes.geojson"] as const;
/** Quantisation of the committed TopoJSON (about 1.6 m on the ground across the province). */
export const COMMIT_QUANTIZATION = 1e5;
/** Properties kept in the committed file. */
export const COMMUNE_PROPS = ["gso_code", "name", "type", "district", "district_2020"] as const;

export interface CommuneProps {
  gso_code: string;
  name: string;
  type: string;
  /** The district as the source names it (Hoành Bồ still separate). */
  district: string;
  /** The district-level unit of 2020 – mid-2025 (Hoành Bồ merged into Hạ Long): the 13 districts are dissolved on it. */
  district_2020: string;
}
export type CommuneCollection = FeatureCollection<Geometry, CommuneProps>;

/** A boundary file that is missing, changed or malformed. `file` is the path as shown to the reader. */
export class GeoError extends Error {
  constructor(
    public readonly file: string,
    public readonly reason: string,
    public readonly hint?: string,
  ) {
    super(`${file}: ${reason}${hint ? ` ${hint}` : ""}`);
    this.name = "GeoError";
  }
}

export const repoRoot = (): string => process.cwd();
const shown = (path: string) => {
  const r = relative(repoRoot(), path);
  return r && !r.startsWith("..") ? r : path;
};

export interface GeoSource {
  /** Absolute path of the boundary file. */
  file: string;
  /** True for the committed file (data/geo/), false for an NTM_GEO_DIR override. */
  committed: boolean;
}

/** The committed folder: geo/ inside the data folder (data/geo/, or NTM_DATA_DIR/geo for a copy under test). */
export const committedGeoDir = (): string => join(dataDir(), "geo");

/** The committed boundary file (checked against data/geo/SHA256SUMS). */
export const committedSource = (): GeoSource => ({ file: join(committedGeoDir(), GEO_FILE), committed: true });

/** Which boundary file the build reads. Throws, naming the folder, when NTM_GEO_DIR holds none of the files. */
export function geoSource(): GeoSource {
  const env = process.env.NTM_GEO_DIR;
  if (env) {
    const dir = resolve(env);
    const name = OVERRIDE_FILES.find((f) => existsSync(join(dir, f)));
    if (!name) {
      throw new GeoError(
        dir,
        `NTM_GEO_DIR points here, but none of ${OVERRIDE_FILES.join(", ")} is in this folder.`,
        "Fix the path, or unset NTM_GEO_DIR to use the committed data/geo/.",
      );
    }
    return { file: join(dir, name), committed: false };
  }
  return committedSource();
}

export const sha256 = (buf: Buffer | string): string => createHash("sha256").update(buf).digest("hex");

/** The expected SHA-256 of `name` from a SHA256SUMS file; undefined when the folder has none (overrides only). */
export function expectedChecksum(dir: string, name: string, required: boolean): string | undefined {
  const sums = join(dir, CHECKSUM_FILE);
  if (!existsSync(sums)) {
    if (!required) return undefined;
    throw new GeoError(shown(sums), "is missing: it holds the expected SHA-256 of the boundary file.", "Restore it from git.");
  }
  for (const line of readFileSync(sums, "utf8").split(/\r?\n/)) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (m && m[2] === name) return m[1];
  }
  if (!required) return undefined;
  throw new GeoError(shown(sums), `has no line for ${name}.`, `Add "<sha256>  ${name}" (the output of \`sha256sum ${name}\`).`);
}

/** The boundary file's bytes, after checking them against the expected checksum. */
export function readVerified(src: GeoSource = geoSource()): Buffer {
  const dir = resolve(src.file, "..");
  const name = src.file.slice(dir.length + 1);
  const want = expectedChecksum(dir, name, src.committed);
  if (!existsSync(src.file)) {
    throw new GeoError(
      shown(src.file),
      `is missing (expected sha256 ${want ?? "unknown"}).`,
      src.committed ? "Restore it with `git checkout -- data/geo/`." : undefined,
    );
  }
  const buf = readFileSync(src.file);
  const got = sha256(buf);
  if (want && got !== want) {
    throw new GeoError(
      shown(src.file),
      `checksum mismatch: expected sha256 ${want}, got ${got}. The file is damaged or was changed without updating ${CHECKSUM_FILE}.`,
      src.committed ? "Restore it with `git checkout -- data/geo/`, or re-import it with `npm run geo -- --import <file>`." : undefined,
    );
  }
  return buf;
}

/** Parse a boundary file (TopoJSON with a `communes` object, or a GeoJSON FeatureCollection) into commune features. */
export function parseCommunes(text: string, file: string): CommuneCollection {
  let json: { type?: string; objects?: Record<string, unknown>; features?: unknown[] };
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new GeoError(file, `is not valid JSON (${(e as Error).message}).`);
  }
  let fc: CommuneCollection;
  if (json?.type === "Topology") {
    const obj = json.objects?.[COMMUNES_OBJECT] as GeometryCollection | undefined;
    if (!obj || obj.type !== "GeometryCollection") throw new GeoError(file, `has no "${COMMUNES_OBJECT}" GeometryCollection among its objects.`);
    fc = feature(json as unknown as Topology, obj) as unknown as CommuneCollection;
  } else if (json?.type === "FeatureCollection" && Array.isArray(json.features)) {
    fc = json as unknown as CommuneCollection;
  } else {
    throw new GeoError(file, "is neither a TopoJSON Topology nor a GeoJSON FeatureCollection.");
  }
  const seen = new Map<string, number>();
  fc.features.forEach((f, i) => {
    const p = (f.properties ?? {}) as Partial<CommuneProps>;
    const at = `feature #${i}${p.name ? ` (${p.name})` : ""}`;
    if (typeof p.gso_code !== "string" || !/^\d{5}$/.test(p.gso_code)) throw new GeoError(file, `${at} › field "gso_code": must be a 5-digit GSO code, is ${JSON.stringify(p.gso_code)}.`);
    if (seen.has(p.gso_code)) throw new GeoError(file, `${at} › field "gso_code": ${p.gso_code} is also feature #${seen.get(p.gso_code)}.`);
    seen.set(p.gso_code, i);
    if (typeof p.district_2020 !== "string" || !p.district_2020) throw new GeoError(file, `${at} › field "district_2020": missing.`);
    const g = f.geometry as Geometry | null;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) throw new GeoError(file, `${at} › geometry: must be a Polygon or MultiPolygon, is ${g?.type ?? "null"}.`);
  });
  return fc;
}

/** The communes of the boundary file in use, verified and parsed, with the text they came from. */
export function readCommunes(src: GeoSource = geoSource()): { text: string; fc: CommuneCollection; file: string } {
  const text = readVerified(src).toString("utf8");
  const file = shown(src.file);
  return { text, fc: parseCommunes(text, file), file };
}

/** The GSO commune codes of the boundaries (for data:check's join with data/units.json). */
export function geoIds(src: GeoSource = geoSource()): Set<string> {
  return new Set(readCommunes(src).fc.features.map((f) => f.properties.gso_code));
}

/** The committed TopoJSON made from a GeoJSON of communes: only COMMUNE_PROPS kept, sorted by code, quantised. */
export function committedTopology(fc: FeatureCollection): Topology {
  const features = [...fc.features]
    .map(
      (f): Feature => ({
        type: "Feature",
        properties: Object.fromEntries(COMMUNE_PROPS.map((k) => [k, f.properties?.[k] ?? null])),
        geometry: f.geometry,
      }),
    )
    .sort((a, b) => String(a.properties!.gso_code).localeCompare(String(b.properties!.gso_code)));
  return topology({ [COMMUNES_OBJECT]: { type: "FeatureCollection", features } as FeatureCollection }, COMMIT_QUANTIZATION);
}
