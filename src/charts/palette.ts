/**
 * The one palette. Every status colour on the site, in maps, legends, timelines,
 * embeds and exported images, comes from here.
 *
 * The four programme tiers run light → dark in one sequential ramp (ColorBrewer
 * YlGnBu family), so they stay ordered for every kind of colour vision and in
 * greyscale. The states that are not an achievement are neutral greys, told apart by pattern, not hue:
 * "undetermined" (may or may not have reached NTM) is a grey hatch, never an achievement colour.
 */
import { STATUSES, statusClass, type Status } from "../lib/status-codes.mjs";

export { statusClass };

export interface Swatch {
  /** Solid fill, or the base colour of the pattern. */
  fill: string;
  /** Pattern id, when the state is drawn with a pattern. */
  pattern?: "hatch" | "cross";
  /** Stroke of legend swatches: ≥ 3:1 against the page background. */
  edge: string;
}

export const PALETTE: Record<Status, Swatch> = {
  none: { fill: "#fde9c9", edge: "#8a6d3b" },
  ntm: { fill: "#9bd5b1", edge: "#2f6b47" },
  "nang-cao": { fill: "#3aa6b9", edge: "#1c5a66" },
  "kieu-mau": { fill: "#1f4e99", edge: "#0f2a55" },
  undetermined: { fill: "#9a9a9a", pattern: "hatch", edge: "#595959" },
  "not-in-programme": { fill: "#eeeeec", edge: "#767676" },
  // Never drawn (the successor's shape holds the territory); listed for tables.
  merged: { fill: "#eeeeec", edge: "#767676" },
  "no-data": { fill: "#ffffff", pattern: "cross", edge: "#767676" },
};

/** Lines drawn over the fills. */
export const LINES = {
  commune: "#ffffff",
  district: "#262626",
  province: "#262626",
  focus: "#b4530a",
  /** Reference lines inside a chart (the timeline's dashed district years). */
  reference: "#9a9a9a",
};

/** The programme ladder, in order: the legend's first group. */
export const LADDER: readonly Status[] = ["none", "ntm", "nang-cao", "kieu-mau"];
/** What the map can draw besides the ladder: the uncertainty and outside-the-programme states. */
export const OTHER_STATES: readonly Status[] = ["undetermined", "not-in-programme", "no-data"];
/** Legend order: the ladder, then the other states. */
export const LEGEND_ORDER: readonly Status[] = [...LADDER, ...OTHER_STATES];
/** Fills that say "reached": no state that is not an achievement may use them, solid or in a pattern. */
export const ACHIEVEMENT_FILLS: readonly string[] = (["ntm", "nang-cao", "kieu-mau"] as const).map((s) => PALETTE[s].fill);
/** The colours inside each pattern (the e2e test and the palette test check them). */
export const PATTERN_COLOURS: Record<NonNullable<Swatch["pattern"]>, string[]> = {
  hatch: ["#ffffff", PALETTE.undetermined.fill],
  cross: ["#ffffff", "#9a9a9a"],
};

/** `<pattern>` definitions, with ids prefixed so several maps can share a page. */
export function patternDefs(prefix: string): string {
  const [hb, hl] = PATTERN_COLOURS.hatch;
  const [cb, cl] = PATTERN_COLOURS.cross;
  return (
    `<pattern id="${prefix}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${hb}"/><rect width="2" height="6" fill="${hl}"/></pattern>` +
    `<pattern id="${prefix}-cross" patternUnits="userSpaceOnUse" width="6" height="6">` +
    `<rect width="6" height="6" fill="${cb}"/><path d="M0 0L6 6M6 0L0 6" stroke="${cl}" stroke-width="0.8"/></pattern>`
  );
}

export function fillFor(status: Status, prefix: string): string {
  const sw = PALETTE[status];
  return sw.pattern ? `url(#${prefix}-${sw.pattern})` : sw.fill;
}

/** CSS rules that colour paths by their status class inside one map (scoped by the map's id). */
export function statusCss(scope: string, prefix: string): string {
  return STATUSES.map((s) => `${scope} .${statusClass(s)}{fill:${fillFor(s, prefix)}}`).join("");
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
 * Interface colours that stay the same in every theme (CSS custom properties of the same names, see paletteCss):
 * overlays on the map, borders of inputs, highlights and notices.
 */
export const UI = {
  /** Cards, tooltips, search hits and buttons drawn over or beside the map. */
  surface: "#ffffff",
  /** Borders of inputs and overlays (≥ 3:1 against white). */
  border: "#767676",
  /** A hovered or focused item in a list. */
  hover: "#eef3fa",
  /** Map controls (play button, slider) and the story's buttons: the ladder's darkest tier. */
  control: PALETTE["kieu-mau"].fill,
  /** Text written on the map (district labels, the story's year) and its halo. */
  "map-ink": PAGE.light.ink,
  halo: "#ffffff",
  /** A footnote the reader jumped to. */
  highlight: "#fff3bf",
  /** A notice box. */
  notice: "#fff6d6",
  /** The rule beside an "unknown" aside: the colour of unknown, lightened. */
  "rule-unknown": "#b8b8b8",
  /** The outline of the 2025 view's units, in its legend and frame. */
  "reorg-edge": REORG_EDGE,
} as const;

/** The district locator inset: the province in light grey, the district in a darker one. */
export const INSET = {
  province: { fill: "#e4e4e7", edge: "#8a8a93" },
  district: { fill: "#a1a1aa", edge: "#52525b" },
} as const;

/** Social cards: a light ground and a green band across the top. */
export const CARD = { ground: "#f7f7f5", band: "#1b7837" } as const;

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

/**
 * The palette as CSS custom properties for every stylesheet (written to src/styles/generated/palette.css at build,
 * see astro.config.mjs): the light page colours and the UI tokens, on :root. Dark themes override the page ones.
 */
export const paletteCss = (): string =>
  `/* Generated from src/charts/palette.ts; do not edit. */\n:root{${pageVars("light")};${Object.entries(UI)
    .map(([k, v]) => `--${k}:${v}`)
    .join(";")}}\n`;

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
