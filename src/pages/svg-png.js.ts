import type { APIRoute } from "astro";
import { build } from "esbuild";
import { join } from "node:path";

/**
 * /svg-png.js: the in-browser PNG of a chart's SVG (src/scripts/svg-png.ts → src/lib/svg-png.ts), one ES
 * module that the press kit imports on the first click of a PNG that was not built (a district map's
 * other years). Bundled here rather than by Vite: a dynamic import in the press kit's script would bring
 * Vite's preload helper and the shared code into every page's JavaScript (+1.2 KB measured on the home
 * page, over its 8 KB budget); this way a page carries only the import of a URL.
 */
export const GET: APIRoute = async () => {
  const out = await build({
    entryPoints: [join(process.cwd(), "src/scripts/svg-png.ts")],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2020",
    minify: true,
    legalComments: "none",
  });
  return new Response(out.outputFiles[0].text, { headers: { "content-type": "text/javascript; charset=utf-8" } });
};
