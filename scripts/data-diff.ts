#!/usr/bin/env -S npx tsx
// `npm run data:diff -- <git-ref> [--markdown]`: what changed in data/ since <ref>.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDataset, dataDir } from "../src/data/load";
import { diffDatasets, formatDiff } from "../src/data/diff";
import { DATA_FILES } from "../src/data/check";
import type { Dataset } from "../src/data/types";

const args = process.argv.slice(2);
const markdown = args.includes("--markdown");
const ref = args.find((a) => !a.startsWith("--"));
if (!ref) {
  console.error("Usage: npm run data:diff -- <git-ref> [--markdown]   (e.g. HEAD~1, origin/main)");
  process.exit(2);
}

/** The dataset as it was at a git ref, written to a temporary folder and loaded (validation included). */
function datasetAt(rev: string): Dataset | undefined {
  const dir = mkdtempSync(join(tmpdir(), "ntm-diff-"));
  try {
    let found = 0;
    for (const f of [...DATA_FILES, "datapackage"]) {
      try {
        const text = execFileSync("git", ["show", `${rev}:data/${f}.json`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
        writeFileSync(join(dir, `${f}.json`), text);
        found++;
      } catch {
        // absent at that ref
      }
    }
    if (found === 0) return undefined;
    mkdirSync(dir, { recursive: true });
    return loadDataset(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  execFileSync("git", ["rev-parse", "--verify", `${ref}^{commit}`], { stdio: "ignore" });
} catch {
  console.error(`data:diff: "${ref}" is not a commit in this repository.`);
  process.exit(2);
}
let before: Dataset | undefined;
try {
  before = datasetAt(ref);
} catch (e) {
  console.error(`data:diff: the data at ${ref} does not load: ${(e as Error).message}`);
  process.exit(1);
}
const after = loadDataset(dataDir());
console.log(formatDiff(diffDatasets(before, after), markdown));
