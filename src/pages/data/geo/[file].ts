import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GEO_FILE, committedGeoDir, committedSource, readVerified } from "../../../geo/source";

/** The committed boundaries (MIT) for download, byte for byte as in data/geo/ (checksum verified), with their licence. */
export const getStaticPaths = (() => [
  { params: { file: GEO_FILE }, props: { body: readVerified(committedSource()), type: "application/json" } },
  { params: { file: "LICENSE.txt" }, props: { body: readFileSync(join(committedGeoDir(), "LICENSE")), type: "text/plain; charset=utf-8" } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(new Uint8Array(props.body as Buffer), { headers: { "content-type": props.type as string } });
