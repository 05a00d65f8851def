import { scriptEndpoint } from "../build/script-endpoint";

/**
 * /svg-png.js: the in-browser PNG of a chart's SVG (src/scripts/svg-png.ts → src/lib/svg-png.ts), one ES
 * module that the press kit imports on the first click of a PNG that was not built (a district map's
 * other years). Bundled here rather than by Vite: a dynamic import in the press kit's script would bring
 * Vite's preload helper and the shared code into every page's JavaScript (+1.2 KB measured on the home
 * page, over its 8 KB budget); this way a page carries only the import of a URL.
 */
export const GET = scriptEndpoint("src/scripts/svg-png.ts", { format: "esm", target: "es2020" });
