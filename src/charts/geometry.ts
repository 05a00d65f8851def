/**
 * The projected geometry the maps draw, prepared once per build (and per
 * district focus) from the committed boundaries (data/geo/). Adapts src/geo to the map spec.
 */
import type { MapGeometry } from "./choropleth";
import { loadTopology } from "../geo/topology";
import { makeProjector } from "../geo/project";
import { districtLabelPoints, districtMesh, mergedPath, provinceOutline } from "../geo/paths";

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 470;

const cache = new Map<string, Promise<MapGeometry>>();

export function mapGeometry(opts: { district?: string; districts?: readonly string[]; width?: number; height?: number } = {}): Promise<MapGeometry> {
  const width = opts.width ?? MAP_WIDTH;
  const height = opts.height ?? (opts.district ? Math.round(width * 0.8) : MAP_HEIGHT);
  const key = `${opts.district ?? opts.districts?.join("+") ?? ""}|${width}|${height}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = build(width, height, opts.district, opts.districts);
    cache.set(key, hit);
  }
  return hit;
}

async function build(width: number, height: number, district?: string, districts?: readonly string[]): Promise<MapGeometry> {
  const topo = await loadTopology();
  const focus = district ? { district } : districts ? { districts } : undefined;
  const p = makeProjector(topo, { width, height, padding: 8, focus });
  const shapeCache = new Map<string, string>();
  return {
    width,
    height,
    shape(codes) {
      const k = codes.join("+");
      let d = shapeCache.get(k);
      if (d === undefined) {
        d = mergedPath(p, codes);
        shapeCache.set(k, d);
      }
      return d;
    },
    districts: districtMesh(p),
    outline: provinceOutline(p),
    labelPoints: districtLabelPoints(p),
  };
}
