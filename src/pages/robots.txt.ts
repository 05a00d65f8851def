import type { APIRoute } from "astro";
import { withBase } from "../i18n/routes";

/** Crawlers index the report, not the embed copies of its charts (both languages), and find the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const body = [
    "User-agent: *",
    "Allow: /",
    `Disallow: ${withBase("/embed/")}`,
    `Disallow: ${withBase("/en/embed/")}`,
    "",
    `Sitemap: ${new URL(withBase("/sitemap.xml"), site).href}`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
