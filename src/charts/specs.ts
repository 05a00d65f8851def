/**
 * Chart specs: for each chart, everything every output needs — the SVG body, the title, the legend items,
 * the notes, the source (with the boundary credit for maps) and the alt text — computed once from the chart
 * context. The frame (src/charts/frame.ts) lays a spec out as an image or a social card; the page figure and
 * the embed show the same spec (ChartFrame.astro). Words come from src/i18n/, colours from palette.ts.
 */
import type { Lang } from "../i18n/ui";
import { cw, districtWords, districtsTitle, mapTitle } from "../i18n/charts";
import { fmtInt } from "../i18n/sentences";
import { statusNote, statusShort } from "../i18n/status";
import { reconcileLines, totalsSentence } from "../i18n/sentences";
import { BOUNDARY_CREDIT } from "../lib/credits";
import { programmeChange, reconcile } from "../lib/reconcile";
import { districtTotals, totalsFor, type Totals } from "../lib/totals";
import type { DistrictCount, Recognition, Unit } from "../data/types";
import { LAST_YEAR } from "../config";
import { chartContext, inDistrict, type ChartContext } from "./context";
import { choroplethSvg, type Box, type MapGeometry } from "./choropleth";
import { mapGeometry } from "./geometry";
import { timelineSvg, timelineWords } from "./timeline";
import { dropNotes } from "../lib/timeline-notes";
import { dropNoteText } from "../i18n/story";
import { STRIP_STATES, stripSvg } from "./strip";
import type { ChartBody, ChartSource, ChartSpec, LegendGroup } from "./frame";
import { esc, fullTitle } from "./frame";
import { LADDER, OTHER_STATES, PAGE, PALETTE, REORG_COLOURS, REORG_EDGE } from "./palette";
import { reorgMapSvg, REORG_HEIGHT, REORG_WIDTH } from "./reorg-map";
import { units2025 } from "../lib/lineage";
import { reorgShapes } from "../lib/reorg";
import { REORG_WORDS, unit2025Name } from "../i18n/reorg";

const source = (ctx: ChartContext, version: string | undefined, lang: Lang, map: boolean): ChartSource => ({
  version: ctx.data.version,
  pinned: version !== undefined,
  credit: map ? BOUNDARY_CREDIT[lang] : undefined,
});

/** The map legend: the programme ladder, then the states that are not an achievement, each with its note. */
export function mapLegend(lang: Lang): LegendGroup[] {
  return [
    { name: cw(lang, "map.legend.ladder"), states: LADDER },
    { name: cw(lang, "map.legend.other"), states: OTHER_STATES },
  ].map(({ name, states }) => ({
    name,
    items: states.map((s) => ({ label: statusShort[lang][s], note: statusNote[lang][s], swatch: { shape: "status" as const, status: s } })),
  }));
}

export interface MapSpecOptions {
  year?: number;
  /** A district-level unit id: its communes only, fitted to it. */
  district?: string;
  /** A frozen data version (pinned embeds). */
  version?: string;
  /** Id of the chart (its patterns); default "img". */
  id?: string;
  /** A commune to outline. */
  highlight?: string;
  /** The page's map: every shape present (those not drawn this year hidden, for the client to show), named inside the SVG, with CSS. */
  page?: { css: string };
  /** Size of the drawing (default: the geometry's default). */
  size?: { width: number; height: number };
  /** Draw only what touches this rectangle of the map (src/charts/choropleth.ts). */
  window?: Box;
}

/**
 * A chart's title, as its spec gives it to every output: the figure, the image, the embed's <title>, the
 * embed code's iframe title and the citation. `district`: a district-level unit id (its map).
 */
export function chartTitle(lang: Lang, kind: "map" | "timeline" | "districts", ctx: ChartContext, district?: string): string {
  if (kind === "map") return mapTitle(lang, district ? ctx.index.get(district)?.name : undefined);
  return kind === "timeline" ? cw(lang, "timeline.title") : districtsTitle(lang, ctx.districts.length);
}

