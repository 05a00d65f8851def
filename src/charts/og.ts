/** Social cards (1200×630): the page title over a thumbnail of its map, drawn at build. */
import type { Lang } from "../i18n/ui";
import { t } from "../i18n/ui";
import { chartContext, inDistrict } from "./context";
import { choroplethSvg } from "./choropleth";
import { mapGeometry } from "./geometry";
import { LAST_YEAR } from "../config";
import { BOUNDARY_CREDIT, wrapWords } from "../lib/credits";
import { PAGE } from "./palette";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/**
 * `subtitle`: a line under the title (commune cards: district and status), wrapped like the title.
 */
export async function cardSvg(lang: Lang, title: string, opts: { district?: string; highlight?: string; subtitle?: string } = {}): Promise<string> {
  const ctx = chartContext();
  const geometry = await mapGeometry({ district: opts.district ? ctx.index.get(opts.district)?.geo_district : undefined, width: 640, height: 520 });
  const shapes = ctx.shapes.filter((s) => inDistrict(ctx, s.unit, opts.district));
  const map = choroplethSvg({ id: "og", lang, years: ctx.years, year: LAST_YEAR, shapes, geometry, title, description: title, highlight: opts.highlight })
    .replace(/<title[^>]*>.*?<\/title><desc[^>]*>.*?<\/desc>/, "")
    .replace(/^<svg [^>]*>/, `<svg x="560" y="55" width="600" height="520" viewBox="0 0 640 520">`);
  const lines = wrapWords(title, 26).slice(0, 4);
  // The map needs its boundary credit, in two lines across the foot of the card.
  const credit = wrapWords(BOUNDARY_CREDIT[lang], 140);
  const sub = opts.subtitle ? wrapWords(opts.subtitle, 30).slice(0, 5 - lines.length) : [];
  const subY = 190 + lines.length * 64 - 8;
  return `<svg xmlns="http://www.w3.org/2000/svg" font-family="Be Vietnam Pro, sans-serif" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#f7f7f5"/>
<rect width="1200" height="10" fill="#1b7837"/>
<text x="60" y="110" font-size="26" fill="#4a4a52">${esc(t(lang, "site.short"))}</text>
${lines.map((l, i) => `<text x="60" y="${190 + i * 64}" font-size="54" font-weight="600" fill="#1d1d1f">${esc(l)}</text>`).join("")}
${sub.map((l, i) => `<text x="60" y="${subY + i * 40}" font-size="30" fill="${PAGE.light["ink-soft"]}">${esc(l)}</text>`).join("")}
<text x="60" y="560" font-size="22" fill="#4a4a52">${esc(lang === "vi" ? "Bản đồ, dòng thời gian, nguồn của mọi con số" : "Maps, a timeline, and the source of every number")}</text>
${map}
${credit.map((l, i) => `<text x="60" y="${598 + i * 17}" font-size="13" fill="#4a4a52">${esc(l)}</text>`).join("")}
</svg>`;
}
