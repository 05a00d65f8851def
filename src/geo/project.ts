/**
 * The projection: a transverse Mercator centred on the province (the idea of
 * the national VN-2000 grid), fitted to the whole province with its islands,
 * or to one district. Paths are rounded to 0.1 px to keep the SVG small.
 */
import { geoPath, geoTransverseMercator, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import type { FeatureCollection } from "geojson";
import type { QnTopology } from "./topology";

export interface Projector {
  topo: QnTopology;
  width: number;
  height: number;
  viewBox: string;
  path(object: GeoPermissibleObjects): string;
  point(lonLat: [number, number]): [number, number];
  /** Projected centroid and area of a feature (label placement). */
  centroid(object: GeoPermissibleObjects): [number, number];
  area(object: GeoPermissibleObjects): number;
}

export interface ProjectorOptions {
  width: number;
  height: number;
  padding?: number;
  /** Fit to one district (its `district` name in the boundary file), or to several, instead of the province. */
  focus?: { district?: string; districts?: readonly string[] };
}

export function makeProjector(topo: QnTopology, opts: ProjectorOptions): Projector {
  const { width, height, padding = 8 } = opts;
  const all = feature(topo, topo.objects.districts) as unknown as FeatureCollection;
  const names = opts.focus?.districts ?? (opts.focus?.district ? [opts.focus.district] : undefined);
  const target: FeatureCollection = names
    ? { type: "FeatureCollection", features: all.features.filter((f) => names.includes(f.properties?.district)) }
    : all;
  if (target.features.length === 0 || (names && target.features.length < names.length))
    throw new Error(`makeProjector: no district "${names?.join('", "')}" in the boundaries`);
  const projection = geoTransverseMercator()
    .rotate([-107.25, -21.2])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      target,
    );
  const path = geoPath(projection).digits(1);
  return {
    topo,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    path: (o) => path(o) ?? "",
    point: (p) => projection(p) as [number, number],
    centroid: (o) => path.centroid(o),
    area: (o) => path.area(o),
  };
}
