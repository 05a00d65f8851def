/**
 * A district's strip: one stacked column per year, its communes split by
 * status (known tiers at the bottom, then undetermined, not yet), with the counts the district
 * reported drawn as marks at their height.
 */
import type { Totals } from "../lib/totals";
import type { Status } from "../lib/status-codes.mjs";
import { LINES, PAGE, PALETTE, fillFor, patternDefs } from "./palette";
import { esc } from "./frame";

/** The states a strip stacks, from the bottom of a column up (the legend lists them in this order). */
export const STRIP_STATES = ["kieu-mau", "nang-cao", "ntm", "undetermined", "none"] as const satisfies readonly Status[];

export function stripParts(t: Totals): [Status, number][] {
  const n: Record<(typeof STRIP_STATES)[number], number> = {
    "kieu-mau": t.kieuMau,
    "nang-cao": t.nangCao - t.kieuMau,
    ntm: t.ntm - t.nangCao,
    undetermined: t.undetermined,
    none: t.none,
  };
  return STRIP_STATES.map((s) => [s, n[s]]);
}

/** A count the district reported ("5 of 8 communes at nâng cao by the end of 2022"), drawn as a mark. */
export interface ReportedMark {
  year: number;
  level: "ntm" | "nang-cao" | "kieu-mau";
  count: number;
}

export function stripSvg(id: string, label: string, totals: Totals[], highlightYear?: number, reported: readonly ReportedMark[] = []): string {
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
    for (const m of reported) {
      if (m.year !== t.year || !t.communes) continue;
      const my = h - (Math.min(m.count, t.communes) / t.communes) * h;
      out.push(
        `<path class="reported" d="M${x - 1} ${my.toFixed(1)}h${col + 2}" stroke="${PALETTE[m.level].edge}" stroke-width="2"/>`,
        `<path d="M${x + col + 1} ${my.toFixed(1)}l3 -3v6z" fill="${PALETTE[m.level].edge}"/>`,
      );
    }
    if (t.year === highlightYear) {
      out.push(`<rect x="${x - 1}" y="0" width="${col + 2}" height="${h}" fill="none" stroke="${LINES.district}"/>`);
    }
    // The last label ends at the strip's right edge, so "2025" is not clipped to "20".
    const last = i === totals.length - 1;
    if (t.year % 5 === 0)
      out.push(
        `<text x="${last ? x + col : x}" y="${h + 11}" font-size="11" fill="${PAGE.light["ink-soft"]}"${last ? ` text-anchor="end"` : ""}>${t.year}</text>`,
      );
  });
  out.push("</svg>");
  return out.join("");
}
