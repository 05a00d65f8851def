/**
 * The site's only web font, Be Vietnam Pro (SIL OFL, from npm), cut at build to the characters
 * the site can show: every character in data/ and in the source text (src/: i18n, components,
 * MDX content), the whole Vietnamese alphabet with every tone mark (so an editor's new name
 * never falls back), ASCII and the punctuation number formatting produces. One WOFF2 per weight
 * the styles use. Results are cached in .cache/fonts/ by a hash of the characters and the source
 * font, so the subsetting (≈ 1 s) runs only when the text gains a character.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
// Static imports: astro.config loads this file through Vite's module runner, which is closed by
// the time the integration hook runs, so nothing may be imported lazily.
import subsetFont from "subset-font";
import * as fontkit from "fontkit";

const require = createRequire(import.meta.url);

/** The weights the styles use (400 body, 600 headings and strong). */
export const WEIGHTS = [400, 600] as const;
export type Weight = (typeof WEIGHTS)[number];

const fontDir = () => dirname(require.resolve("@expo-google-fonts/be-vietnam-pro/package.json"));
/** The full source font of a weight (TrueType, every glyph). */
export function sourceFont(weight: Weight): string {
  return join(fontDir(), weight === 400 ? "400Regular/BeVietnamPro_400Regular.ttf" : "600SemiBold/BeVietnamPro_600SemiBold.ttf");
}

const VOWELS = "aăâeêioôơuưy";
const TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]; // huyền, sắc, ngã, hỏi, nặng
/** Every Vietnamese letter, precomposed (NFC), lower and upper case: 12 vowels × 6 tones + đ. */
export function vietnameseAlphabet(): string {
  const lower = [...VOWELS].flatMap((v) => [v, ...TONES.map((t) => (v + t).normalize("NFC"))]).join("") + "đbcdghklmnpqrstvx";
  return lower + lower.toUpperCase();
}

/** Always kept: printable ASCII and the punctuation and spaces that formatting and typography produce. */
export const ALWAYS = (() => {
  let s = "";
  for (let c = 0x20; c < 0x7f; c++) s += String.fromCharCode(c);
  return s + "\u00a0\u202f\u2009–—‘’“”…·•×−≤≥→←↑↓«»°±%‰№";
})();

const TEXT_EXT = new Set([".json", ".ts", ".astro", ".mdx", ".md", ".csv", ".mjs"]);
function* textFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "schema" && name !== "node_modules") yield* textFiles(p);
    } else if (TEXT_EXT.has(extname(name))) yield p;
  }
}

/** The characters to keep: the site's text (data/ and src/, from `root`) plus the two sets above, sorted, no controls. */
export function siteCharacters(root = process.cwd(), dataDir = join(root, "data")): string {
  const set = new Set<string>();
  const add = (s: string) => {
    for (const ch of s.normalize("NFC")) if (ch.codePointAt(0)! >= 0x20) set.add(ch);
  };
  add(ALWAYS);
  add(vietnameseAlphabet());
  for (const dir of [dataDir, join(root, "src")]) for (const f of textFiles(dir)) add(readFileSync(f, "utf8"));
  return [...set].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join("");
}

/**
 * Advance widths of Arial (= Helvetica's metrics, per 1000 units of the em) for the letters, digits
 * and space: the local fallback the page shows until the web font arrives. Arial's file is not on a
 * build machine, so its published metrics are written here; they have not changed since 1982.
 */
const ARIAL_WIDTH: Record<string, number> = {
  ...Object.fromEntries([..."abcdefghijklmnopqrstuvwxyz"].map((c, i) => [c, [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500][i]])),
  ...Object.fromEntries([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [c, [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611][i]])),
  ...Object.fromEntries([..."0123456789"].map((c) => [c, 556])),
  " ": 278,
};

export interface FallbackMetrics {
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  lineGapOverride: number;
}

/**
 * @font-face overrides that make Arial/Helvetica take the room Be Vietnam Pro will take, so the swap
 * moves nothing: size-adjust matches the average advance width over the site's own prose (letters
 * with their marks stripped, digits and spaces, by frequency), the overrides match the vertical
 * metrics (divided by size-adjust, which scales them too). The method of Next.js's and fontaine's fallbacks.
 */