/** What the map shows for one year beside the picture: the totals and the reported-vs-placed lines. */
export function mapYear(ctx: ChartContext, lang: Lang, year: number, district?: string): { totals: Totals; lines: string[] } {
  const d = district ? ctx.index.get(district) : undefined;
  const units = ctx.communes.filter((u) => inDistrict(ctx, u.id, district));
  const totals = totalsFor(ctx.model, units, year);
  const counts = ctx.data.counts.filter((c) => c.unit === (district ?? "quang-ninh"));
  const lines = reconcileLines(
    lang,
    reconcile(totals, district ? [] : ctx.data.province, counts),
    year > ctx.years[0] ? programmeChange(units, year) : undefined,
    d?.name,
  );
  return { totals, lines };
}

/** The map's alt text in a year: "Map for 2018. <the year's totals>" (the client rebuilds it as the year changes). */
export const mapAlt = (lang: Lang, totals: Totals): string => `${cw(lang, "map.alt")} ${totals.year}. ${totalsSentence(lang, totals)}`;

/** The commune map of one year, of the province or of one district. */
export async function mapSpec(lang: Lang, opts: MapSpecOptions = {}): Promise<ChartSpec & { geometry: MapGeometry }> {
  const ctx = chartContext(opts.version);
  const year = opts.year ?? LAST_YEAR;
  const id = opts.id ?? "img";
  const d = opts.district ? ctx.index.get(opts.district) : undefined;
  const geometry = await mapGeometry({ district: d?.geo_district, ...opts.size });
  const { totals, lines } = mapYear(ctx, lang, year, opts.district);
  const title = chartTitle(lang, "map", ctx, opts.district);
  const alt = mapAlt(lang, totals);
  const svg = choroplethSvg({
    id,
    years: ctx.years,
    year,
    shapes: ctx.shapes.filter((s) => inDistrict(ctx, s.unit, opts.district)),
    geometry,
    highlight: opts.highlight,
    label: opts.page ? { title: fullTitle({ title, year }), description: alt } : undefined,
    css: opts.page?.css,
    all: !!opts.page,
    window: opts.window,
  });
  return {
    kind: "map",
    lang,
    id,
    title,
    year,
    subtitle: `${totalsSentence(lang, totals).split(". ")[0].replace(/\.$/, "")}.`,
    alt,
    legend: mapLegend(lang),
    notes: lines,
    source: source(ctx, opts.version, lang, true),
    body: { svg, width: geometry.width, height: geometry.height },
    geometry,
  };
}

/** The district-level recognitions the timeline marks with dashed lines, in year order. */
export function timelineEvents(ctx: ChartContext): { year: number; label: string }[] {
  return ctx.data.recognitions
    .filter((r) => r.level === "ntm" && r.wording === "recognised" && ctx.index.get(r.unit)?.parent === "quang-ninh")
    .map((r) => ({ year: r.year, label: `${ctx.index.get(r.unit)?.name ?? r.unit}${r.decision ? ` (${r.decision})` : ""}` }))
    .sort((a, b) => a.year - b.year);
}

/** The timeline's drawing at a size (the page draws a narrow one for phones too). */
/** Notes written on the timeline where the line falls for a reason other than communes losing the standard. */
export function timelineNotes(ctx: ChartContext, lang: Lang): { year: number; value: number; text: string }[] {
  return dropNotes(ctx.totals, ctx.communes).map((n) => ({ year: n.year, value: n.to, text: dropNoteText(lang, n) }));
}

export function timelineBody(ctx: ChartContext, lang: Lang, width = 640, height = 320): ChartBody {
  const notes = timelineNotes(ctx, lang);
  const svg = timelineSvg({ lang, totals: ctx.totals, points: ctx.data.province, events: timelineEvents(ctx), notes, width, height });
  return { svg, width, height };
}

