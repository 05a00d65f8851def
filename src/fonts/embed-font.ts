/**
 * The embeds' web font: the same Be Vietnam Pro as the pages, so a chart looks the same in a
 * newsroom's article as in the report, cut to fit the embed budget (40 KB transferred, fonts
 * included; DESIGN.md). Measured on the heaviest embed (the map, 32.9 KB without a font):
 *
 *   the pages' two subset files (400 + 600)            +24.3 KB → 57 KB  over
 *   the pages' 400 file only                            +11.9 KB → 45 KB  over
 *   400 + 600 cut to the embeds' own characters         +15.2 KB → 48 KB  over (kerning kept)
 *   400 cut to the embeds' own characters, kerning kept  +7.4 KB → 40.3 KB over
 *   400 cut to the embeds' own characters, no OpenType   +6.2 KB → 39.4 KB ✓  ← this (0.6 KB to spare)
 *   a lighter map payload (relative path data)           −0.6 KB: brotli already folds the coordinates
 *
 * So an embed loads one file: weight 400 cut at build to the characters its built pages and
 * their scripts contain (≈ 170, every Vietnamese letter they can show), without OpenType layout
 * tables (the text is NFC, so precomposed letters need no mark positioning; kerning is the only
 * loss). Text the styles set at 600 (title, legend labels) is emboldened from it by the browser.
 * Written after the build (astro:build:done), because only then are the embeds' characters known.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import subsetFont from "subset-font";
import { ALWAYS, fallbackMetrics, siteProse, sourceFont } from "./subset";

/** Where the embed font lives in the built site (before the base path). */
export const EMBED_FONT_PATH = "/fonts/be-vietnam-pro-embed-400.woff2";

const walk = (d: string): string[] =>
  existsSync(d) ? readdirSync(d).sort().flatMap((x) => (statSync(join(d, x)).isDirectory() ? walk(join(d, x)) : [join(d, x)])) : [];

/**
 * Every character an embed can show: the text of every embed page in `dist` (both languages,
 * every pinned version; markup and the JSON data included, path data left out), the scripts
 * those pages load (captions and labels written in the browser), printable ASCII and the spaces
 * number formatting writes. NFC, sorted.
 */
export function embedCharacters(dist: string): string {
  const pages = [...walk(join(dist, "embed")), ...walk(join(dist, "en", "embed"))].filter((f) => f.endsWith(".html"));
  const set = new Set<string>();
  const add = (s: string) => {
    for (const ch of s.normalize("NFC")) if (ch.codePointAt(0)! >= 0x20) set.add(ch);
  };
  // Printable ASCII and the spaces number formatting writes; other punctuation only if an embed uses it.
  add([...ALWAYS].filter((c) => c.codePointAt(0)! < 0x7f || /[\u00a0\u202f\u2009]/.test(c)).join(""));
  for (const f of pages) add(readFileSync(f, "utf8").replace(/\sd="[^"]*"/g, ""));
  // The scripts those pages load and the chunks they import: simply every script of the build (a few KB of text).
  for (const f of walk(join(dist, "_astro")).filter((f) => f.endsWith(".js"))) add(readFileSync(f, "utf8"));
  return [...set].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join("");
}

/** The embed font for `text`: weight 400, WOFF2, no hinting, no OpenType layout features. Same input, same bytes. */
export function embedFontWoff2(text: string): Promise<Buffer> {
  return subsetFont(readFileSync(sourceFont(400)), text, { targetFormat: "woff2", noHinting: true, keepFeatures: [] });
}

const CACHE_VERSION = 1;

/**
 * Writes the embed font into the built site; returns its file and the number of characters kept.
 * Cached in `cache` (as src/fonts/subset.ts does) by a hash of the characters and the source font,
 * so the subsetting (≈ 1–2 s) runs only when the embeds gain or lose a character.
 */
export async function writeEmbedFont(dist: string, cache = ".cache/fonts"): Promise<{ file: string; characters: number; bytes: number }> {
  const text = embedCharacters(dist);
  const key = createHash("sha256").update(`embed v${CACHE_VERSION}\0${text}\0`).update(readFileSync(sourceFont(400))).digest("hex").slice(0, 32);
  const cached = join(cache, `embed-400-${key}.woff2`);
  let bytes: Buffer;
  if (existsSync(cached)) bytes = readFileSync(cached);
  else {
    bytes = await embedFontWoff2(text);
    mkdirSync(cache, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, cached);
  }
  const file = join(dist, EMBED_FONT_PATH);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, bytes);
  return { file, characters: [...text].length, bytes: bytes.length };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
let fallback: Promise<string> | undefined;

/**
 * The embed's @font-face rules: Be Vietnam Pro 400 from `url`, and a metric-matched local fallback (so
 * the swap moves nothing). Text at 600 is the 400 emboldened by the browser, before the swap and after
 * it, so the fallback is one face with the 400's metrics, emboldened the same way (a 600 face would not be).
 */
export async function embedFontCss(url: string): Promise<string> {
  fallback ??= (async () => {
    const m = await fallbackMetrics(400, siteProse());
    // One face, at 400: text at 600 is emboldened by the browser from it, as from the web font after the swap.
    return (
      `@font-face{font-family:"Be Vietnam Pro Fallback";font-style:normal;font-weight:400;src:local("Arial"),local("ArialMT"),local("Helvetica"),local("Liberation Sans"),local("Arimo");` +
      `size-adjust:${pct(m.sizeAdjust)};ascent-override:${pct(m.ascentOverride)};descent-override:${pct(m.descentOverride)};line-gap-override:${pct(m.lineGapOverride)}}`
    );
  })();
  return `@font-face{font-family:"Be Vietnam Pro";font-style:normal;font-weight:400;font-display:swap;src:url("${url}") format("woff2")}${await fallback}`;
}
