// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { siteEnv } from "./scripts/site-env.mjs";

// The report can live under a sub-path (GitHub Pages project sites, a newsroom's
// /interactive/ folder): NTM_SITE is the public origin, NTM_BASE the path prefix.
// Locally both default to where the site is served; production builds must set them.
const { site, base } = siteEnv({ env: process.env, command: process.argv[2] });

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  integrations: [mdx()],
  build: {
    // Small pages: inline the CSS so a page is one request on a slow connection.
    inlineStylesheets: "auto",
  },
  devToolbar: { enabled: false },
  vite: {
    // Never inline scripts: the Content-Security-Policy allows scripts from our own origin only.
    build: { assetsInlineLimit: 0 },
  },
});