/** Communes at each tier per year, beside the totals the province reported. */
export function timelineSpec(lang: Lang, opts: { version?: string; id?: string } = {}): ChartSpec {
  const ctx = chartContext(opts.version);
  const w = timelineWords[lang];
  const events = timelineEvents(ctx);
  const byYear = [...new Set(events.map((e) => e.year))].map(
    (y) =>
      `${y}: ${events
        .filter((e) => e.year === y)
        .map((e) => e.label)
        .join(", ")}`,
  );
  const title = chartTitle(lang, "timeline", ctx);
  const last = ctx.totals[ctx.totals.length - 1];
  return {
    kind: "timeline",
    lang,
    id: opts.id ?? "timeline",
    title,
    // The notes drawn on the line are read out too (the drawing itself is one image).
    alt: [`${title}. ${totalsSentence(lang, last)}`, ...timelineNotes(ctx, lang).map((n) => n.text.replace(/\n/g, " "))].join(" "),
    legend: [
      {
        items: [
          { label: w.ntm, swatch: { shape: "line", colour: PALETTE.ntm.edge } },
          { label: w["nang-cao"], swatch: { shape: "line", colour: PALETTE["nang-cao"].fill } },
          { label: w["kieu-mau"], swatch: { shape: "line", colour: PALETTE["kieu-mau"].fill } },
          { label: w.band, swatch: { shape: "band", colour: PALETTE.undetermined.fill } },
          { label: w.reported, swatch: { shape: "diamond", colour: PALETTE.ntm.edge } },
        ],
      },
    ],
    notes: events.length ? [`${cw(lang, "timeline.events")} ${byYear.join("; ")}`] : [],
    source: source(ctx, opts.version, lang, false),
    body: timelineBody(ctx, lang),
  };
}

export interface DistrictCard {
  d: Unit;
  /** Its formal recognitions, by year. */
  recs: Recognition[];
  ntm?: Recognition;
  totals: Totals[];
  /** The counts of recognised communes the district reported, by year: drawn as marks on its strip. */
  counts: DistrictCount[];
}

/** The district-level units of 2020–2025 in the grid's order: by the year they reached NTM (unknown last), then by name. */
export function districtCards(ctx: ChartContext): DistrictCard[] {
  const { data, index, model, years, districts } = ctx;
  const formal = data.recognitions.filter((r) => r.wording === "recognised");
  return districts
    .map((d) => {
      const recs = formal.filter((r) => r.unit === d.id).sort((a, b) => a.year - b.year);
      const counts = data.counts.filter((n) => n.unit === d.id && n.wording === "recognised").sort((a, b) => a.year - b.year);
      return { d, recs, ntm: recs.find((r) => r.level === "ntm"), totals: districtTotals(model, index, data.units, d.id, years), counts };
    })
    .sort((a, b) => (a.ntm?.year ?? 9999) - (b.ntm?.year ?? 9999) || a.d.name.localeCompare(b.d.name, "vi"));
}

/**
 * Why the grid's count of districts done by 2020 can differ from the province's: the grid follows the standard
 * year, the province the decision date. Undefined when they agree or the province gave no figure.
 */
export function why2020(ctx: ChartContext, lang: Lang, cards: DistrictCard[]): string | undefined {
  const end2020 = ctx.data.province.find((p) => p.year === 2020 && p.shown === true && typeof p.districts_done === "number");
  const byStandard = cards.filter((c) => c.ntm && c.ntm.year <= 2020);
  if (!end2020 || byStandard.length === end2020.districts_done) return undefined;
  const late = byStandard.filter((c) => c.ntm?.decision_date && Number(c.ntm.decision_date.slice(0, 4)) > 2020);
  const f = (n: number) => fmtInt(lang, n);
  return districtWords[lang].why2020(f(end2020.districts_done!), f(end2020.districts_total ?? cards.length), f(byStandard.length), {
    names: late.map((c) => c.d.name),
    years: [...new Set(late.map((c) => c.ntm!.decision_date!.slice(0, 4)))],
  });
}

