/**
 * The chart frame: what surrounds a chart, laid out once for every output.
 *
 * A chart spec (src/charts/specs.ts) says what a chart is — its SVG body, title, legend items, notes, source
 * and alt text. This module decides how that looks as a standalone image (SVG, and PNG through
 * src/charts/png.ts) and as a social card; the page figure and the embed show the same spec through
 * ChartFrame.astro, Legend.astro and SourceLine.astro. A chart's words are therefore written once, in the
 * spec, and every output shows the same title, legend, source line, credit and alt text.
 *
 * Adding to a chart (an inset, an annotation) is a change to its spec's body or notes; adding an output is a
 * new layout here. Nothing here edits another module's SVG: bodies are placed whole, in a translated group.
 */
import type { Status } from "../lib/status-codes.mjs";
import type { Lang } from "../i18n/ui";
import { t } from "../i18n/ui";
import type { ChartKind } from "../i18n/charts";
import { cw } from "../i18n/charts";
import { routePath } from "../i18n/routes";
import { wrapWords } from "../lib/credits";
import { CARD, PAGE, PALETTE, fillFor, patternDefs } from "./palette";

/**
 * How a legend item is drawn: a map status (fill or pattern), a line, a shaded band, a reported-value mark, a
 * plain fill with its edge, or a fill split between two colours (the 2025 view's split communes).
 */
export type Swatch =
  | { shape: "status"; status: Status }
  | { shape: "line"; colour: string }
  | { shape: "band"; colour: string }
  | { shape: "diamond"; colour: string }
  | { shape: "fill"; colour: string; edge: string }
  | { shape: "split"; colours: readonly [string, string]; edge: string };

export interface LegendItem {
  label: string;
  /** One line of explanation (the page shows it under the label; images leave it out for room). */
  note?: string;
  swatch: Swatch;
}

export interface LegendGroup {
  /** A heading (the map's ladder apart from the other states); none for a single flat group. */
  name?: string;
  items: LegendItem[];
}

/** Where the numbers come from: the data version (pinned or current) and, for maps, the boundary credit. */
export interface ChartSource {
  version: string;
  /** A frozen release (pinned embed): the line says so and links to the changelog. */
  pinned: boolean;
  /** The boundary credit (src/lib/credits.ts), for charts that draw boundaries. */
  credit?: string;
  /** The documents the chart draws on, in place of the general "recognition decisions and figures" (the 2025 view: the resolution). */
  documents?: { text: string; href?: string }[];
}

/** A chart's drawing: a complete <svg> element of the given size, without title or description (the frame names it). */
export interface ChartBody {
  svg: string;
  width: number;
  height: number;
}

export interface ChartSpec {
  kind: ChartKind;
  lang: Lang;
  /** Prefix for ids inside the chart (patterns): unique on a page. */
  id: string;
  /** The title, without the year. */
  title: string;
  /** The year shown, for charts of one year (the map): the frame writes "title, year". */
  year?: number;
  /** One line under the title in images (the map: the year's count). */
  subtitle?: string;
  /** The text alternative: the SVG's description on the page and in images, the card's alt. */
  alt: string;
  legend: LegendGroup[];
  /** Lines under the legend (reported vs placed, what the dashed lines are). */
  notes: string[];
  source: ChartSource;
  body: ChartBody;
}

export const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The title as every output shows it: with the year for a one-year chart. */
export const fullTitle = (spec: Pick<ChartSpec, "title" | "year">): string => (spec.year === undefined ? spec.title : `${spec.title}, ${spec.year}`);

/** One piece of the source line: the page links it (when it has an address), images write its text. `nav`: a link only a page needs. */
export interface SourcePart {
  text: string;
  href?: string;
  prefix?: string;
  suffix?: string;
  nav?: boolean;
}

/** The source line, in parts: sources (cited), the data version, the methodology. */
export function sourceParts(lang: Lang, source: ChartSource): SourcePart[] {
  const label = `${cw(lang, "source.label")} `;
  return [
    ...(source.documents?.map((d, i) => ({ prefix: i === 0 ? label : undefined, text: d.text, href: d.href })) ?? [
      { prefix: label, text: cw(lang, "source.what"), href: routePath("sources", lang) },
    ]),
    {
      prefix: `${cw(lang, "source.data")} `,
      text: `v${source.version}`,
      href: `${routePath("data", lang)}${source.pinned ? "#changelog" : ""}`,
      suffix: source.pinned ? ` ${cw(lang, "source.pinned")}` : undefined,
    },
    { text: cw(lang, "source.methodology"), href: routePath("methodology", lang), nav: true },
  ];
}

