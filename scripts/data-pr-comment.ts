#!/usr/bin/env -S npx tsx
// `npm run data:pr-comment -- <base-ref> [--out file]`: the Markdown of the pull-request comment
// (src/data/pr-comment.ts) for data/ now against <base-ref>: changes in words, map colours,
// yearly totals, data:check's result and the proposed version. Exits 0 even when data:check finds errors: the comment
// says so, and the workflow's data:check step fails the run.
import { writeFileSync } from "node:fs";
import { DataError, checkDir, dataDir, loadDataset } from "../src/data/load";
import { datasetAt, isCommit } from "../src/data/at-ref";
import { prComment } from "../src/data/pr-comment";
import { readProposal, type VersionProposal } from "../src/data/version";
import type { Dataset } from "../src/data/types";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const ref = args.find((a, i) => !a.startsWith("--") && (outAt < 0 || i !== outAt + 1));
if (!ref || !isCommit(ref)) {
  console.error(`Usage: npm run data:pr-comment -- <base-ref> [--out file]${ref ? ` ("${ref}" is not a commit)` : ""}`);
  process.exit(2);
}
let before: Dataset | undefined;
try {
  before = datasetAt(ref);
} catch (e) {
  // The base itself does not load: compare with nothing rather than fail the comment.
  if (!(e instanceof DataError)) throw e;
}
const check = checkDir(dataDir());
let after: Dataset | undefined;
try {
  after = check.errors.length ? undefined : loadDataset(dataDir());
} catch (e) {
  if (!(e instanceof DataError)) throw e;
}
// The version the data should carry, against the newest frozen release (not the base branch).
let version: VersionProposal | undefined;
if (after) {
  try {
    version = readProposal(dataDir()).proposal;
  } catch {
    // A frozen release that does not read is reported by data:check; the comment goes without it.
  }
}
const body = prComment(before, after, check, version);
if (out) writeFileSync(out, body);
else process.stdout.write(body);