/** Small multiples: one strip per district-level unit. */
export function districtsSpec(lang: Lang, opts: { version?: string; id?: string } = {}): ChartSpec {
  const ctx = chartContext(opts.version);
  const cards = districtCards(ctx);
  const note = why2020(ctx, lang, cards);
  const id = opts.id ?? "districts";
  const cols = 3;
  const cw_ = 220;
  const ch = 96;
  const width = cols * cw_;
  const height = Math.ceil(cards.length / cols) * ch;
  const ink = PAGE.light.ink;
  const soft = PAGE.light["ink-soft"];
  const cells = cards
    .map(({ d, ntm, totals, counts }, i) => {
      const x = (i % cols) * cw_;
      const y = Math.floor(i / cols) * ch;
      const strip = `<g transform="translate(${x},${y + 26})">${stripSvg(`${id}-s${i}`, d.name, totals, undefined, counts)}</g>`;
      const rec = ntm ? `NTM ${ntm.precision === "no-later-than" ? "≤" : ""}${ntm.year}${ntm.decision ? ` · ${ntm.decision}` : ""}` : "";
      return `<text x="${x}" y="${y + 12}" font-size="13" font-weight="600" fill="${ink}">${esc(d.name)}</text><text x="${x}" y="${y + 24}" font-size="10" fill="${soft}">${esc(rec)}</text>${strip}`;
    })
    .join("");
  const title = chartTitle(lang, "districts", ctx);
  return {
    kind: "districts",
    lang,
    id,
    title,
    alt: title,
    // The strips' states, from the bottom of a column up, and the marks of the counts the districts reported (when any did).
    legend: [
      {
        items: [
          ...STRIP_STATES.map((s) => ({ label: statusShort[lang][s], swatch: { shape: "status" as const, status: s } })),
          ...(cards.some((c) => c.counts.length) ? [{ label: cw(lang, "districts.reported"), swatch: { shape: "line" as const, colour: PALETTE.ntm.edge } }] : []),
        ],
      },
    ],
    notes: note ? [note] : [],
    source: source(ctx, opts.version, lang, false),
    body: { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${cells}</svg>`, width, height },
  };
}

/**
 * The 2025 view: the 2019 communes coloured by the unit of 1 July 2025 each went into (split communes striped),
 * with the resolution and the item list as its sources. Also returns the units' colours, for the table's swatches.
 */
export async function reorgSpec(lang: Lang, opts: { id?: string } = {}): Promise<ChartSpec & { colours: Map<string, string> }> {
  const ctx = chartContext();
  const { data, index } = ctx;
  const w = REORG_WORDS[lang];
  const id = opts.id ?? "reorg";
  const list = units2025(data.units);
  const shapes = reorgShapes(data.units, index);
  const split = shapes.filter((s) => s.destinations.length > 1).length;
  const unknown = shapes.filter((s) => s.destinations.length === 0);
  const nameOf = (uid: string) => {
    const u = index.get(uid);
    return u ? unit2025Name(lang, u) : uid;
  };
  const description = w.mapDesc(list.length, split);
  const { svg, colours } = await reorgMapSvg({
    id,
    lang,
    title: w.mapTitle,
    description,
    shapes,
    units: new Map(list.map((u) => [u.id, u])),
    label: (u: Unit) => u.name,
    hover: (s) => w.hover(s.unit.name, s.destinations.map((d) => nameOf(d.into)).join(" + ")),
  });
  const cited = (sid: string, text: string) => {
    const s = data.sources.find((x) => x.id === sid);
    return s ? [{ text, href: s.url || undefined }] : [];
  };
  return {
    kind: "reorg",
    lang,
    id,
    title: w.mapTitle,
    alt: description,
    legend: [
      {
        items: [
          { label: w.legendWhole, swatch: { shape: "fill", colour: REORG_COLOURS[0], edge: REORG_EDGE } },
          { label: w.legendSplit, swatch: { shape: "split", colours: [REORG_COLOURS[0], REORG_COLOURS[3]], edge: REORG_EDGE } },
          ...(unknown.length ? [{ label: `${w.legendUnknown}: ${unknown.map((s) => s.unit.name).join(", ")}`, swatch: { shape: "status" as const, status: "no-data" as const } }] : []),
        ],
      },
    ],
    notes: [w.noPolygons],
    source: { ...source(ctx, undefined, lang, true), documents: [...cited("L13", w.resolutionSource), ...cited("L14", w.summarySource)] },
    body: { svg, width: REORG_WIDTH, height: REORG_HEIGHT },
    colours,
  };
}
