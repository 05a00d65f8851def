/** The dataset as it was at a git ref: written to a temporary folder and loaded (validation included). */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATA_FILES } from "./check";
import { loadDataset } from "./load";
import type { Dataset } from "./types";

/** True when `ref` names a commit of the repository in the working directory. */
export function isCommit(ref: string): boolean {
  try {
    execFileSync("git", ["rev-parse", "--verify", `${ref}^{commit}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** undefined when data/ did not exist at `rev`; throws DataError when it does not load. */
export function datasetAt(rev: string): Dataset | undefined {
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
    return loadDataset(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
