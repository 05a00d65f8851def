import type { APIRoute } from "astro";
import { getDataset } from "../data/load";
import { communes, districts2020 } from "../lib/lineage";
import { routePath, routes, type RouteName } from "../i18n/routes";

/** Every page in both languages, with its alternate. */
export const GET: APIRoute = ({ site }) => {
  const d = getDataset();
  const entries: [RouteName, string | undefined][] = [
    ...(Object.keys(routes) as RouteName[]).map((r) => [r, undefined] as [RouteName, undefined]),
    ...communes(d.units).map((u) => ["communes", u.id] as [RouteName, string]),
    ...districts2020(d.units).map((u) => ["districts", u.id] as [RouteName, string]),
  ];
  const abs = (p: string) => new URL(p, site).href;
  const urls = entries.flatMap(([r, id]) =>
    (["vi", "en"] as const).map(
      (lang) =>
        `<url><loc>${abs(routePath(r, lang, id))}</loc>` +
        `<xhtml:link rel="alternate" hreflang="vi" href="${abs(routePath(r, "vi", id))}"/>` +
        `<xhtml:link rel="alternate" hreflang="en" href="${abs(routePath(r, "en", id))}"/></url>`,
    ),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(body, { headers: { "content-type": "application/xml" } });
};
