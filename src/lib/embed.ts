/**
 * Embeds for the press (the Datawrapper pattern): an iframe that reports its
 * height with a namespaced postMessage, a loader (/embed.js, bundled from
 * src/scripts/embed-loader.ts at build) that resizes only the iframe that sent
 * it, from the iframe's own origin. The iframe also speaks the protocols
 * newsroom CMSes already understand: AMP's `embed-size` and Pym.js's height.
 */
export const MESSAGE_TYPE = "ntm-embed:height";

export interface HeightMessage {
  type: typeof MESSAGE_TYPE;
  /** The embed's id: its path and query, to tell several embeds on one page apart. */
  id: string;
  height: number;
}

export function heightMessage(id: string, height: number): HeightMessage {
  return { type: MESSAGE_TYPE, id, height: Math.ceil(height) };
}

/** AMP's amp-iframe resize request (also what @newswire/frames listens for). */
export function ampMessage(height: number): { sentinel: "amp"; type: "embed-size"; height: number } {
  return { sentinel: "amp", type: "embed-size", height: Math.ceil(height) };
}

/** Pym.js's child → parent height message; `childId` is the id Pym's parent put in the iframe's query. */
export function pymMessage(childId: string, height: number): string {
  return ["pym", childId, "height", String(Math.ceil(height))].join("xPYMx");
}

/** Every message an embed posts to its host for one height: ours, AMP's, and Pym's when a Pym parent loaded it. */
export function heightMessages(id: string, height: number, search = ""): (object | string)[] {
  const childId = new URLSearchParams(search).get("childId");
  return [heightMessage(id, height), ampMessage(height), ...(childId ? [pymMessage(childId, height)] : [])];
}

/** Accept a message only if it is ours, well-formed, and from the origin of the iframe that sent it. */
export function acceptHeight(data: unknown, origin: string, frameSrc: string): number | undefined {
  if (!data || typeof data !== "object") return undefined;
  const m = data as Partial<HeightMessage>;
  if (m.type !== MESSAGE_TYPE || typeof m.height !== "number" || !Number.isFinite(m.height)) return undefined;
  if (m.height < 50 || m.height > 20000) return undefined;
  let frameOrigin: string;
  try {
    frameOrigin = new URL(frameSrc).origin;
  } catch {
    return undefined;
  }
  return frameOrigin === origin ? Math.ceil(m.height) : undefined;
}

/** The part of an iframe the loader needs (an HTMLIFrameElement; `src` is the resolved URL). */
export interface FrameLike {
  contentWindow: unknown;
  src: string;
}

/** The loader's decision for one message: which of the page's embed iframes sent it, and its new height. */
export function frameToResize<F extends FrameLike>(
  event: { data: unknown; origin: string; source: unknown },
  frames: ArrayLike<F>,
): { frame: F; height: number } | undefined {
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i];
    if (!event.source || frame.contentWindow !== event.source) continue;
    const height = acceptHeight(event.data, event.origin, frame.src);
    return height === undefined ? undefined : { frame, height };
  }
  return undefined;
}

export type Theme = "light" | "dark" | "auto";
export const THEMES: readonly Theme[] = ["light", "dark", "auto"];

export interface EmbedOptions {
  year?: number;
  lang: "vi" | "en";
  theme?: Theme;
  controls?: boolean;
}

/** Options from an embed page's query string; unknown values are ignored. */
export function parseEmbedOptions(search: string, years: readonly number[]): Partial<EmbedOptions> {
  const q = new URLSearchParams(search);
  const out: Partial<EmbedOptions> = {};
  const y = Number(q.get("year"));
  if (years.includes(y)) out.year = y;
  const lang = q.get("lang");
  if (lang === "vi" || lang === "en") out.lang = lang;
  const theme = q.get("theme");
  if (THEMES.includes(theme as Theme)) out.theme = theme as Theme;
  if (q.get("controls") === "0") out.controls = false;
  return out;
}

export interface EmbedChoice {
  /** "map", "map/<district-id>", "timeline", "districts". */
  chart: string;
  lang: "vi" | "en";
  /** A year other than the default (the last) one; ignored by charts without a year. */
  year?: number;
  /** Data version to pin to; undefined follows the current data. */
  version?: string;
  theme?: Theme;
  controls?: boolean;
}

