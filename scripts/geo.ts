#!/usr/bin/env -S npx tsx
// `npm run geo`: make sure the boundary files the map needs are at hand, and say where they came from.
// --force-fetch ignores NTM_GEO_DIR and ../shared/geo and prepares them from GADM (NTM_GEO_URL to override).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findGeoDir, GEO_FILES, resolveGeoDir } from "../src/geo/source";
import { prepareFromGadm } from "../src/geo/fetch";

const log = (s: string) => console.error(s);
try {
  const dir = process.argv.includes("--force-fetch") ? await prepareFromGadm({ log }) : (findGeoDir() ?? (await resolveGeoDir({ log })));
  const n = (JSON.parse(readFileSync(join(dir, GEO_FILES.communes), "utf8")) as { features: unknown[] }).features.length;
  console.log(`Boundaries: ${dir} (${n} commune features).`);
} catch (e) {
  console.error(`npm run geo: ${(e as Error).message}`);
  process.exit(1);
}
