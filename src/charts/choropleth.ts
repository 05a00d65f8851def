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
}

export function statusOf(shape: MapShape, years: readonly number[], year: number): Status | undefined {
  return decodeStatus(shape.status, years.indexOf(year));
}

/**
 * The map's drawing: shapes coloured by status in one year, district lines and the province outline on top.
 * Titles, legend and source are the frame's (src/charts/frame.ts), not drawn here.
 */
export function choroplethSvg(input: ChoroplethInput): string {
  const { id, years, year, shapes, geometry: g, label, highlight, css, all } = input;
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
    out.push(
      `<path d="${g.shape(s.codes)}" class="${statusClass(shown)}" fill="${fillFor(shown, id)}" data-unit="${s.unit}" data-key="${s.key}"${hidden}${hl}/>`,
    );
  }
  out.push(`</g>`);
  out.push(
    `<path class="districts" d="${g.districts}" fill="none" stroke="${LINES.district}" stroke-width="1.1" stroke-linejoin="round" pointer-events="none"/>`,
    `<path class="outline" d="${g.outline}" fill="none" stroke="${LINES.province}" stroke-width="1.2" pointer-events="none"/>`,
    `</svg>`,
  );
  return out.join("");
}
