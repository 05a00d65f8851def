/**
 * The one palette. Every status colour on the site, in maps, legends, timelines,
 * embeds and exported images, comes from here.
 *
 * The four programme tiers run light → dark in one sequential ramp (ColorBrewer
 * YlGnBu family), so they stay ordered for every kind of colour vision and in
 * greyscale; the other states are told apart by pattern, not hue alone:
 * "bounded" is hatched in the colour it will have, "unknown" is dotted grey.
 */
import { STATUSES, type Status } from "../lib/status";

export interface Swatch {
  /** Solid fill, or the base colour of the pattern. */
  fill: string;
  /** Pattern id, when the state is drawn with a pattern. */
  pattern?: "hatch" | "dots" | "cross";
  /** Stroke of legend swatches: ≥ 3:1 against the page background. */
  edge: string;
}

export const PALETTE: Record<Status, Swatch> = {
  none: { fill: "#fde9c9", edge: "#8a6d3b" },
  ntm: { fill: "#9bd5b1", edge: "#2f6b47" },
  "nang-cao": { fill: "#3aa6b9", edge: "#1c5a66" },
  "kieu-mau": { fill: "#1f4e99", edge: "#0f2a55" },
  bounded: { fill: "#9bd5b1", pattern: "hatch", edge: "#2f6b47" },
  unknown: { fill: "#b8b8b8", pattern: "dots", edge: "#595959" },
  "not-in-programme": { fill: "#eeeeec", edge: "#767676" },
  "no-data": { fill: "#ffffff", pattern: "cross", edge: "#767676" },
};

/** Lines drawn over the fills. */
export const LINES = {
  commune: "#ffffff",
  district: "#262626",
  province: "#262626",
  focus: "#b4530a",
};

/** Legend order: the programme ladder first, then the honest "we don't know" states (the order of STATUSES). */
export const LEGEND_ORDER: readonly Status[] = STATUSES;

export const statusClass = (s: Status): string => `s-${s}`;

/** `<pattern>` definitions, with ids prefixed so several maps can share a page. */
export function patternDefs(prefix: string): string {
  const bounded = PALETTE.bounded.fill;
  return (
    `<pattern id="${prefix}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="${bounded}"/></pattern>` +
    `<pattern id="${prefix}-dots" patternUnits="userSpaceOnUse" width="5" height="5">` +
    `<rect width="5" height="5" fill="#dcdcdc"/><circle cx="2.5" cy="2.5" r="1.3" fill="#6b6b6b"/></pattern>` +
    `<pattern id="${prefix}-cross" patternUnits="userSpaceOnUse" width="6" height="6">` +
    `<rect width="6" height="6" fill="#ffffff"/><path d="M0 0L6 6M6 0L0 6" stroke="#9a9a9a" stroke-width="0.8"/></pattern>`
  );
}

export function fillFor(status: Status, prefix: string): string {
  const sw = PALETTE[status];
  return sw.pattern ? `url(#${prefix}-${sw.pattern})` : sw.fill;
}

/** CSS rules that colour paths by their status class inside one map (scoped by the map's id). */
export function statusCss(scope: string, prefix: string): string {
  return LEGEND_ORDER.map((s) => `${scope} .${statusClass(s)}{fill:${fillFor(s, prefix)}}`).join("");
}

/**
 * The 1 July 2025 view ("where did my commune go?"): a categorical palette for the units of 2025. Neighbouring
 * units get different colours (src/lib/reorg.ts colours the map like a graph), so eight light colours are enough;
 * all carry dark labels (≥ 4.5:1 with REORG_INK). ColorBrewer Set3, without its grey.
 */
export const REORG_COLOURS: readonly string[] = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5"];
/** Labels and outlines of the 2025 view. */
export const REORG_INK = "#1a1a1a";
/** Outline between the units of 2025 on the view (2019 commune lines stay white). */
export const REORG_EDGE = "#262626";

/** A striped pattern for a 2019 commune split between several units of 2025: one stripe per unit's colour. */
export function splitPattern(id: string, colours: readonly string[]): string {
  const w = 4;
  const size = w * colours.length;
  const stripes = colours.map((c, i) => `<rect x="${i * w}" width="${w}" height="${size}" fill="${c}"/>`).join("");
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${size}" height="${size}" patternTransform="rotate(45)">${stripes}</pattern>`;
}

/** Page colours (CSS custom properties of global.css) in each theme. The light values are global.css's defaults. */
export const PAGE = {
  light: { ink: "#1d1d1f", "ink-soft": "#4a4a52", paper: "#ffffff", rule: "#d4d4d8", accent: "#0b5fa5", focus: "#b4530a" },
  dark: { ink: "#ececec", "ink-soft": "#c2c2c8", paper: "#141416", rule: "#3a3a40", accent: "#8cc4ff", focus: "#ffb870" },
} as const;

/**
 * The dark theme of embeds: only what depends on the background changes. The programme ladder keeps
 * its fills (mid-tones that read on both); wards, "unknown" and "no data" get dark fills instead of
 * near-white blocks; the patterns' light grounds turn dark; outlines turn light so districts and
 * the coast stay visible; legend edges stay ≥ 3:1 against the dark page.
 */
export const DARK = {
  fills: { none: "#6b5a3a", "not-in-programme": "#3a3a40" } as Partial<Record<Status, string>>,
  patterns: { hatchGround: "#141416", dotsGround: "#4a4a50", dot: "#c8c8cc", crossGround: "#1f1f23", cross: "#8a8a90" },
  lines: { commune: "#141416", district: "#e8e8e8", province: "#e8e8e8" },
  legendEdge: "#9a9aa2",
} as const;

/** CSS custom properties for a theme, as declarations. */
export const pageVars = (theme: keyof typeof PAGE): string =>
  Object.entries(PAGE[theme])
    .map(([k, v]) => `--${k}:${v}`)
    .join(";");

/**
 * The dark theme as CSS, under `selector` (e.g. `:root[data-theme="dark"]`): page colours, then every
 * map's status fills, patterns and lines. `.ntm-map` scopes maps; the ids follow patternDefs(prefix).
 */
export function darkCss(selector: string, maps: readonly string[]): string {
  const out = [`${selector}{${pageVars("dark")};color-scheme:dark}`];
  for (const id of maps) {
    const s = `${selector} #${id}`;
    for (const [status, fill] of Object.entries(DARK.fills)) out.push(`${s} .${statusClass(status as Status)}{fill:${fill}}`);
    out.push(
      `${s} #${id}-hatch rect:first-child{fill:${DARK.patterns.hatchGround}}`,
      `${s} #${id}-dots rect{fill:${DARK.patterns.dotsGround}}`,
      `${s} #${id}-dots circle{fill:${DARK.patterns.dot}}`,
      `${s} #${id}-cross rect{fill:${DARK.patterns.crossGround}}`,
      `${s} #${id}-cross path{stroke:${DARK.patterns.cross}}`,
      `${s} g.units{stroke:${DARK.lines.commune}}`,
      `${s} path.districts{stroke:${DARK.lines.district}}`,
      `${s} path.outline{stroke:${DARK.lines.province}}`,
      `${s} .legend rect{stroke:${DARK.legendEdge}}`,
    );
  }
  return out.join("");
}
