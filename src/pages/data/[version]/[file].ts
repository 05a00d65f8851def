import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir, getDataset } from "../../../data/load";
import { releaseDataset, releaseVersions, releasesDir } from "../../../data/releases";
import { PUBLISHED, isPackageV2, publishedDescriptor, toCsv, toJson, type PublishedName } from "../../../data/publish";
import type { Dataset } from "../../../data/types";
import { chartFiles } from "../../../charts/chart-files";
import { routePath } from "../../../i18n/routes";

/** /data/latest/… and /data/<version>/… for the current version and every frozen release: datasets and chart tables. */
export const getStaticPaths = (() => {
  const current = getDataset();
  const versions = new Map<string, { data: Dataset; dir: string }>([["latest", { data: current, dir: dataDir() }]]);
  for (const v of releaseVersions()) versions.set(v, { data: releaseDataset(v), dir: join(releasesDir(), v) });
  // A frozen version is published as it was frozen, even while data/ holds changes not yet released under a new version.
  if (!versions.has(current.version)) versions.set(current.version, { data: current, dir: dataDir() });
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
    { params: { version, file: "datapackage.json" }, props: { body: descriptorFor(dir, data), type: "application/json" } },
  ]);
}) satisfies GetStaticPaths;

/**
 * A Data Package 2.0 descriptor lists the files published beside it (CSVs with their Table Schemas, and
 * JSON); a descriptor frozen before 2.0 (releases up to 1.2.0) is published as it was.
 */
function descriptorFor(dir: string, data: Dataset): string {
  const text = readFileSync(join(dir, "datapackage.json"), "utf8");
  const descriptor = JSON.parse(text) as Record<string, unknown>;
  return isPackageV2(descriptor) ? `${JSON.stringify(publishedDescriptor(descriptor, data), null, 2)}\n` : text;
}

/** The descriptor's homepage is where this build publishes the data page, whatever a release was frozen with. */
export const GET: APIRoute = ({ props, params, site }) => {
  let body = props.body as string;
  if (params.file === "datapackage.json") body = body.replace(/"homepage":\s*"[^"]*"/, `"homepage": "${new URL(routePath("data", "vi"), site).href}"`);
  return new Response(body, { headers: { "content-type": props.type as string } });
};
