/**
 * A district's strip: one stacked column per year, its communes split by
 * status (known tiers at the bottom, then bounded, unknown, not yet).
 */
import type { Totals } from "../lib/totals";
import type { Status } from "../lib/status";
import { PALETTE, fillFor, patternDefs } from "./palette";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export function stripParts(t: Totals): [Status, number][] {
  return [
    ["kieu-mau", t.kieuMau],
    ["nang-cao", t.nangCao - t.kieuMau],
    ["ntm", t.ntm - t.nangCao],
    ["bounded", t.bounded],
    ["unknown", t.unknown],
    ["none", t.none],
  ];
}

export function stripSvg(id: string, label: string, totals: Totals[], highlightYear?: number): string {
  const col = 10;
  const gap = 2;
  const h = 44;
  const W = totals.length * (col + gap);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${h + 12}" width="${W}" height="${h + 12}" role="img" aria-label="${esc(label)}">`,
    `<defs>${patternDefs(id)}</defs>`,
  ];
  totals.forEach((t, i) => {
    const x = i * (col + gap);
    let y = h;
    if (t.communes === 0) {
      out.push(`<rect x="${x}" y="${h - 1}" width="${col}" height="1" fill="${PALETTE["not-in-programme"].edge}"/>`);
    }
    for (const [s, n] of stripParts(t)) {
      if (!n) continue;
      const hh = (n / t.communes) * h;
      y -= hh;
      out.push(`<rect x="${x}" y="${y.toFixed(1)}" width="${col}" height="${hh.toFixed(1)}" fill="${fillFor(s, id)}"/>`);
    }
    if (t.year === highlightYear) {
      out.push(`<rect x="${x - 1}" y="0" width="${col + 2}" height="${h}" fill="none" stroke="#262626"/>`);
    }
    // The last label ends at the strip's right edge, so "2025" is not clipped to "20".
    const last = i === totals.length - 1;
    if (t.year % 5 === 0)
      out.push(
        `<text x="${last ? x + col : x}" y="${h + 11}" font-size="11" fill="#4a4a52"${last ? ` text-anchor="end"` : ""}>${t.year}</text>`,
      );
  });
  out.push("</svg>");
  return out.join("");
}
