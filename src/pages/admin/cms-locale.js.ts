import type { APIRoute } from "astro";
import { cmsLocaleScript } from "../../lib/cms-page";

export const GET: APIRoute = () => new Response(cmsLocaleScript(), { headers: { "content-type": "text/javascript; charset=utf-8" } });