/**
 * The embed page's path and query for a choice (before the base path). Defaults stay out of the
 * URL (light theme, controls on, the last year), so the shortest code is the common one.
 */
export function embedPath(c: EmbedChoice, lastYear: number): string {
  // lang-ternary: a path prefix, not a word; this module is bundled alone into /embed.js, without the routes table.
  const prefix = c.lang === "en" ? "/en/embed" : "/embed";
  const q = new URLSearchParams();
  if (c.chart.startsWith("map") && c.year !== undefined && c.year !== lastYear) q.set("year", String(c.year));
  if (c.theme && c.theme !== "light") q.set("theme", c.theme);
  if (c.chart.startsWith("map") && c.controls === false) q.set("controls", "0");
  const qs = q.toString();
  return `${prefix}/${c.version ? `v${c.version}/` : ""}${c.chart}/${qs ? `?${qs}` : ""}`;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The attribute that marks the responsive box around an embed's iframe (the loader resizes both). */
export const BOX_ATTR = "data-ntm-embed-box";

/** A box's height from its width w: px + pct % of w, turning at each bend (+ bend.pct % of the width beyond bend.at). */
export interface BoxFit {
  px: number;
  pct: number;
  bends: readonly { at: number; pct: number }[];
}

const signed = (x: number) => `${x < 0 ? "-" : "+"} ${Math.abs(x)}`;

/**
 * The CSS length of a box fitted by `fit`, for padding-bottom (whose percentages are of the width):
 * "calc(1672px - 30.81% + 1.0432 * max(0px, 100% - 600px))" — the first straight stretch, and at each
 * bend the change of slope times the width beyond it.
 */
export function boxPadding(fit: BoxFit): string {
  const bends = fit.bends.map((b) => ` ${signed(+(b.pct / 100).toFixed(6))} * max(0px, 100% - ${b.at}px)`).join("");
  return `calc(${fit.px}px ${signed(fit.pct)}%${bends})`;
}

/**
 * The code a journalist pastes: the iframe in a responsive box, and the resizing loader. Without the
 * loader (a CMS that strips scripts) the box keeps a height that follows its width, a line with a few
 * bends (padding-bottom percentages are of the width) fitted to the chart's measured heights from 320
 * to 1000 px wide (src/charts/embed-heights.ts); with it, the box and
 * the iframe take the chart's exact height. Only inline styles on our own two elements: nothing
 * reaches the host's page.
 */
export function embedSnippet(opts: { src: string; title: string; fit: BoxFit; loader: string }): string {
  return (
    `<div ${BOX_ATTR} style="position:relative;width:100%;height:0;padding:0 0 ${boxPadding(opts.fit)} 0">` +
    `<iframe title="${esc(opts.title)}" src="${esc(opts.src)}" loading="lazy" ` +
    `style="position:absolute;top:0;left:0;width:100%;height:100%;border:0" data-ntm-embed></iframe></div>\n` +
    `<script async src="${esc(opts.loader)}"></script>`
  );
}

/** Give an embed's iframe, and the responsive box around it if there is one, an exact height. */
export function setEmbedHeight(frame: HTMLIFrameElement, height: number): void {
  frame.style.height = `${height}px`;
  frame.setAttribute("height", String(height));
  const box = frame.parentElement;
  if (box?.hasAttribute(BOX_ATTR)) box.style.paddingBottom = `${height}px`;
}

/**
 * Inside an embed every link opens a new tab, so a reader never lands on the whole report inside a
 * newsroom's box: adds target="_blank" rel="noopener" to each <a href> that has no target.
 */
export function newTabLinks(html: string): string {
  return html.replace(/<a\b([^>]*)>/g, (tag, attrs: string) => {
    if (!/\shref=/.test(attrs) || /\starget=/.test(attrs)) return tag;
    const rel = /\srel="([^"]*)"/.exec(attrs);
    if (rel) {
      const next = rel[1].split(/\s+/).includes("noopener") ? rel[1] : `${rel[1]} noopener`.trim();
      return `<a${attrs.replace(rel[0], ` rel="${next}"`)} target="_blank">`;
    }
    return `<a${attrs} target="_blank" rel="noopener">`;
  });
}
