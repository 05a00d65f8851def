/**
 * Bad data never reaches a page: copy data/ to a temporary folder, break it,
 * build against it (NTM_DATA_DIR) and expect the build to fail with the checker's message.
 */
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function build(dataDir: string, outDir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["astro", "build", "--outDir", outDir],
      { env: { ...process.env, NTM_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: "1" }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

const breakages: [string, (dir: string) => void, string][] = [
  [
    "invalid JSON",
    (dir) => writeFileSync(join(dir, "recognitions.json"), readFileSync(join(dir, "recognitions.json"), "utf8").replace('"unit"', '"unit" "x"')),
    "data/recognitions.json: is not valid JSON",
  ],
  [
    "a record citing a missing source",
    (dir) => {
      const f = join(dir, "recognitions.json");
      const d = JSON.parse(readFileSync(f, "utf8"));
      d.recognitions[0].sources = ["S404"];
      writeFileSync(f, JSON.stringify(d));
    },
    `data/recognitions.json › record #0 (id "dong-trieu-ntm-2015") › field "sources": cites source "S404", which is not in data/sources.json.`,
  ],
  [
    "a recognition of an unknown unit",
    (dir) => {
      const f = join(dir, "recognitions.json");
      const d = JSON.parse(readFileSync(f, "utf8"));
      d.recognitions[1].unit = "atlantis";
      writeFileSync(f, JSON.stringify(d));
    },
    `data/recognitions.json › record #1 (id "co-to-ntm-2015") › field "unit": names unit "atlantis", which is not a unit in data/units.json.`,
  ],
];

describe("a build against broken data fails with the validator's message", () => {
  // Three Astro builds in a row: 90 s on an idle machine, over 4 minutes on a shared one. The limit only guards a hang.
  it("fails for each kind of breakage, naming file, record and field", { timeout: 600_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), "ntm-bad-data-"));
    try {
      // One after another: parallel Astro builds of one project race on its .astro/ and Vite caches.
      const results = [];
      for (const [i, [what, breakIt, message]] of breakages.entries()) {
        const dir = join(root, `data-${i}`);
        cpSync("data", dir, { recursive: true });
        breakIt(dir);
        results.push({ what, message, ...(await build(dir, join(root, `dist-${i}`))) });
      }
      for (const r of results) {
        expect(r.code, r.what).not.toBe(0);
        expect(r.output, r.what).toContain(r.message);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
