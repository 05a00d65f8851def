/**
 * Charts as standalone images (SVG, and PNG at 1× and 2× through resvg with a
 * Vietnamese-capable font from npm): title, legend, source and licence drawn in.
 * Same specs as the pages; nothing is drawn twice by hand.
 */
import { BOUNDARY_CREDIT } from "../lib/credits";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import type { Lang } from "../i18n/ui";
import { LAST_YEAR } from "../config";
import { chartContext, inDistrict } from "./context";
import { choroplethSvg } from "./choropleth";
import { mapGeometry } from "./geometry";
import { timelineSvg, timelineWords } from "./timeline";
import { stripSvg } from "./strip";
import { districtTotals, totalsFor } from "../lib/totals";
import { reconcileLines, totalsSentence } from "../i18n/sentences";
import { programmeChange, reconcile } from "../lib/reconcile";
import { PALETTE } from "./palette";
import { cachedPng } from "./png-cache";

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve("@expo-google-fonts/be-vietnam-pro/package.json"));
export const FONT_FILES = [join(fontDir, "400Regular/BeVietnamPro_400Regular.ttf"), join(fontDir, "600SemiBold/BeVietnamPro_600SemiBold.ttf")];
const FONT = "Be Vietnam Pro";


const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const withFont = (svg: string) => svg.replace("<svg ", `<svg font-family="${FONT}, sans-serif" `);

export function sourceLine(lang: Lang, version: string): string {
  return lang === "vi"
    ? `Nguồn: quyết định công nhận và số liệu công bố (xem trang Nguồn) · Dữ liệu v${version} · Báo cáo NTM Quảng Ninh`
    : `Source: recognition decisions and published figures (see Sources) · Data v${version} · Quảng Ninh NTM report`;
}

/** The commune map of a year, of the province or (district: a unit id) of one district. */
export async function mapImageSvg(lang: Lang, year: number, district?: string): Promise<string> {
  const ctx = chartContext();
  const d = district ? ctx.index.get(district) : undefined;
  const geometry = await mapGeometry({ district: d?.geo_district });
  const place = d ? d.name : "Quảng Ninh";
  const title = lang === "vi" ? `Các xã ${d ? "của " : ""}${place} theo mức đạt chuẩn nông thôn mới, ${year}` : `${place}'s communes by New Rural status, ${year}`;
  const units = ctx.communes.filter((u) => inDistrict(ctx, u.id, district));
  const t = totalsFor(ctx.model, units, year);
  const counts = ctx.data.counts.filter((c) => c.unit === (district ?? "quang-ninh"));
  const lines = reconcileLines(lang, reconcile(t, district ? [] : ctx.data.province, counts), year > ctx.years[0] ? programmeChange(units, year) : undefined, d?.name);
  return withFont(
    choroplethSvg({
      id: "img",
      lang,
      years: ctx.years,
      year,
      shapes: ctx.shapes.filter((s) => inDistrict(ctx, s.unit, district)),
      geometry,
      title,
      description: totalsSentence(lang, t),
      standalone: {
        subtitle: `${totalsSentence(lang, t).split(". ")[0].replace(/\.$/, "")}.`,
        source: sourceLine(lang, ctx.data.version),
        license: BOUNDARY_CREDIT[lang],
        reconcile: lines,
      },
    }),
  );
}

