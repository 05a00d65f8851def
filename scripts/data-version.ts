#!/usr/bin/env -S npx tsx
// `npm run data:version`: the version the data should carry, proposed from what changed since the newest
// frozen release (src/data/version.ts): a minor version for new records, a patch for corrections.
// `npm run data:version -- --write` applies it: the version in data/datapackage.json and a bilingual
// entry in data/CHANGELOG.md listing the changes in words (edit the wording freely afterwards).
// `--date YYYY-MM-DD` sets the entry's date (default: today, UTC).
import { dataDir } from "../src/data/load";
import { changelogEntry, needsWrite, proposalInWords, readProposal, writeProposal } from "../src/data/version";

const args = process.argv.slice(2);
const write = args.includes("--write");
const dateAt = args.indexOf("--date");
const date = dateAt >= 0 ? args[dateAt + 1] : new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) {
  console.error(`data:version: --date must be YYYY-MM-DD (got "${date}").`);
  process.exit(2);
}
const dir = dataDir();
let ctx;
try {
  ctx = readProposal(dir);
} catch (e) {
  console.error(`data:version: ${(e as Error).message}\nFix what npm run data:check names first.`);
  process.exit(1);
}
const p = ctx.proposal;
console.log(proposalInWords(p, "en"));
if (p.state === "behind") process.exit(1);
if (!needsWrite(p)) process.exit(0);
if (!write) {
  console.log(`\nThe CHANGELOG entry it would write (npm run data:version -- --write):\n`);
  console.log(changelogEntry(p, ctx.release, ctx.current, date));
  process.exit(0);
}
writeProposal(dir, ctx, date);
console.log(
  `Wrote version ${p.target} to data/datapackage.json${p.changelogMissing ? " and its entry to data/CHANGELOG.md" : ""}. Read the entry and reword it if you like; npm run data:release freezes the release.`,
);
