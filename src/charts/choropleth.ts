/**
 * The commune choropleth as an SVG string: one path per shape (see
 * lib/map-frames), coloured by status in one year, district lines on top.
 * The same drawing serves the page (all shapes present, the ones not drawn
 * this year hidden), the embed, the exported images and the social cards; the
 * frame (src/charts/frame.ts) puts the words around it.
 */
import { decodeStatus, type Status } from "../lib/status-codes.mjs";
import { LINES, fillFor, patternDefs, statusClass } from "./palette";
import { esc } from "./frame";

/** What the map needs from the geometry layer, already projected. */
export interface MapGeometry {
  width: number;
  height: number;
  /** Path data of the union of 2019 boundary features. */
  shape(codes: string[]): string;
  /** Internal district boundaries (mesh) and the province outline. */
  districts: string;
  outline: string;
  /** Label anchor of each district (by its name in the boundary file), in map pixels. */
  labelPoints?: Record<string, [number, number]>;
}

export interface MapShape {
  key: string;
  unit: string;
  codes: string[];
  /** Status codes per frame year (lib/map-frames statusCodes). */
  status: string;
}

export interface ChoroplethInput {
  /** Prefix of the ids inside the SVG (patterns, title): unique on a page. */
  id: string;
  /** The frame years (the positions of each shape's status codes). */
  years: readonly number[];
  year: number;
  shapes: MapShape[];
  geometry: MapGeometry;
  /** On a page, the SVG names itself (role img, title, description); in an image the frame does. */
  label?: { title: string; description: string };
  /** A commune to outline, drawn last. */
  highlight?: string;
  /** Extra CSS placed inside the SVG (scoped by the caller). */
  css?: string;
  /** Keep the shapes not drawn this year (hidden), so the page's client can show them in other years. */
  all?: boolean;
  /**
   * Draw only what touches this rectangle (map pixels): the shapes and the pieces of the district lines and
   * outline whose boxes, widened by their strokes, meet it. Inside the rectangle the drawing is the whole
   * map's; the social cards (src/charts/og.ts) draw it over a once-rendered image of the map.
   */
  window?: Box;
}

/** A rectangle [x0, y0, x1, y1]. */
export type Box = readonly [number, number, number, number];

const boxes = new Map<string, Box>();
/** The bounding box of SVG path data made of absolute coordinates (d3-geo's M/L/Z paths). */
export function pathBox(d: string): Box {
  let b = boxes.get(d);
  if (!b) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    const n = d.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
    for (let i = 0; i + 1 < n.length; i += 2) {
      const x = +n[i];
      const y = +n[i + 1];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    b = [x0, y0, x1, y1];
    boxes.set(d, b);
  }
  return b;
}

/** Does `b`, widened by `m` on every side, meet `w`? */
const meets = (b: Box, w: Box, m: number) => b[0] - m <= w[2] && b[2] + m >= w[0] && b[1] - m <= w[3] && b[3] + m >= w[1];

/**
 * The part of stroked path data (d3-geo's M/L/Z) that comes within `m` of `w`: the runs of segments whose
 * boxes meet the rectangle widened by `m`, each run its own subpath. A stroke's pixels inside `w` depend only
 * on the segments near it, so they come out the same; what is left out (far pieces, the joins where a run
 * is cut, `m` away) lies outside.
 */
function piecesNear(d: string, w: Box, m: number): string {
  const out: string[] = [];
  for (const piece of d.split(/(?=M)/)) {
    if (!meets(pathBox(piece), w, m)) continue;
    const closed = /Z\s*$/.test(piece);
    const pts = (piece.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    const n = pts.length / 2;
    if (closed && n > 1) pts.push(pts[0], pts[1]);
    const segs = closed ? n : n - 1;
    const near = (i: number) =>
      meets([Math.min(pts[2 * i], pts[2 * i + 2]), Math.min(pts[2 * i + 1], pts[2 * i + 3]), Math.max(pts[2 * i], pts[2 * i + 2]), Math.max(pts[2 * i + 1], pts[2 * i + 3])], w, m);
    let all = true;
    for (let i = 0; i < segs && all; i++) all = near(i);
    if (all) {
      out.push(piece);
      continue;
    }
    let run: string[] = [];
    const flush = () => {
      if (run.length) out.push(`M${run.join("L")}`);
      run = [];
    };
    // A ring is walked from a segment left out, so that no run is cut where the ring starts.
    let start = 0;
    while (closed && near(start)) start++;
    for (let k = 0; k < segs; k++) {
      const i = (start + k) % segs;
      if (!near(i)) {
        flush();
        continue;
      }
      if (!run.length) run.push(`${pts[2 * i]},${pts[2 * i + 1]}`);
      run.push(`${pts[2 * i + 2]},${pts[2 * i + 3]}`);
    }
    flush();
  }
  return out.join("");
}

export function statusOf(shape: MapShape, years: readonly number[], year: number): Status | undefined {
  return decodeStatus(shape.status, years.indexOf(year));
}

/**
 * The map's drawing: shapes coloured by status in one year, district lines and the province outline on top.
 * Titles, legend and source are the frame's (src/charts/frame.ts), not drawn here.
 */
export function choroplethSvg(input: ChoroplethInput): string {
  const { id, years, year, shapes, geometry: g, label, highlight, css, all, window: win } = input;
  // Margin of a box test: half the widest stroke (the highlight's 2.5), a pixel of antialiasing, some slack.
  const near = (d: string) => !win || meets(pathBox(d), win, 4);
  const W = g.width;
  const H = g.height;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"${label ? ` role="img" aria-labelledby="${id}-t ${id}-d"` : ""} class="ntm-map-svg" id="${id}-svg">`,
  );
  if (label) out.push(`<title id="${id}-t">${esc(label.title)}</title><desc id="${id}-d">${esc(label.description)}</desc>`);
  out.push(`<defs>${patternDefs(id)}</defs>`);
  if (css) out.push(`<style>${css}</style>`);
  out.push(`<g class="units" stroke="${LINES.commune}" stroke-width="0.6" stroke-linejoin="round">`);
  // The highlighted unit last, so its outline is not hidden under its neighbours' edges.
  const ordered = highlight ? [...shapes.filter((s) => s.unit !== highlight), ...shapes.filter((s) => s.unit === highlight)] : shapes;
  for (const s of ordered) {
    const st = statusOf(s, years, year);
    if (!st && !all) continue;
    const shown = st ?? "no-data";
    const hidden = st ? "" : ` display="none"`;
    const hl = highlight && s.unit === highlight ? ` stroke="${LINES.focus}" stroke-width="2.5"` : "";
    const d = g.shape(s.codes);
    if (!near(d)) continue;
    out.push(
      `<path d="${d}" class="${statusClass(shown)}" fill="${fillFor(shown, id)}" data-unit="${s.unit}" data-key="${s.key}"${hidden}${hl}/>`,
    );
  }
  out.push(`</g>`);
  const districts = win ? piecesNear(g.districts, win, 4) : g.districts;
  const outline = win ? piecesNear(g.outline, win, 4) : g.outline;
  if (districts || !win)
    out.push(`<path class="districts" d="${districts}" fill="none" stroke="${LINES.district}" stroke-width="1.1" stroke-linejoin="round" pointer-events="none"/>`);
  if (outline || !win) out.push(`<path class="outline" d="${outline}" fill="none" stroke="${LINES.province}" stroke-width="1.2" pointer-events="none"/>`);
  out.push(`</svg>`);
  return out.join("");
}
