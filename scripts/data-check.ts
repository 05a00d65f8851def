#!/usr/bin/env -S npx tsx
// `npm run data:check`: validate data/ and say, in plain words, what is wrong and where; then the
// version the data should carry, proposed from what changed since the newest frozen release
// (npm run data:version). A version not bumped yet is not an error: the proposal is printed, and
// the merge to main applies it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDir, dataDir } from "../src/data/load";
import { descriptorProblems } from "../src/data/package-profile";
import { isPackageV2 } from "../src/data/publish";
import { formatProblem, type Problem } from "../src/data/check";
import { proposalInWords, readProposal, type VersionProposal } from "../src/data/version";

const quiet = process.argv.includes("--quiet");
const dir = dataDir();
const result = checkDir(dir);
const errors: Problem[] = [...result.errors];
const warnings: Problem[] = [...result.warnings];

// The descriptor itself, against the Data Package 2.0 profile it declares.
try {
  const descriptor = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
  if (isPackageV2(descriptor)) errors.push(...descriptorProblems(descriptor));
} catch (e) {
  errors.push({ file: "data/datapackage.json", message: `does not read: ${(e as Error).message}.` });
}

let proposal: VersionProposal | undefined;
if (!errors.length) {
  try {
    proposal = readProposal(dir).proposal;
    if (proposal.state === "behind") {
      errors.push({
        file: "data/datapackage.json",
        field: "version",
        message: `is ${proposal.current}, lower than the newest frozen release ${proposal.release} in data/releases/.`,
        hint: "Versions only go up: set it back, or run npm run data:version to see the one to use.",
      });
    }
  } catch (e) {
    errors.push({ file: "data/datapackage.json", message: (e as Error).message });
  }
}

for (const p of errors) console.error(`ERROR   ${formatProblem(p)}`);
for (const p of warnings) console.error(`WARNING ${formatProblem(p)}`);
if (proposal && proposal.state !== "behind" && (!quiet || proposal.state !== "unchanged")) console.log(`VERSION ${proposalInWords(proposal).replace(/`/g, "")}`);
if (!quiet || errors.length) {
  const summary = `data:check: ${errors.length} error(s), ${warnings.length} warning(s) in ${dir}${proposal ? ` (version ${proposal.current})` : ""}.`;
  (errors.length ? console.error : console.log)(summary);
}
process.exit(errors.length ? 1 : 0);
