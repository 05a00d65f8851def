/**
 * The boundaries as one small TopoJSON topology for drawing, built once and
 * cached under .cache/geo/: the committed communes (src/geo/source.ts) are
 * rewound, re-topologised (topojson-server), simplified (topojson-simplify) and
 * quantised; the 13 district-level units are dissolved from them on
 * `district_2020` (topojson mergeArcs), so they share the communes' arcs.
 * Exterior rings are rewound clockwise, as d3-geo expects.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { topology } from "topojson-server";
import { presimplify, simplify, quantile } from "topojson-simplify";
import { mergeArcs, quantize } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import { readCommunes, repoRoot, type CommuneProps, type GeoSource } from "./source";

export type { CommuneProps };

/**
 * Simplification keeps about this share of the points (topojson-simplify quantile): looks right at 2× on a phone.
 * The committed source is already thinned (about 6,300 distinct points), so this keeps about 1,400 of them.
 */
export const SIMPLIFY_QUANTILE = 0.22;
/** Quantisation of the cached topology. */
export const QUANTIZATION = 1e5;

export type QnTopology = Topology<{
  communes: GeometryCollection<CommuneProps>;
  districts: GeometryCollection<{ district: string }>;
}>;
/** Shoelace area of a ring in lon/lat (sign gives the winding: positive = counter-clockwise). */
function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

/** d3-geo wants exterior rings clockwise and holes counter-clockwise (the opposite of RFC 7946). */
export function rewind(g: Geometry): Geometry {
  const fix = (rings: Position[][]) =>
    rings.map((r, i) => ((i === 0) === ringArea(r) > 0 ? [...r].reverse() : r));
  if (g.type === "Polygon") return { ...g, coordinates: fix(g.coordinates) };
  if (g.type === "MultiPolygon") return { ...g, coordinates: g.coordinates.map(fix) };
  return g;
}

const memo = new Map<string, QnTopology>();

/** Dissolve communes into districts on `district_2020`, as TopoJSON geometries on the same arcs (sorted by name). */
export function dissolveDistricts(topo: QnTopology): GeometryCollection<{ district: string }> {
  const groups = new Map<string, (Polygon | MultiPolygon)[]>();
  for (const g of topo.objects.communes.geometries) {
    const key = (g.properties as CommuneProps).district_2020;
    const list = groups.get(key) ?? [];
    list.push(g as Polygon | MultiPolygon);
    groups.set(key, list);
  }
  return {
    type: "GeometryCollection",
    geometries: [...groups.keys()]
      .sort((a, b) => a.localeCompare(b, "vi"))
      .map((district) => ({ ...mergeArcs(topo as never, groups.get(district)! as never), properties: { district } })),
  };
}

/** The drawing topology from the communes: rewound, topologised, simplified, quantised, districts dissolved. Pure. */
export function buildTopology(fc: FeatureCollection): QnTopology {
  const clean = (input: FeatureCollection, keep: string[]): FeatureCollection => ({
    type: "FeatureCollection",
    features: input.features.map(
      (f): Feature => ({
        type: "Feature",
        properties: Object.fromEntries(keep.map((k) => [k, f.properties?.[k]])),
        geometry: rewind(f.geometry),
      }),
    ),
  });
  let topo = topology({
    communes: clean(fc, ["gso_code", "name", "type", "district", "district_2020"]),
  }) as unknown as QnTopology;
  topo = presimplify(topo as never) as unknown as QnTopology;
  // Planar weights in degrees²; small islands keep their rings because simplify never drops a ring's last points.
  topo = simplify(topo as never, quantile(topo as never, SIMPLIFY_QUANTILE)) as unknown as QnTopology;
  topo = quantize(topo, QUANTIZATION) as unknown as QnTopology;
  topo.objects.districts = dissolveDistricts(topo);
  return topo;
}

export async function loadTopology(src?: GeoSource): Promise<QnTopology & { fromCache?: boolean }> {
  const c = readCommunes(src);
  const hash = createHash("sha256")
    .update(c.text)
    .update(`v3|${SIMPLIFY_QUANTILE}|${QUANTIZATION}`)
    .digest("hex")
    .slice(0, 16);
  const hit = memo.get(hash);
  if (hit) return hit;
  const cacheDir = join(repoRoot(), ".cache", "geo");
  const cacheFile = join(cacheDir, `topology-${hash}.json`);
  if (existsSync(cacheFile)) {
    const topo = JSON.parse(readFileSync(cacheFile, "utf8")) as QnTopology;
    memo.set(hash, topo);
    return Object.assign(topo, { fromCache: true });
  }
  const topo = buildTopology(c.fc);
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(topo));
  renameSync(tmp, cacheFile);
  memo.set(hash, topo);
  return topo;
}
