/**
 * "Check the swap": per unit, how the area and the centroid of one set of commune boundaries differ from
 * another's (e.g. the committed vietnam63 file against the geometry used before), joined on gso_code.
 * Pure: feature collections in, rows out.
 */
import { geoArea, geoCentroid, geoDistance } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { rewind } from "./topology";

const EARTH_KM = 6371.0088;

export interface UnitComparison {
  gso_code: string;
  name: string;
  district: string;
  /** km² in the new and the old file. */
  area: number;
  areaBefore: number;
  /** area / areaBefore. */
  ratio: number;
  /** Distance between the two centroids, km. */
  shiftKm: number;
  /** shiftKm as a share of the unit's size (the side of a square of the same area). */
  shift: number;
  /** True when the area changed by more than `threshold`, or the centroid moved by more than `threshold` of the unit's size. */
  changed: boolean;
}

export interface Comparison {
  rows: UnitComparison[];
  /** Codes only in the new file, and only in the old one. */
  onlyNew: string[];
  onlyOld: string[];
  /** Province totals, km², and polygon parts. */
  total: { area: number; areaBefore: number; parts: number; partsBefore: number };
}

type F = Feature<Geometry, { gso_code: string; name?: string; district_2020?: string }>;

const km2 = (f: Feature) => geoArea(rewind(f.geometry) as never) * EARTH_KM * EARTH_KM;
const parts = (g: Geometry) => (g.type === "MultiPolygon" ? g.coordinates.length : g.type === "Polygon" ? 1 : 0);

export function compareBoundaries(next: FeatureCollection, before: FeatureCollection, threshold = 0.2): Comparison {
  const old = new Map((before.features as F[]).map((f) => [f.properties.gso_code, f]));
  const seen = new Set<string>();
  const rows: UnitComparison[] = [];
  for (const f of next.features as F[]) {
    const code = f.properties.gso_code;
    seen.add(code);
    const o = old.get(code);
    if (!o) continue;
    const area = km2(f);
    const areaBefore = km2(o);
    const shiftKm = geoDistance(geoCentroid(rewind(f.geometry) as never), geoCentroid(rewind(o.geometry) as never)) * EARTH_KM;
    const ratio = area / areaBefore;
    const shift = shiftKm / Math.sqrt(Math.max(area, areaBefore));
    rows.push({
      gso_code: code,
      name: f.properties.name ?? "",
      district: f.properties.district_2020 ?? "",
      area,
      areaBefore,
      ratio,
      shiftKm,
      shift,
      changed: Math.abs(ratio - 1) > threshold || shift > threshold,
    });
  }
  const sum = (fs: Feature[], fn: (f: Feature) => number) => fs.reduce((n, f) => n + fn(f), 0);
  return {
    rows: rows.sort((a, b) => a.gso_code.localeCompare(b.gso_code)),
    onlyNew: (next.features as F[]).map((f) => f.properties.gso_code).filter((c) => !old.has(c)).sort(),
    onlyOld: [...old.keys()].filter((c) => !seen.has(c)).sort(),
    total: {
      area: sum(next.features, km2),
      areaBefore: sum(before.features, km2),
      parts: sum(next.features, (f) => parts(f.geometry)),
      partsBefore: sum(before.features, (f) => parts(f.geometry)),
    },
  };
}

/** The q-quantile (0–1) of a list of numbers, by linear interpolation. */
export function quantileOf(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}
