/** SVG path data for communes, merged units, district lines and the province outline. */
import { feature, merge, mesh } from "topojson-client";
import type { Feature } from "geojson";
import type { Projector } from "./project";

type CommuneGeom = Projector["topo"]["objects"]["communes"]["geometries"][number];

const byCode = new WeakMap<object, Map<string, CommuneGeom>>();
function geometries(p: Projector): Map<string, CommuneGeom> {
  let m = byCode.get(p.topo);
  if (!m) {
    m = new Map(p.topo.objects.communes.geometries.map((g) => [(g.properties as { gso_code: string }).gso_code, g]));
    byCode.set(p.topo, m);
  }
  return m;
}

function geometryOf(p: Projector, code: string): CommuneGeom {
  const g = geometries(p).get(code);
  if (!g) throw new Error(`No boundary feature with gso_code ${code}`);
  return g;
}

export function communePath(p: Projector, code: string): string {
  return p.path(feature(p.topo, geometryOf(p, code)) as Feature);
}

/** The union of several 2019 features, e.g. a commune and the communes merged into it. */
export function mergedPath(p: Projector, codes: string[]): string {
  if (codes.length === 1) return communePath(p, codes[0]);
  return p.path(merge(p.topo, codes.map((c) => geometryOf(p, c)) as never));
}

/** Lines between districts (each shared border once). */
export function districtMesh(p: Projector): string {
  return p.path(mesh(p.topo, p.topo.objects.districts as never, (a, b) => a !== b));
}

/** The province's outer edge, coast included. */
export function provinceOutline(p: Projector): string {
  return p.path(mesh(p.topo, p.topo.objects.districts as never, (a, b) => a === b));
}

export function districtPaths(p: Projector): { district: string; d: string }[] {
  return p.topo.objects.districts.geometries.map((g) => ({
    district: (g.properties as { district: string }).district,
    d: p.path(feature(p.topo, g) as Feature),
  }));
}

/**
 * Where to write each district's name: the centroid of its largest piece of land,
 * so that an island district's label sits on its main island, not in the sea.
 */
export function districtLabelPoints(p: Projector): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const g of p.topo.objects.districts.geometries) {
    const f = feature(p.topo, g) as Feature;
    const geom = f.geometry;
    let best: Feature = f;
    if (geom?.type === "MultiPolygon") {
      let max = -1;
      for (const coordinates of geom.coordinates) {
        const piece: Feature = { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates } };
        const a = p.area(piece);
        if (a > max) {
          max = a;
          best = piece;
        }
      }
    }
    const [x, y] = p.centroid(best);
    out[(g.properties as { district: string }).district] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  }
  return out;
}