export function timelineImageSvg(lang: Lang): string {
  const ctx = chartContext();
  const events = ctx.data.recognitions
    .filter((r) => r.level === "ntm" && r.wording === "recognised" && ctx.index.get(r.unit)?.parent === "quang-ninh")
    .map((r) => ({ year: r.year, label: ctx.index.get(r.unit)!.name }));
  const W = 680;
  const plot = timelineSvg({ lang, totals: ctx.totals, points: ctx.data.province, events, width: 640, height: 320 });
  const w = timelineWords[lang];
  const title = lang === "vi" ? "Số xã đạt chuẩn nông thôn mới theo năm, Quảng Ninh" : "Communes reaching New Rural status by year, Quảng Ninh";
  const keys: [string, string][] = [
    [PALETTE.ntm.edge, w.ntm],
    [PALETTE["nang-cao"].fill, w["nang-cao"]],
    [PALETTE["kieu-mau"].fill, w["kieu-mau"]],
    [PALETTE.undetermined.fill, w.band],
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" font-family="${FONT}, sans-serif" width="${W}" height="470" viewBox="0 0 ${W} 470">
<rect width="${W}" height="470" fill="#ffffff"/>
<text x="20" y="30" font-size="18" font-weight="600" fill="#1d1d1f">${esc(title)}</text>
<g transform="translate(20,48)">${plot.replace(/<svg /, '<svg x="0" y="0" ')}</g>
${keys.map(([c, label], i) => `<rect x="${20 + (i % 2) * 320}" y="${384 + Math.floor(i / 2) * 20}" width="16" height="10" fill="${c}"/><text x="${42 + (i % 2) * 320}" y="${393 + Math.floor(i / 2) * 20}" font-size="11" fill="#1d1d1f">${esc(label)}</text>`).join("")}
<path d="M26,430l5,5l-5,5l-5,-5z" fill="#ffffff" stroke="${PALETTE.ntm.edge}" stroke-width="1.5"/><text x="38" y="439" font-size="11" fill="#1d1d1f">${esc(w.reported)}</text>
<text x="20" y="458" font-size="11" fill="#4a4a52">${esc(sourceLine(lang, ctx.data.version))}</text>
</svg>`;
}

export function districtsImageSvg(lang: Lang): string {
  const { data, index, model, years, districts } = chartContext();
  const cols = 3;
  const cw = 220;
  const ch = 96;
  const W = cols * cw + 20;
  const rows = Math.ceil(districts.length / cols);
  const H = 60 + rows * ch + 40;
  const title = lang === "vi" ? "13 đơn vị cấp huyện: các xã đạt chuẩn qua từng năm" : "The 13 district-level units: their communes year by year";
  const cells = districts
    .map((d) => ({ d, rec: data.recognitions.find((r) => r.unit === d.id && r.level === "ntm" && r.wording === "recognised") }))
    .sort((a, b) => (a.rec?.year ?? 9999) - (b.rec?.year ?? 9999) || a.d.name.localeCompare(b.d.name, "vi"))
    .map(({ d, rec }, i) => {
      const x = 10 + (i % cols) * cw;
      const y = 60 + Math.floor(i / cols) * ch;
      const strip = stripSvg(`s${i}`, d.name, districtTotals(model, index, data.units, d.id, years)).replace("<svg ", `<svg x="${x}" y="${y + 26}" `);
      return `<text x="${x}" y="${y + 12}" font-size="13" font-weight="600" fill="#1d1d1f">${esc(d.name)}</text><text x="${x}" y="${y + 24}" font-size="10" fill="#4a4a52">${rec ? `NTM ${rec.precision === "no-later-than" ? "≤" : ""}${rec.year}${rec.decision ? ` · ${esc(rec.decision)}` : ""}` : ""}</text>${strip}`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" font-family="${FONT}, sans-serif" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="#ffffff"/><text x="10" y="30" font-size="18" font-weight="600" fill="#1d1d1f">${esc(title)}</text>${cells}<text x="10" y="${H - 14}" font-size="11" fill="#4a4a52">${esc(sourceLine(lang, data.version))}</text></svg>`;
}


/** The same, rendered off the main thread (resvg's thread pool), so several images render at once. */
/** Cached by a content hash of the SVG and the render options (src/charts/png-cache.ts): each image renders once. */
export async function toPngAsync(svg: string, scale: 1 | 2 = 1): Promise<Uint8Array> {
  const options = {
    fitTo: { mode: "zoom" as const, value: scale },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
    background: "#ffffff",
  };
  return cachedPng(svg, options, FONT_FILES, async () => (await renderAsync(svg, options)).asPng());
}

export const IMAGE_YEARS = (): readonly number[] => chartContext().years;
export { LAST_YEAR };
