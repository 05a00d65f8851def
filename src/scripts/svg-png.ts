/**
 * A PNG of a chart's SVG, drawn in the reader's browser: the SVG and the page's own Be Vietnam Pro
 * files are fetched (same origin), the fonts inlined as data: URLs (src/lib/svg-png.ts), the SVG
 * drawn on a canvas at `scale` × its size, and the canvas encoded as PNG. Served as /svg-png.js
 * (src/pages/svg-png.js.ts) and imported on the first click of such a link only: pages do not carry it.
 */
import { svgSize, withFontFaces, type EmbeddedFont } from "../lib/svg-png";
export { pngName } from "../lib/svg-png";

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });

async function get(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res;
}

/** The PNG of the SVG at `svgUrl`, drawn with `fonts` (weight → URL of a WOFF2 of `family`). */
export async function svgToPng(svgUrl: string, family: string, fonts: Record<string, string>, scale: number): Promise<Blob> {
  const [svg, faces] = await Promise.all([
    get(svgUrl).then((r) => r.text()),
    Promise.all(
      Object.entries(fonts).map(async ([weight, url]): Promise<EmbeddedFont> => ({
        family,
        weight: Number(weight),
        src: await dataUrl(new Blob([await (await get(url)).arrayBuffer()], { type: "font/woff2" })),
      })),
    ),
  ]);
  const { width, height } = svgSize(svg);
  const img = new Image();
  // A data: URL, which the page's CSP allows for images (blob: it does not).
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(withFontFaces(svg, faces))}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no canvas");
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no PNG"))), "image/png"));
}
