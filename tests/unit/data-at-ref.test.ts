/**
 * The dataset at a git ref (src/data/at-ref.ts), against a throw-away repository: commits with no data/, with
 * the data of this checkout, with one source retitled and with a broken file. Expectations come from the files
 * committed there, not from typed-in facts. Git is pointed at that repository with GIT_DIR (tests run in worker
 * threads, which cannot chdir); temporary folders go to a private TMPDIR, so the test can see they are removed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetAt, isCommit } from "../../src/data/at-ref";
import { DATA_FILES } from "../../src/data/check";
import { DataError } from "../../src/data/load";

const FILES = [...DATA_FILES, "datapackage"];
const saved = { GIT_DIR: process.env.GIT_DIR, TMPDIR: process.env.TMPDIR };
let repo = "";
let scratch = "";
const commits: Record<"empty" | "data" | "retitled" | "broken", string> = { empty: "", data: "", retitled: "", broken: "" };
const git = (...args: string[]) =>
  execFileSync("git", ["-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", ...args], {
    encoding: "utf8",
    env: { ...process.env, GIT_DIR: join(repo, ".git") },
  }).trim();
const commit = (msg: string) => {
  git("add", "-A");
  git("commit", "-q", "--allow-empty", "-m", msg);
  return git("rev-parse", "HEAD");
};
const text = (f: string) => readFileSync(join("data", `${f}.json`), "utf8");

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "ntm-at-ref-repo-"));
  scratch = mkdtempSync(join(tmpdir(), "ntm-at-ref-tmp-"));
  execFileSync("git", ["init", "-q", repo]);
  writeFileSync(join(repo, "README"), "no data yet\n");
  commits.empty = commit("no data");
  mkdirSync(join(repo, "data"));
  for (const f of FILES) writeFileSync(join(repo, "data", `${f}.json`), text(f));
  commits.data = commit("data");
  const sources = JSON.parse(text("sources"));
  sources.sources[0].title += " (retitled)";
  writeFileSync(join(repo, "data", "sources.json"), JSON.stringify(sources));
  commits.retitled = commit("retitled");
  writeFileSync(join(repo, "data", "recognitions.json"), "{ not json");
  commits.broken = commit("broken");
  process.env.GIT_DIR = join(repo, ".git");
  process.env.TMPDIR = scratch;
}, 60_000);

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(repo, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe("isCommit", () => {
  it("is true for a commit and a ref naming one, false for anything else", () => {
    expect(isCommit(commits.data)).toBe(true);
    expect(isCommit("HEAD~1")).toBe(true);
    expect(isCommit("no-such-branch")).toBe(false);
    // a tree is an object of the repository but not a commit
    expect(isCommit(git("rev-parse", "HEAD^{tree}"))).toBe(false);
  });
});

describe("datasetAt", () => {
  it("is undefined when data/ did not exist at the ref", () => {
    expect(datasetAt(commits.empty)).toBeUndefined();
  });

  it("loads the files as committed at each ref, and leaves no temporary folder behind", () => {
    const sources = JSON.parse(text("sources")).sources;
    const at = datasetAt(commits.data)!;
    expect(at.version).toBe(JSON.parse(text("datapackage")).version);
    expect(at.units).toEqual(JSON.parse(text("units")).units);
    expect(at.recognitions).toEqual(JSON.parse(text("recognitions")).recognitions);
    expect(at.sources).toEqual(sources);
    const later = datasetAt(commits.retitled)!;
    expect(later.sources[0].title).toBe(`${sources[0].title} (retitled)`);
    expect(later.sources.slice(1)).toEqual(sources.slice(1));
    expect(readdirSync(scratch)).toEqual([]);
  }, 60_000);

  it("throws the checker's DataError, naming the broken file, when the data at the ref does not load", () => {
    expect(() => datasetAt(commits.broken)).toThrow(DataError);
    expect(() => datasetAt(commits.broken)).toThrow(/data\/recognitions\.json: is not valid JSON/);
    expect(readdirSync(scratch)).toEqual([]);
  }, 60_000);
});
