#!/usr/bin/env -S npx tsx
// `npm run geo` (run by every build): check the committed boundaries (data/geo/) — checksum, 186 communes with
// unique codes, 13 districts dissolved from them — and say which file the build uses. No network.
//
// `npm run geo -- --import <communes.geojson>` re-makes data/geo/quang-ninh-communes-2019.topojson from a GeoJSON
// of communes (the vietnam63 file, see data/README.md "Boundaries") and rewrites data/geo/SHA256SUMS.
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { CHECKSUM_FILE, GEO_FILE, committedGeoDir, committedTopology, geoSource, parseCommunes, sha256 } from "../src/geo/source";
import { loadTopology } from "../src/geo/topology";

try {
  const at = process.argv.indexOf("--import");
  if (at >= 0) {
    const input = process.argv[at + 1];
    if (!input) throw new Error("--import needs the path of a GeoJSON file of communes.");
    const fc = parseCommunes(readFileSync(input, "utf8"), input);
    const text = JSON.stringify(committedTopology(fc));
    const dir = committedGeoDir();
    writeFileSync(join(dir, GEO_FILE), text);
    writeFileSync(join(dir, CHECKSUM_FILE), `${sha256(text)}  ${GEO_FILE}\n`);
    console.log(`Wrote ${relative(process.cwd(), join(dir, GEO_FILE))} (${fc.features.length} communes, ${Buffer.byteLength(text)} bytes, sha256 ${sha256(text)}) from ${input} (sha256 ${sha256(readFileSync(input))}).`);
  }
  const src = geoSource();
  const topo = await loadTopology(src);
  const communes = topo.objects.communes.geometries.length;
  const districts = topo.objects.districts.geometries.length;
  const where = relative(process.cwd(), src.file) || src.file;
  console.log(
    `Boundaries: ${where}${src.committed ? " (committed, checksum verified)" : " (NTM_GEO_DIR override)"}: ${communes} communes, ${districts} districts.`,
  );
} catch (e) {
  console.error(`npm run geo: ${(e as Error).message}`);
  process.exit(1);
}
