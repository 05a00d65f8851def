/**
 * Bad data never reaches a page. Copy data/ to a temporary folder, break it, and expect:
 *  - for every kind of breakage: the checker behind `npm run data:check` (checkDir) and the
 *    loader every page uses (loadDataset) both refuse it with the message naming file, record
 *    and field — in-process, the same domain functions the script and the build call;
 *  - for one breakage: the production build command itself (`npm run build`, NTM_DATA_DIR)
 *    exits non-zero with that message and writes no page. The build runs `data:check --quiet`
 *    before `astro build`, so it stops in seconds; the other breakages go through the very same
 *    checker, so building for each of them would prove nothing more (they used to cost three
 *    full Astro builds, ≈ 90 s).
 */
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDir, DataError, loadDataset } from "../../src/data/load";
import { formatProblem } from "../../src/data/check";

function run(cmd: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

/** Each breakage edits a copy of data/ and returns the message the checker must print: the ids it names are
 * read from the copy, not typed in, so a correct edit of data/ cannot break this test. */
const recognitionsOf = (dir: string) => JSON.parse(readFileSync(join(dir, "recognitions.json"), "utf8")) as { recognitions: { id: string; unit: string; sources: string[] }[] };
const breakages: [string, (dir: string) => string][] = [
  [
    "invalid JSON",
    (dir) => {
      writeFileSync(join(dir, "recognitions.json"), readFileSync(join(dir, "recognitions.json"), "utf8").replace('"unit"', '"unit" "x"'));
      return "data/recognitions.json: is not valid JSON";
    },
  ],
  [
    "a record citing a missing source",
    (dir) => {
      const d = recognitionsOf(dir);
      d.recognitions[0].sources = ["S404"];
      writeFileSync(join(dir, "recognitions.json"), JSON.stringify(d));
      return `data/recognitions.json › record #0 (id "${d.recognitions[0].id}") › field "sources": cites source "S404", which is not in data/sources.json.`;
    },
  ],
  [
    "a recognition of an unknown unit",
    (dir) => {
      const d = recognitionsOf(dir);
      d.recognitions[1].unit = "atlantis";
      writeFileSync(join(dir, "recognitions.json"), JSON.stringify(d));
      return `data/recognitions.json › record #1 (id "${d.recognitions[1].id}") › field "unit": names unit "atlantis", which is not a unit in data/units.json.`;
    },
  ],
];

function broken(root: string, i: number): { dir: string; message: string } {
  const dir = join(root, `data-${i}`);
  cpSync("data", dir, { recursive: true });
  return { dir, message: breakages[i][1](dir) };
}

describe("broken data is refused with the validator's message", () => {
  it.each(breakages.map(([what], i) => [what, i] as const))("%s: data:check's checker and the pages' loader refuse it", (what, i) => {
    const root = mkdtempSync(join(tmpdir(), "ntm-bad-data-"));
    try {
      const { dir, message } = broken(root, i);
      const checked = checkDir(dir);
      expect(checked.errors.map(formatProblem).join("\n"), what).toContain(message);
      let thrown: unknown;
      try {
        loadDataset(dir);
      } catch (e) {
        thrown = e;
      }
      expect(thrown, what).toBeInstanceOf(DataError);
      expect((thrown as DataError).result.errors.map(formatProblem).join("\n"), what).toContain(message);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("the production build command stops on it, names file, record and field, and writes no page", { timeout: 120_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), "ntm-bad-build-"));
    try {
      const { dir, message } = broken(root, 1);
      const outDir = join(root, "dist");
      // The build script as package.json defines it, with the output sent elsewhere so dist/ is untouched.
      const script = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { build: string } }).scripts.build;
      expect(script).toMatch(/data-check\.ts --quiet && astro build/);
      const r = await run("sh", ["-c", script.replace("astro build", `astro build --outDir ${JSON.stringify(outDir)}`)], {
        NTM_DATA_DIR: dir,
        PATH: `${join(process.cwd(), "node_modules", ".bin")}:${process.env.PATH}`,
      });
      expect(r.code).not.toBe(0);
      expect(r.output).toContain(message);
      expect(existsSync(join(outDir, "index.html"))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
