#!/usr/bin/env -S npx tsx
// `npm run data:check`: validate data/ and say, in plain words, what is wrong and where.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDir, dataDir, readVersion } from "../src/data/load";
import { formatProblem, type Problem } from "../src/data/check";

const quiet = process.argv.includes("--quiet");
const dir = dataDir();
const result = checkDir(dir);
const errors: Problem[] = [...result.errors];
const warnings: Problem[] = [...result.warnings];

// The version and its changelog entry.
let version: string | undefined;
try {
  version = readVersion(dir);
  const changelog = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
  if (!changelog.includes(`## [${version}]`)) {
    errors.push({
      file: "data/CHANGELOG.md",
      message: `has no entry for version ${version} (the version in data/datapackage.json).`,
      hint: `Add a "## [${version}] - <date>" section saying what changed.`,
    });
  }
  // Data changed since the last commit, but the version did not: remind the editor (a warning).
  try {
    const changed = execFileSync("git", ["diff", "--name-only", "HEAD", "--", ":(glob)data/*.json"], { encoding: "utf8" })
      .split("\n")
      .filter((f) => f && !f.endsWith("datapackage.json"));
    const before = JSON.parse(execFileSync("git", ["show", "HEAD:data/datapackage.json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })).version;
    if (changed.length && before === version && !process.env.NTM_DATA_DIR) {
      warnings.push({
        file: "data/datapackage.json",
        field: "version",
        message: `is still ${version} although ${changed.join(", ")} changed.`,
        hint: "Bump the version (patch for corrections, minor for new records) and add a CHANGELOG entry.",
      });
    }
  } catch {
    // Not a git checkout, or no commit yet: nothing to compare with.
  }
} catch (e) {
  errors.push({ file: "data/datapackage.json", message: (e as Error).message });
}

for (const p of errors) console.error(`ERROR   ${formatProblem(p)}`);
for (const p of warnings) console.error(`WARNING ${formatProblem(p)}`);
if (!quiet || errors.length) {
  const summary = `data:check: ${errors.length} error(s), ${warnings.length} warning(s) in ${dir}${version ? ` (version ${version})` : ""}.`;
  (errors.length ? console.error : console.log)(summary);
}
process.exit(errors.length ? 1 : 0);
