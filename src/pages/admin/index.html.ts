import type { APIRoute } from "astro";
import { adminPage } from "../../lib/cms-page";

export const GET: APIRoute = () => new Response(adminPage("vi", import.meta.env.BASE_URL), { headers: { "content-type": "text/html; charset=utf-8" } });
