/**
 * A chart image's PNG made in the reader's browser from its SVG (district maps of the years without a
 * PNG built: src/charts/district-images.ts says why). The pure part: the SVG's size, the SVG made
 * self-contained with the fonts it names as data: URLs (an SVG drawn as an image may load nothing
 * else), and the file's name. The drawing itself (fetch, <img>, canvas) is src/scripts/svg-png.ts.
 */

export interface EmbeddedFont {
  family: string;
  weight: number;
  /** The font file as a data: URL (font/woff2). */
  src: string;
}

/** The width and height of the root <svg> in px (its width/height attributes, else its viewBox). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) throw new Error("not an SVG");
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(root)?.[1];
  const box = attr("viewBox")?.trim().split(/[\s,]+/).map(Number);
  const px = (v: string | undefined, i: 2 | 3) => {
    const n = v !== undefined && /^[\d.]+(px)?$/.test(v) ? parseFloat(v) : box?.[i];
    if (n === undefined || !Number.isFinite(n) || n <= 0) throw new Error("the SVG has no size");
    return n;
  };
  return { width: px(attr("width"), 2), height: px(attr("height"), 3) };
}

const cssString = (s: string) => `"${s.replace(/["\\]/g, "\\$&")}"`;

/** The SVG with @font-face rules for `faces` as the root's first child, so it draws in them as an image. */
export function withFontFaces(svg: string, faces: readonly EmbeddedFont[]): string {
  const root = /<svg\b[^>]*>/.exec(svg);
  if (!root) throw new Error("not an SVG");
  if (!faces.length) return svg;
  const rules = faces.map((f) => `@font-face{font-family:${cssString(f.family)};font-style:normal;font-weight:${f.weight};src:url(${cssString(f.src)}) format("woff2")}`).join("");
  const at = root.index + root[0].length;
  return `${svg.slice(0, at)}<style>${rules}</style>${svg.slice(at)}`;
}

/** The PNG's file name: `<name>-<year>.png`, `<name>-<year>@2x.png` at 2×. */
export const pngName = (name: string, year: number, scale: number): string => `${name}-${year}${scale === 1 ? "" : `@${scale}x`}.png`;
