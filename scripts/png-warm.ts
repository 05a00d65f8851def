/**
 * Fills the PNG render cache (.cache/png, src/charts/png-cache.ts) with every chart PNG and social
 * card the build will ask for, by calling the image endpoints' own getStaticPaths and GET — the code
 * that ships, nothing copied. `astro build` starts it in a child process when it begins (the
 * pngCacheWarm integration in astro.config.mjs), so the renders run on the second core while Astro
 * bundles and renders the HTML pages on the first; when Astro reaches the images, they are cache
 * hits. Social cards first, because Astro asks for them last. Exits early when the cache is off.
 */
import { cacheDir } from "../src/charts/png-cache";
import { siteEnv } from "./site-env.mjs";

// The images name the site's pages (source lines, links): the same base path as the build's, or the
// renders would miss the cache they are filling.
process.env.NTM_BASE_URL ??= siteEnv().base;

if (cacheDir()) {
  const t0 = Date.now();
  let n = 0;
  for (const route of [await import("../src/pages/og/[...page].ts"), await import("../src/pages/img/[...file].ts")]) {
    const paths = route.getStaticPaths() as { params: Record<string, string>; props: Record<string, unknown> }[];
    for (const p of paths) {
      if (!Object.values(p.params).some((v) => v.endsWith(".png"))) continue;
      // The endpoints need only props and params.
      await (route.GET as (ctx: unknown) => Promise<Response>)({ props: p.props, params: p.params });
      n++;
    }
  }
  if (process.env.NTM_PNG_WARM_LOG) console.log(`png-warm: ${n} PNGs in the cache after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
