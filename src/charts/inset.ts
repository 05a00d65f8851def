/**
 * The small province map beside a commune's locator: the province in grey, the
 * district a shade darker, a ring where the commune is. Paths are thinned for
 * this size (points under a pixel apart dropped, specks of islands left out) so
 * that the inset costs a few kilobytes on every commune page.
 */
import { INSET, LINES } from "./palette";
import { choroplethSvg, type MapShape } from "./choropleth";
import { mapGeometry } from "./geometry";

type Pt = [number, number];

/** Split SVG path data of M/L/Z commands (d3-geo's output) into rings of points. */
function rings(d: string): Pt[][] {
  const out: Pt[][] = [];
  for (const part of d.split(/(?=M)/)) {
    const nums = part.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    const ring: Pt[] = [];
    for (let i = 0; i + 1 < nums.length; i += 2) ring.push([nums[i], nums[i + 1]]);
    if (ring.length) out.push(ring);
  }
  return out;
}

/** Path data with points closer than `tol` px to the last kept one dropped, and rings smaller than `minSize` px left out. */
export function thinPath(d: string, tol = 1, minSize = 1.5): string {
  const out: string[] = [];
  for (const ring of rings(d)) {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    if (Math.max(...xs) - Math.min(...xs) < minSize && Math.max(...ys) - Math.min(...ys) < minSize) continue;
    const kept: Pt[] = [ring[0]];
    for (const p of ring.slice(1)) {
      const q = kept[kept.length - 1];
      if (Math.hypot(p[0] - q[0], p[1] - q[1]) >= tol) kept.push(p);
    }
    if (kept.length < 3) continue;
    out.push("M" + kept.map((p) => `${Math.round(p[0])},${Math.round(p[1])}`).join("L") + "Z");
  }
  return out.join("");
}

/** Centre of the bounding box of path data. */
export function pathCentre(d: string): Pt {
  const pts = rings(d).flat();
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

export function insetSvg(o: { width: number; height: number; province: string; district: string; commune: string; label: string }): string {
  const [cx, cy] = pathCentre(o.commune);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-label="${o.label.replace(/"/g, "&quot;")}" class="inset">` +
    `<path d="${thinPath(o.province)}" fill="${INSET.province.fill}" stroke="${INSET.province.edge}" stroke-width="0.6"/>` +
    `<path d="${thinPath(o.district)}" fill="${INSET.district.fill}" stroke="${INSET.district.edge}" stroke-width="0.8"/>` +
    `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="5" fill="none" stroke="${LINES.focus}" stroke-width="2"/>` +
    `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="1.6" fill="${LINES.focus}"/>` +
    `</svg>`
  );
}

import { zoomBox, type Box } from "../lib/zoom-box";

export { zoomBox };

/** Bounding box [x0, y0, x1, y1] of path data (several paths: join them). */
export function pathBox(d: string): Box {
  const pts = rings(d).flat();
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}


/** The island districts the province map enlarges: their communes are a few pixels wide on a phone. */
export const ISLAND_DISTRICTS = ["van-don", "co-to"] as const;

/**
 * The geometry of the islands inset of the province map: the same commune shapes, projected to fill the
 * inset and thinned as for the locator inset (points under a pixel apart dropped), without the mainland's
 * district lines. The coast is drawn by each shape's own outline (see .map-inset in Choropleth.astro).
 */
export function insetGeometry<G extends { width: number; height: number; shape(codes: string[]): string }>(g: G): G & { districts: string; outline: string } {
  return { ...g, shape: (codes: string[]) => thinPath(g.shape(codes), 0.6, 0.8), districts: "", outline: "" };
}

/**
 * The islands inset of the province map, drawn at build like the map itself: a second, larger drawing of the
 * island communes with the same `data-unit`/`data-key` paths, so the map's script recolours it with the year
 * and a hover, tap or click on an island opens the same card. Also where it sits on the main map (a frame,
 * in % of the map) and where to write the districts' names (in % of the inset).
 */
export async function islandInset(o: {
  id: string;
  years: readonly number[];
  year: number;
  /** The province map's shapes and their units' districts of 2020 (a district id per shape key). */
  shapes: MapShape[];
  districtOf: (unit: string) => string | undefined;
  /** District id → its name in the boundary file, and its display name. */
  districts: { id: string; geo: string; name: string }[];
}): Promise<{ svg: string; frame: Box; labels: { name: string; x: number; y: number }[]; width: number; height: number } | undefined> {
  const shapes = o.shapes.filter((s) => (ISLAND_DISTRICTS as readonly string[]).includes(o.districtOf(s.unit) ?? ""));
  if (shapes.length === 0) return undefined;
  const width = 600;
  const height = 500;
  const geo = await mapGeometry({ districts: o.districts.map((d) => d.geo), width, height });
  const main = await mapGeometry();
  const id = `${o.id}-isl`;
  // A second drawing of shapes the main map already describes: no title or role of its own (its box is
  // aria-hidden); every year's shapes kept, so the map's script recolours it with the year.
  const svg = choroplethSvg({
    id,
    years: o.years,
    year: o.year,
    shapes,
    geometry: insetGeometry(geo),
    all: true,
    css: `#${id}-svg path[data-key]{stroke:${LINES.district};stroke-width:.5}`,
  })
    .replace(/<path class="(districts|outline)" d=""[^>]*\/>/g, "")
    .replace(/ class="ntm-map-svg"/, ' class="ntm-inset-svg" focusable="false"');
  const [x0, y0, x1, y1] = pathBox(shapes.map((s) => main.shape(s.codes)).join(""));
  const pct = (v: number, of: number) => Math.round((1000 * v) / of) / 10;
  return {
    svg,
    width,
    height,
    frame: [pct(x0 - 4, main.width), pct(y0 - 4, main.height), pct(x1 - x0 + 8, main.width), pct(y1 - y0 + 8, main.height)],
    labels: o.districts
      .map((d) => ({ d, p: geo.labelPoints?.[d.geo] }))
      .filter((x): x is { d: (typeof o.districts)[number]; p: [number, number] } => !!x.p)
      .map(({ d, p }) => ({ name: d.name, x: pct(p[0], width), y: pct(p[1], height) })),
  };
}
