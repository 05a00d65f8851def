#!/usr/bin/env -S npx tsx
// `npm run data:diff -- <git-ref> [--markdown]`: what changed in data/ since <ref>.
import { loadDataset, dataDir } from "../src/data/load";
import { diffDatasets, formatDiff } from "../src/data/diff";
import { datasetAt, isCommit } from "../src/data/at-ref";
import type { Dataset } from "../src/data/types";

const args = process.argv.slice(2);
const markdown = args.includes("--markdown");
const ref = args.find((a) => !a.startsWith("--"));
if (!ref) {
  console.error("Usage: npm run data:diff -- <git-ref> [--markdown]   (e.g. HEAD~1, origin/main)");
  process.exit(2);
}
if (!isCommit(ref)) {
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
