#!/usr/bin/env -S npx tsx
// `npm run data:release`: freeze the current data version into data/releases/<version>/, from which
// pinned embeds (/embed/v<version>/…) are built forever after. A release is never rewritten; its
// SHA256SUMS file (check it with `sha256sum -c`) lets the build refuse an edited frozen file.
//
// `npm run data:release -- --auto [--date YYYY-MM-DD]`: what the merge to main runs
// (.github/workflows/data-release.yml, and ci.yml's deploy job before it builds): first apply the
// version the tool proposes if it was not applied (npm run data:version -- --write), then freeze it,
// unless that version is frozen already (then nothing to do). Pass the merge commit's date so that
// every run on the same commit writes the same files.
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { dataDir, loadDataset } from "../src/data/load";
import { DATA_FILES } from "../src/data/check";
import { writeSums } from "../src/data/releases";
import { needsWrite, proposalInWords, readProposal, writeProposal } from "../src/data/version";

const args = process.argv.slice(2);
const auto = args.includes("--auto");
const dateAt = args.indexOf("--date");
const date = dateAt >= 0 ? args[dateAt + 1] : new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) {
  console.error(`data:release: --date must be YYYY-MM-DD (got "${date}").`);
  process.exit(2);
}
const dir = dataDir();

if (auto) {
  const ctx = readProposal(dir);
  console.log(proposalInWords(ctx.proposal));
  if (ctx.proposal.state === "behind") process.exit(1);
  if (needsWrite(ctx.proposal)) {
    writeProposal(dir, ctx, date);
    console.log(`Applied version ${ctx.proposal.target} and its CHANGELOG entry.`);
  }
}

const d = loadDataset(dir);
const target = join(dir, "releases", d.version);
if (existsSync(target)) {
  if (auto) {
    console.log(`data/releases/${d.version} is frozen already: nothing to release.`);
    process.exit(0);
  }
  console.error(`data/releases/${d.version} exists already; releases are never rewritten. Bump the version first (npm run data:version -- --write).`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const f of [...DATA_FILES.map((n) => `${n}.json`), "datapackage.json", "CHANGELOG.md"]) cpSync(join(dir, f), join(target, f));
writeSums(target);
console.log(`Froze data version ${d.version} into data/releases/${d.version}/.`);
