import type { APIRoute, GetStaticPaths } from "astro";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { isCmsAsset } from "../../../lib/cms-page";

/** The Decap CMS bundle (node_modules/decap-cms/dist), served from our own origin: no CDN. */
const dist = join(dirname(createRequire(join(process.cwd(), "package.json")).resolve("decap-cms/package.json")), "dist");

export const getStaticPaths = (() =>
  readdirSync(dist)
    .filter(isCmsAsset)
    .sort()
    .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dist, params.file as string)), {
    headers: { "content-type": (params.file as string).endsWith(".wasm") ? "application/wasm" : "text/javascript; charset=utf-8" },
  });
