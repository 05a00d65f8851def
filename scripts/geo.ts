#!/usr/bin/env -S npx tsx
// `npm run geo`: make sure the boundary files the map needs are at hand, and say where they came from.
// --force-fetch ignores NTM_GEO_DIR and ../shared/geo and prepares them from GADM (NTM_GEO_URL to override).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { findGeoDir, GEO_FILES, preparedCacheDir, repoRoot } from "../src/geo/source";
import { prepareFromGadm } from "../src/geo/fetch";

const log = (s: string) => console.error(s);
const count = (dir: string, file: string) => (JSON.parse(readFileSync(join(dir, file), "utf8")) as { features: unknown[] }).features.length;
try {
  let dir: string | undefined;
  let how: string;
  if (process.argv.includes("--force-fetch")) {
    dir = await prepareFromGadm({ log });
    how = "prepared from GADM (--force-fetch)";
  } else {
    dir = findGeoDir();
    if (dir && process.env.NTM_GEO_DIR) how = "NTM_GEO_DIR";
    else if (dir && dir === resolve(repoRoot(), "..", "shared", "geo")) how = "../shared/geo";
    else if (dir) how = "prepared cache (made from GADM earlier)";
    else {
      dir = await prepareFromGadm({ log });
      how = "prepared from GADM just now";
    }
  }
  console.log(`Boundaries: ${how}: ${dir} (${count(dir, GEO_FILES.communes)} communes, ${count(dir, GEO_FILES.districts)} districts).`);
  if (dir === preparedCacheDir()) console.log("GADM 4.1 data: non-commercial use; no redistribution without GADM's permission.");
} catch (e) {
  console.error(`npm run geo: ${(e as Error).message}`);
  process.exit(1);
}
