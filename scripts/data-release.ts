#!/usr/bin/env -S npx tsx
// `npm run data:release`: freeze the current data version into data/releases/<version>/, from which
// pinned embeds (/embed/v<version>/…) are built forever after. A release is never rewritten; its
// SHA256SUMS file (check it with `sha256sum -c`) lets the build refuse an edited frozen file.
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { dataDir, loadDataset } from "../src/data/load";
import { DATA_FILES } from "../src/data/check";
import { writeSums } from "../src/data/releases";

const dir = dataDir();
const d = loadDataset(dir);
const target = join(dir, "releases", d.version);
if (existsSync(target)) {
  console.error(`data/releases/${d.version} exists already; releases are never rewritten. Bump the version in data/datapackage.json first.`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const f of [...DATA_FILES.map((n) => `${n}.json`), "datapackage.json", "CHANGELOG.md"]) cpSync(join(dir, f), join(target, f));
writeSums(target);
console.log(`Froze data version ${d.version} into data/releases/${d.version}/.`);
