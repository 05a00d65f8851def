import type { APIRoute } from "astro";
import { siteCmsYaml } from "../../data/cms";

export const GET: APIRoute = () => new Response(siteCmsYaml("vi"), { headers: { "content-type": "text/yaml; charset=utf-8" } });
