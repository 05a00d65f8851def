/**
 * The one PNG renderer: an SVG string from the frame (src/charts/frame.ts) becomes a PNG through resvg, with
 * the Vietnamese-capable Be Vietnam Pro from npm and no system fonts (the same pixels on every machine).
 * Renders run off the main thread (resvg's pool), are encoded by src/charts/png-encode.ts (zlib's pool) and are
 * cached by content hash (src/charts/png-cache.ts).
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { cachedPng } from "./png-cache";
import { PNG_ENCODER, opaquePng } from "./png-encode";
import { PAGE } from "./palette";

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve("@expo-google-fonts/be-vietnam-pro/package.json"));
export const FONT_FILES = [join(fontDir, "400Regular/BeVietnamPro_400Regular.ttf"), join(fontDir, "600SemiBold/BeVietnamPro_600SemiBold.ttf")];
/** The family the frame names in its SVGs; resvg finds it in FONT_FILES. */
export const IMAGE_FONT = "Be Vietnam Pro";

/** The PNG of an SVG at 1× or 2×, from the cache when the same input was rendered before. */
export async function toPng(svg: string, scale: 1 | 2 = 1): Promise<Uint8Array> {
  const options = {
    fitTo: { mode: "zoom" as const, value: scale },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT },
    background: PAGE.light.paper,
  };
  return cachedPng(svg, { ...options, encoder: PNG_ENCODER }, FONT_FILES, async () => {
    const img = await renderAsync(svg, options);
    return (await opaquePng(img.pixels, img.width, img.height)) ?? img.asPng();
  });
}

/** The PNG of an SVG at 1× on a transparent ground (a layer drawn into another image), cached like toPng. */
export async function transparentPng(svg: string): Promise<Uint8Array> {
  const options = { fitTo: { mode: "zoom" as const, value: 1 }, font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT } };
  return cachedPng(svg, options, FONT_FILES, async () => (await renderAsync(svg, options)).asPng());
}
