import type { APIRoute } from "astro";
import { build } from "esbuild";
import { join } from "node:path";

/**
 * /embed.js, bundled from the tested module (src/scripts/embed-loader.ts → src/lib/embed.ts), so
 * the loader newsrooms paste is the code the unit tests check, not a hand copy. ES2017, one IIFE.
 */
export const GET: APIRoute = async () => {
  const out = await build({
    entryPoints: [join(process.cwd(), "src/scripts/embed-loader.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2017",
    minify: true,
    legalComments: "none",
    banner: { js: "/* Quảng Ninh NTM report: embed loader. Paste once per page with the iframe(s). */" },
  });
  return new Response(out.outputFiles[0].text, { headers: { "content-type": "text/javascript; charset=utf-8" } });
};
