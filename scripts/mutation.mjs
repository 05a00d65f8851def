#!/usr/bin/env node
// `npm run test:mutation`: StrykerJS over src/lib and src/data, then one line per file with its mutation
// score, and the score of each folder against its goal (src/lib ≥ 85 %, src/data ≥ 75 %). Exits 1 when a folder
// is under its goal. Not part of `npm test`.
// Usage: npm run test:mutation                      each folder against its own unit tests, one after the other
//                                                   (stryker.lib.config.json, then stryker.data.config.json)
//        npm run test:mutation -- stryker.lib.config.json --mutate "src/lib/status.ts"   one config, some files
//        npm run test:mutation -- stryker.config.json   both folders against every unit test (much slower)
// Any other Stryker option passes through.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync, rmSync, mkdirSync } from "node:fs";
import { basename, dirname } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

const GOALS = { "src/lib": 85, "src/data": 75 };
const args = process.argv.slice(2);
const given = args.find((a) => a.endsWith(".json") && !a.startsWith("-"));
const configs = given ? [given] : ["stryker.lib.config.json", "stryker.data.config.json"];
const rest = args.filter((a) => a !== given);

// An incremental config (stryker.lib.config.json, stryker.data.config.json) keeps its results in .cache/mutation/;
// they are committed gzipped in tests/mutation/ (2.7 MB of JSON → ~0.2 MB, under the repository's 2 MB per file),
// unpacked before the run and packed back after it, so a clean clone re-tests only mutants whose code or tests
// changed. gzip with no name and no time: the same results give the same bytes.
function run(configFile) {
  // A report left by an earlier run must not be printed as this run's scores when Stryker fails early.
  rmSync("test-results/mutation.json", { force: true });
  const config = JSON.parse(readFileSync(configFile, "utf8"));
  const store = config.incremental && config.incrementalFile ? `tests/mutation/${basename(config.incrementalFile)}.gz` : undefined;
  if (store && existsSync(store) && !existsSync(config.incrementalFile) && !rest.includes("--force")) {
    mkdirSync(dirname(config.incrementalFile), { recursive: true });
    writeFileSync(config.incrementalFile, gunzipSync(readFileSync(store)));
  }
  const r = spawnSync("npx", ["stryker", "run", configFile, ...rest], { stdio: "inherit", env: { ...process.env, NO_COLOR: "1" } });
  if (store && r.status === 0 && existsSync(config.incrementalFile)) {
    mkdirSync(dirname(store), { recursive: true });
    writeFileSync(store, gzipSync(readFileSync(config.incrementalFile), { level: 9 }));
  }
  if (!existsSync("test-results/mutation.json")) process.exit(r.status ?? 1);
  return { status: r.status, files: JSON.parse(readFileSync("test-results/mutation.json", "utf8")).files };
}
const runs = configs.map(run);
const report = { files: Object.assign({}, ...runs.map((x) => x.files)) };
const r = { status: runs.every((x) => x.status === 0) ? 0 : 1 };
const DETECTED = new Set(["Killed", "Timeout"]);
const COUNTED = new Set(["Killed", "Timeout", "Survived", "NoCoverage"]);
const tally = (mutants) => {
  const counted = mutants.filter((m) => COUNTED.has(m.status));
  const killed = counted.filter((m) => DETECTED.has(m.status)).length;
  return { killed, total: counted.length, score: counted.length ? (100 * killed) / counted.length : 100 };
};
const rows = Object.entries(report.files)
  .map(([file, f]) => ({ file, ...tally(f.mutants) }))
  .sort((a, b) => a.file.localeCompare(b.file));
console.log("\nMutation score per file (killed + timeout) / (killed + timeout + survived + no coverage):");
for (const x of rows) console.log(`  ${x.score.toFixed(1).padStart(5)} %  ${String(x.killed).padStart(4)}/${String(x.total).padEnd(4)}  ${x.file}`);
let ok = true;
for (const [dir, goal] of Object.entries(GOALS)) {
  const mutants = Object.entries(report.files).filter(([f]) => f.startsWith(dir + "/")).flatMap(([, f]) => f.mutants);
  if (!mutants.length) continue;
  const t = tally(mutants);
  const pass = t.score >= goal;
  ok &&= pass;
  console.log(`${pass ? "✓" : "✗"} ${dir}: ${t.score.toFixed(1)} % (${t.killed}/${t.total}), goal ≥ ${goal} %`);
}
process.exit(ok && r.status === 0 ? 0 : 1);
