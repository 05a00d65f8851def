/**
 * The commune choropleth as an SVG string: one path per shape (see
 * lib/map-frames), coloured by status in one year, district lines on top.
 * The same spec serves the page (interactive: all shapes present, the ones
 * not drawn this year hidden), the embed and the exported images (standalone:
 * title, legend, source and licence drawn inside the SVG).
 */
import { wrapWords } from "../lib/credits";
import type { Lang } from "../i18n/ui";
import { statusShort } from "../i18n/status";
import { decodeStatus, type Status } from "../lib/status-codes.mjs";
import { LADDER, LINES, OTHER_STATES, PALETTE, fillFor, patternDefs, statusClass } from "./palette";

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
  id: string;
  lang: Lang;
  years: readonly number[];
  year: number;
  shapes: MapShape[];
  geometry: MapGeometry;
  title: string;
  description: string;
  /** Names for tooltips in the standalone export are not needed; the page adds them. */
  highlight?: string;
  /** Extra CSS placed inside the SVG (scoped by the caller). */
  css?: string;
  /** Standalone: draw title, legend and source lines inside the SVG (exports). */
  standalone?: { subtitle: string; source: string; license: string; reconcile?: string[] };
}

/** Average advance of the image font (Be Vietnam Pro) in em, with a margin: how many characters fit a line. */
const FOOT_EM = 0.58;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function statusOf(shape: MapShape, years: readonly number[], year: number): Status | undefined {
  return decodeStatus(shape.status, years.indexOf(year));
}

export function choroplethSvg(input: ChoroplethInput): string {
  const { id, lang, years, year, shapes, geometry: g, title, description, standalone, highlight, css } = input;
  const head = standalone ? 64 : 0;
  const legendRows = standalone ? 2 : 0;
  const notes = standalone?.reconcile ?? [];
  const licenseLines = standalone ? wrapWords(standalone.license, Math.floor((g.width - 24) / (11 * FOOT_EM))) : [];
  const foot = standalone ? 28 + legendRows * 22 + notes.length * 16 + (notes.length ? 6 : 0) + 20 + licenseLines.length * 16 : 0;
  const W = g.width;
  const H = g.height + head + foot;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-t ${id}-d" class="ntm-map-svg" id="${id}-svg">`,
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(description)}</desc>`,
    `<defs>${patternDefs(id)}${standalone ? `<clipPath id="${id}-clip"><rect width="${W}" height="${g.height}"/></clipPath>` : ""}</defs>`,
  );
  if (css) out.push(`<style>${css}</style>`);
  if (standalone) {
    out.push(
      `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
      `<text x="12" y="28" font-size="20" font-weight="600" fill="#1d1d1f">${esc(title)}</text>`,
      `<text x="12" y="50" font-size="13" fill="#4a4a52">${esc(standalone.subtitle)}</text>`,
    );
  }
  // In an image, lines of neighbouring districts must not run over the legend below the map.
  out.push(`<g transform="translate(0,${head})"${standalone ? ` clip-path="url(#${id}-clip)"` : ""}>`);
  out.push(`<g class="units" stroke="${LINES.commune}" stroke-width="0.6" stroke-linejoin="round">`);
  // The highlighted unit last, so its outline is not hidden under its neighbours' edges.
  const ordered = highlight ? [...shapes.filter((s) => s.unit !== highlight), ...shapes.filter((s) => s.unit === highlight)] : shapes;
  for (const s of ordered) {
    const st = statusOf(s, years, year);
    if (!st && standalone) continue;
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
    `</g>`,
  );
  if (standalone) {
    const y0 = head + g.height + 16;
    // Row 1: the ladder; row 2: the states that are not an achievement.
    [LADDER, OTHER_STATES].forEach((row, r) =>
      row.forEach((s, i) => {
        const x = 12 + i * Math.floor((W - 24) / 4);
        const y = y0 + r * 22;
        out.push(
          `<rect x="${x}" y="${y}" width="14" height="14" fill="${fillFor(s, id)}" stroke="${PALETTE[s].edge}"/>`,
          `<text x="${x + 20}" y="${y + 11.5}" font-size="12" fill="#1d1d1f">${esc(statusShort[lang][s])}</text>`,
        );
      }),
    );
    notes.forEach((line, i) => {
      out.push(`<text x="12" y="${y0 + legendRows * 22 + 8 + i * 16}" font-size="12" fill="#1d1d1f">${esc(line)}</text>`);
    });
    const ys = y0 + legendRows * 22 + notes.length * 16 + (notes.length ? 6 : 0) + 14;
    out.push(
      `<text x="12" y="${ys}" font-size="11" fill="#4a4a52">${esc(standalone.source)}</text>`,
      ...licenseLines.map((l, i) => `<text x="12" y="${ys + 16 * (i + 1)}" font-size="11" fill="#4a4a52">${esc(l)}</text>`),
    );
  }
  out.push(`</svg>`);
  return out.join("");
}