/** The source line as plain text (images): the parts that are not page navigation, then the report's name. */
export function sourceText(lang: Lang, source: ChartSource): string {
  const parts = sourceParts(lang, source)
    .filter((p) => !p.nav)
    .map((p) => `${p.prefix ?? ""}${p.text}${p.suffix ?? ""}`);
  return [...parts, t(lang, "site.short")].join(" · ");
}

/** Every legend label of a spec, in order. */
export const legendLabels = (spec: Pick<ChartSpec, "legend">): string[] => spec.legend.flatMap((g) => g.items.map((i) => i.label));

/** Average advance of the image font (Be Vietnam Pro) in em, with a margin: how many characters fit a line. */
const EM = 0.58;
const fit = (width: number, size: number) => Math.max(10, Math.floor(width / (size * EM)));

const INK = PAGE.light.ink;
const SOFT = PAGE.light["ink-soft"];
const PAPER = PAGE.light.paper;

/** A legend swatch, 16×14, at (x, y). `prefix`: the ids of the frame's own patterns. */
function swatchSvg(s: Swatch, x: number, y: number, prefix: string): string {
  switch (s.shape) {
    case "status":
      return `<rect x="${x}" y="${y}" width="14" height="14" fill="${fillFor(s.status, prefix)}" stroke="${PALETTE[s.status].edge}"/>`;
    case "line":
      return `<rect x="${x}" y="${y + 5.5}" width="16" height="3" fill="${s.colour}"/>`;
    case "band":
      return `<rect x="${x}" y="${y + 2}" width="16" height="10" fill="${s.colour}" fill-opacity="0.6"/>`;
    case "diamond":
      return `<path d="M${x + 8},${y + 2}l5,5l-5,5l-5,-5z" fill="${PAPER}" stroke="${s.colour}" stroke-width="1.5"/>`;
    case "fill":
      return `<rect x="${x}" y="${y}" width="14" height="14" fill="${s.colour}" stroke="${s.edge}"/>`;
    case "split":
      return `<rect x="${x}" y="${y}" width="14" height="14" fill="${s.colours[0]}"/><path d="M${x + 14},${y}v14h-14z" fill="${s.colours[1]}"/><rect x="${x}" y="${y}" width="14" height="14" fill="none" stroke="${s.edge}"/>`;
  }
}

/**
 * The chart as a standalone image (SVG; the PNG is this, rendered): title, subtitle, the body, the legend, the
 * notes, the source line and the credit, in one column at the body's width plus a margin.
 */
