/**
 * Embeds for the press (the Datawrapper pattern): an iframe that reports its
 * height with a namespaced postMessage, a loader (public/embed.js) that resizes
 * only the iframe that sent it, from the iframe's own origin.
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
  return frameOrigin === origin ? m.height : undefined;
}

export interface EmbedOptions {
  year?: number;
  lang: "vi" | "en";
  theme?: "light" | "dark";
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
  if (theme === "light" || theme === "dark") out.theme = theme;
  if (q.get("controls") === "0") out.controls = false;
  return out;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The code a journalist pastes: the iframe (works alone, at a fixed height) and the resizing loader. */
export function embedSnippet(opts: { src: string; title: string; height: number; loader: string }): string {
  return (
    `<iframe title="${esc(opts.title)}" src="${esc(opts.src)}" width="100%" height="${opts.height}" ` +
    `loading="lazy" style="border:0;width:100%" data-ntm-embed></iframe>\n` +
    `<script async src="${esc(opts.loader)}"></script>`
  );
}
