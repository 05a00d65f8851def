// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { siteEnv } from "./scripts/site-env.mjs";
import { fileURLToPath } from "node:url";
import { GENERATED_DIR, writeSubsets } from "./src/fonts/subset.ts";
import { writeEmbedFont } from "./src/fonts/embed-font.ts";
import { pngCachePrune, pngCacheWarm } from "./src/charts/png-cache.ts";
import { mkdirSync, writeFileSync } from "node:fs";
import { paletteCss } from "./src/charts/palette.ts";

// The report can live under a sub-path (GitHub Pages project sites, a newsroom's
// /interactive/ folder): NTM_SITE is the public origin, NTM_BASE the path prefix.
// Locally both default to where the site is served; production builds must set them.
const { site, base } = siteEnv({ env: process.env, command: process.argv[2] });

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  integrations: [
    mdx(),
    {
      // The palette's colours as CSS custom properties (src/styles/global.css imports them): colours are
      // written once, in src/charts/palette.ts, for the TypeScript and the stylesheets alike.
      name: "ntm-palette-css",
      hooks: {
        "astro:config:setup": () => {
          mkdirSync("src/styles/generated", { recursive: true });
          writeFileSync("src/styles/generated/palette.css", paletteCss());
        },
      },
    },
    {
      // The web font, cut to the characters the site uses, before Vite bundles the CSS that names it.
      name: "ntm-font-subsets",
      hooks: { "astro:config:setup": async () => void (await writeSubsets(GENERATED_DIR)) },
    },
    {
      // The embeds' font (one weight, cut to the embeds' own characters: src/fonts/embed-font.ts), once they are built.
      name: "ntm-embed-font",
      hooks: {
        "astro:build:done": async ({ dir, logger }) => {
          const f = await writeEmbedFont(fileURLToPath(dir));
          logger.info(`embed font: ${f.characters} characters, ${(f.bytes / 1024).toFixed(1)} KB`);
        },
      },
    },
    // PNGs render in a second process from the start of the build (both cores busy), and
    // .cache/png keeps only the images of the last complete build.
    pngCacheWarm(),
    pngCachePrune(),
  ],
  build: {
    // Every page's CSS (≈ 3 KB gzip) goes inline in its <head>: no render-blocking stylesheet, and
    // the first screen paints from the first round trip (14 KB) of the HTML.
    inlineStylesheets: "always",
  },
  devToolbar: { enabled: false },
  vite: {
    // Never inline scripts: the Content-Security-Policy allows scripts from our own origin only.
    build: { assetsInlineLimit: 0 },
  },
});
