import { defineMiddleware } from "astro:middleware";
import { newTabLinks } from "./lib/embed";

/** Embed pages (both languages, live and pinned) are guests in someone else's page: links open new tabs. */
export const onRequest = defineMiddleware(async (context, next) => {
  const res = await next();
  const path = context.url.pathname.slice(import.meta.env.BASE_URL.replace(/\/$/, "").length);
  if (!/^\/(en\/)?embed\//.test(path) || !res.headers.get("content-type")?.includes("text/html")) return res;
  return new Response(newTabLinks(await res.text()), { status: res.status, headers: res.headers });
});
