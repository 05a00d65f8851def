import type { APIRoute } from "astro";
import { build, type BuildOptions } from "esbuild";
import { join } from "node:path";

/**
 * An endpoint that serves one script bundled by esbuild from a tested module (minified, no legal
 * comments), for the scripts that must not go through Vite: /embed.js (pasted by newsrooms, one IIFE)
 * and /svg-png.js (imported by URL on a click). `entry` is relative to the project root.
 */
export function scriptEndpoint(entry: string, options: Pick<BuildOptions, "format" | "target" | "banner">): APIRoute {
  return async () => {
    const out = await build({
      entryPoints: [join(process.cwd(), entry)],
      bundle: true,
      write: false,
      minify: true,
      legalComments: "none",
      ...options,
    });
    return new Response(out.outputFiles[0].text, { headers: { "content-type": "text/javascript; charset=utf-8" } });
  };
}