export function imageSvg(spec: ChartSpec, font: string): string {
  const pad = 16;
  const { body } = spec;
  const W = body.width + 2 * pad;
  const inner = W - 2 * pad;
  const lp = `${spec.id}-lg`;
  const out: string[] = [];
  let y = pad;
  const text = (lines: string[], size: number, colour: string, lead: number, weight = "") => {
    for (const l of lines) {
      y += lead;
      out.push(`<text x="${pad}" y="${y}" font-size="${size}"${weight ? ` font-weight="${weight}"` : ""} fill="${colour}">${esc(l)}</text>`);
    }
  };
  text(wrapWords(fullTitle(spec), fit(inner, 19)), 19, INK, 24, "600");
  if (spec.subtitle) text(wrapWords(spec.subtitle, fit(inner, 13)), 13, SOFT, 18);
  y += 12;
  out.push(`<g transform="translate(${pad},${y})">${body.svg}</g>`);
  y += body.height + 14;
  // One grid for every group, so the columns line up from group to group.
  const labels = legendLabels(spec);
  const need = 22 + Math.max(0, ...labels.map((l) => l.length)) * 12 * EM;
  const cols = Math.max(1, Math.min(4, Math.floor(inner / need)));
  const colW = Math.floor(inner / cols);
  for (const group of spec.legend) {
    group.items.forEach((item, i) => {
      const x = pad + (i % cols) * colW;
      const top = y + Math.floor(i / cols) * 22;
      out.push(swatchSvg(item.swatch, x, top, lp), `<text x="${x + 22}" y="${top + 11.5}" font-size="12" fill="${INK}">${esc(item.label)}</text>`);
    });
    y += Math.ceil(group.items.length / cols) * 22;
  }
  y -= 4;
  for (const note of spec.notes) text(wrapWords(note, fit(inner, 12)), 12, INK, 16);
  y += 6;
  text(wrapWords(sourceText(spec.lang, spec.source), fit(inner, 11)), 11, SOFT, 16);
  if (spec.source.credit) text(wrapWords(spec.source.credit, fit(inner, 11)), 11, SOFT, 16);
  const H = Math.ceil(y + pad);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" font-family="${font}, sans-serif" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${spec.id}-t ${spec.id}-d">` +
    `<title id="${spec.id}-t">${esc(fullTitle(spec))}</title><desc id="${spec.id}-d">${esc(spec.alt)}</desc>` +
    `<defs>${patternDefs(lp)}</defs><rect width="${W}" height="${H}" fill="${PAPER}"/>` +
    out.join("") +
    `</svg>`
  );
}

export interface CardInput {
  lang: Lang;
  /** The page's title: the card's headline. */
  title: string;
  /** A line under the headline (commune cards: district and status). */
  subtitle?: string;
  /** The page's chart, drawn as the card's picture, and credited when it draws boundaries. */
  chart: ChartSpec;
  /**
   * What to draw in the picture's place instead of the chart's body: given where the body goes (its top left
   * corner and scale on the card), markup in the card's coordinates (src/charts/og.ts: a pre-rendered map).
   */
  picture?: (place: CardPlace) => string;
}

/** Where a chart's body sits on the card: translated to (x, y), scaled by k. */
export interface CardPlace {
  x: number;
  y: number;
  k: number;
}

/** The picture fits a 600×520 box right of the text. */
export function cardPlace(body: Pick<ChartBody, "width" | "height">): CardPlace {
  const k = Math.min(600 / body.width, 520 / body.height);
  return { x: +(560 + (600 - body.width * k) / 2).toFixed(2), y: +(55 + (520 - body.height * k) / 2).toFixed(2), k: +k.toFixed(4) };
}

/**
 * The social card (1200×630): the site, the page's title and subtitle, a tag line, and the chart's body at the
 * right; the chart's credit across the foot, the chart's alt text as the SVG's description.
 */
export function cardSvg({ lang, title, subtitle, chart, picture }: CardInput, font: string): string {
  const lines = wrapWords(title, 26).slice(0, 4);
  const credit = chart.source.credit ? wrapWords(chart.source.credit, 140) : [];
  const sub = subtitle ? wrapWords(subtitle, 30).slice(0, 5 - lines.length) : [];
  const subY = 190 + lines.length * 64 - 8;
  const place = cardPlace(chart.body);
  return `<svg xmlns="http://www.w3.org/2000/svg" font-family="${font}, sans-serif" width="1200" height="630" viewBox="0 0 1200 630" role="img" aria-labelledby="card-t card-d">
<title id="card-t">${esc(title)}</title><desc id="card-d">${esc(chart.alt)}</desc>
<rect width="1200" height="630" fill="${CARD.ground}"/>
<rect width="1200" height="10" fill="${CARD.band}"/>
<text x="60" y="110" font-size="26" fill="${SOFT}">${esc(t(lang, "site.short"))}</text>
${lines.map((l, i) => `<text x="60" y="${190 + i * 64}" font-size="54" font-weight="600" fill="${INK}">${esc(l)}</text>`).join("")}
${sub.map((l, i) => `<text x="60" y="${subY + i * 40}" font-size="30" fill="${SOFT}">${esc(l)}</text>`).join("")}
<text x="60" y="560" font-size="22" fill="${SOFT}">${esc(cw(lang, "card.tagline"))}</text>
${picture ? picture(place) : `<g transform="translate(${place.x},${place.y}) scale(${place.k})">${chart.body.svg}</g>`}
${credit.map((l, i) => `<text x="60" y="${598 + i * 17}" font-size="13" fill="${SOFT}">${esc(l)}</text>`).join("")}
</svg>`;
}
