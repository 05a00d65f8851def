import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir, getDataset } from "../../../data/load";
import { releaseDataset, releaseVersions, releasesDir } from "../../../data/releases";
import { PUBLISHED, toCsv, toJson, type PublishedName } from "../../../data/publish";
import type { Dataset } from "../../../data/types";
import { chartFiles } from "../../../charts/chart-files";
import { routePath } from "../../../i18n/routes";

/** /data/latest/… and /data/<version>/… for the current version and every frozen release: datasets and chart tables. */
export const getStaticPaths = (() => {
  const current = getDataset();
  const versions = new Map<string, { data: Dataset; dir: string }>([["latest", { data: current, dir: dataDir() }]]);
  for (const v of releaseVersions()) versions.set(v, { data: releaseDataset(v), dir: join(releasesDir(), v) });
  versions.set(current.version, { data: current, dir: dataDir() });
  return [...versions].flatMap(([version, { data, dir }]) => [
    // The data behind each chart, as that chart shows it (pinned embeds link to their version's files).
    ...[...chartFiles(version === "latest" || version === current.version ? undefined : version)].map(([file, body]) => ({
      params: { version, file },
      props: { body, type: "text/csv; charset=utf-8" },
    })),
    ...PUBLISHED.flatMap((name) => [
      { params: { version, file: `${name}.csv` }, props: { body: toCsv(name, data), type: "text/csv; charset=utf-8" } },
      ...(name === "lineage"
        ? []
        : [{ params: { version, file: `${name}.json` }, props: { body: toJson(name as Exclude<PublishedName, "lineage">, data), type: "application/json" } }]),
    ]),
    { params: { version, file: "datapackage.json" }, props: { body: readFileSync(join(dir, "datapackage.json"), "utf8"), type: "application/json" } },
  ]);
}) satisfies GetStaticPaths;

/** The descriptor's homepage is where this build publishes the data page, whatever a release was frozen with. */
export const GET: APIRoute = ({ props, params, site }) => {
  let body = props.body as string;
  if (params.file === "datapackage.json") body = body.replace(/"homepage":\s*"[^"]*"/, `"homepage": "${new URL(routePath("data", "vi"), site).href}"`);
  return new Response(body, { headers: { "content-type": props.type as string } });
};
