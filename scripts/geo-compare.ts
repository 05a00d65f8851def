#!/usr/bin/env -S npx tsx
// `npm run geo:compare [-- <file>]`: compare each unit's area and centroid in the committed boundaries
// (data/geo/) with another file of the same units — the file given, or the one in NTM_GEO_DIR (e.g. the
// geometry used before the swap) — and list the units that changed by more than 20 %.
import { resolve } from "node:path";
import { compareBoundaries, quantileOf } from "../src/geo/compare";
import { committedSource, geoSource, readCommunes } from "../src/geo/source";

const THRESHOLD = 0.2;
try {
  const arg = process.argv.slice(2).find((a) => !a.startsWith("-"));
  const next = readCommunes(committedSource());
  if (!arg && !process.env.NTM_GEO_DIR) {
    console.log(`${next.file}: ${next.fc.features.length} units. Nothing to compare with: give a file, or set NTM_GEO_DIR to a folder of other boundaries.`);
    process.exit(0);
  }
  const before = readCommunes(arg ? { file: resolve(arg), committed: false } : geoSource());
  const c = compareBoundaries(next.fc, before.fc, THRESHOLD);
  const pct = (r: number) => `${r >= 1 ? "+" : ""}${((r - 1) * 100).toFixed(0)} %`;
  console.log(`Comparing ${next.file} (${next.fc.features.length} units) with ${before.file} (${before.fc.features.length} units), joined on gso_code: ${c.rows.length} in both.`);
  if (c.onlyNew.length) console.log(`Only in ${next.file}: ${c.onlyNew.join(", ")}`);
  if (c.onlyOld.length) console.log(`Only in ${before.file}: ${c.onlyOld.join(", ")}`);
  const ratios = c.rows.map((r) => r.ratio);
  console.log(
    `Area ratio (committed / other): median ${quantileOf(ratios, 0.5).toFixed(3)}, p10–p90 ${quantileOf(ratios, 0.1).toFixed(2)}–${quantileOf(ratios, 0.9).toFixed(2)}; ` +
      `province ${c.total.area.toFixed(0)} km² against ${c.total.areaBefore.toFixed(0)} km²; polygon parts ${c.total.parts} against ${c.total.partsBefore}.`,
  );
  console.log(`Centroid shift: median ${quantileOf(c.rows.map((r) => r.shiftKm), 0.5).toFixed(2)} km, largest ${Math.max(...c.rows.map((r) => r.shiftKm)).toFixed(2)} km.`);
  const changed = c.rows.filter((r) => r.changed).sort((a, b) => Math.abs(b.ratio - 1) - Math.abs(a.ratio - 1));
  console.log(`\n${changed.length} unit(s) changed by more than ${THRESHOLD * 100} % (area, or centroid shift against the unit's size):`);
  if (changed.length) {
    console.table(
      changed.map((r) => ({
        gso_code: r.gso_code,
        name: r.name,
        district: r.district,
        "km² now": Number(r.area.toFixed(2)),
        "km² before": Number(r.areaBefore.toFixed(2)),
        area: pct(r.ratio),
        "centroid km": Number(r.shiftKm.toFixed(2)),
        "shift / size": `${(r.shift * 100).toFixed(0)} %`,
      })),
    );
  }
} catch (e) {
  console.error(`npm run geo:compare: ${(e as Error).message}`);
  process.exit(1);
}