export async function fallbackMetrics(weight: Weight, prose: string): Promise<FallbackMetrics> {
  const font = fontkit.openSync(sourceFont(weight));
  let ours = 0;
  let arial = 0;
  // Each character's advance looked up once (the prose is megabytes of a few dozen characters; fontkit's lookups were seconds of every build).
  const advance = new Map<string, number | undefined>();
  const advanceOf = (ch: string) => {
    if (!advance.has(ch)) advance.set(ch, font.hasGlyphForCodePoint(ch.codePointAt(0)!) ? font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / font.unitsPerEm : undefined);
    return advance.get(ch);
  };
  for (const ch of prose.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")) {
    const a = ARIAL_WIDTH[ch];
    if (a === undefined) continue;
    const w = advanceOf(ch);
    if (w === undefined) continue;
    ours += w;
    arial += a / 1000;
  }
  const sizeAdjust = arial > 0 ? ours / arial : 1;
  return {
    sizeAdjust,
    ascentOverride: font.ascent / font.unitsPerEm / sizeAdjust,
    descentOverride: Math.abs(font.descent) / font.unitsPerEm / sizeAdjust,
    lineGapOverride: font.lineGap / font.unitsPerEm / sizeAdjust,
  };
}

/** The site's running text, for the width average: the content, the interface words and the data. */
export function siteProse(root = process.cwd(), dataDir = join(root, "data")): string {
  const parts: string[] = [];
  for (const dir of [join(root, "src", "content"), join(root, "src", "i18n"), dataDir]) for (const f of textFiles(dir)) parts.push(readFileSync(f, "utf8"));
  // Only the words inside strings and prose, not code: a rough cut that keeps letters, digits and spaces.
  return parts.join(" ").replace(/[^\p{L}\p{M}\p{N} ]+/gu, " ").replace(/ +/g, " ");
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The @font-face rules: the subset web font per weight (swap), and the metric-matched local fallback. */
export async function fontFaceCss(prose = siteProse()): Promise<string> {
  const rules: string[] = ["/* Generated by src/fonts/subset.ts at build: do not edit. */"];
  for (const w of WEIGHTS) {
    rules.push(
      `@font-face{font-family:"Be Vietnam Pro";font-style:normal;font-weight:${w};font-display:swap;src:url("./be-vietnam-pro-${w}.woff2") format("woff2")}`,
    );
  }
  for (const w of WEIGHTS) {
    const m = await fallbackMetrics(w, prose);
    rules.push(
      `@font-face{font-family:"Be Vietnam Pro Fallback";font-style:normal;font-weight:${w};src:local("Arial"),local("ArialMT"),local("Helvetica"),local("Liberation Sans"),local("Arimo");` +
        `size-adjust:${pct(m.sizeAdjust)};ascent-override:${pct(m.ascentOverride)};descent-override:${pct(m.descentOverride)};line-gap-override:${pct(m.lineGapOverride)}}`,
    );
  }
  return rules.join("\n") + "\n";
}

/** Characters the subset keeps that the font has no glyph for are simply dropped by the subsetter (e.g. emoji in comments). */
export async function subsetWoff2(weight: Weight, text: string): Promise<Buffer> {
  return subsetFont(readFileSync(sourceFont(weight)), text, {
    targetFormat: "woff2",
    // Hinting is for low-resolution Windows rendering of TrueType outlines; browsers ignore most of it.
    noHinting: true,
  });
}

const SUBSET_VERSION = 1;

/**
 * Write one WOFF2 per weight into `outDir` (be-vietnam-pro-<weight>.woff2), from the cache when the
 * characters and the source font are unchanged. Identical inputs give identical bytes.
 */
export async function writeSubsets(outDir: string, text = siteCharacters(), cache = ".cache/fonts"): Promise<Record<Weight, string>> {
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cache, { recursive: true });
  const out = {} as Record<Weight, string>;
  for (const w of WEIGHTS) {
    const key = createHash("sha256").update(`v${SUBSET_VERSION}\0${w}\0${text}\0`).update(readFileSync(sourceFont(w))).digest("hex").slice(0, 32);
    const cached = join(cache, `${w}-${key}.woff2`);
    if (!existsSync(cached)) {
      const tmp = `${cached}.${process.pid}.tmp`;
      writeFileSync(tmp, await subsetWoff2(w, text));
      renameSync(tmp, cached);
    }
    const file = join(outDir, `be-vietnam-pro-${w}.woff2`);
    const bytes = readFileSync(cached);
    if (!existsSync(file) || !readFileSync(file).equals(bytes)) writeFileSync(file, bytes);
    out[w] = file;
  }
  const css = await fontFaceCss();
  const cssFile = join(outDir, "fonts.css");
  if (!existsSync(cssFile) || readFileSync(cssFile, "utf8") !== css) writeFileSync(cssFile, css);
  return out;
}

/** Where the build writes the subsets and their CSS (git-ignored; imported by the layouts). */
export const GENERATED_DIR = "src/fonts/generated";
