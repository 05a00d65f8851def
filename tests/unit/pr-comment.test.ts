/**
 * The pull-request comment (src/data/pr-comment.ts) against a fixture diff: the exact Markdown it
 * would post for tests/fixtures/pr-comment/after/ over tests/fixtures/data/valid/ is
 * tests/fixtures/pr-comment/expected.md (regenerate with UPDATE_FIXTURES=1 and read the diff);
 * posting finds and updates one comment by its marker.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/types";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDir, loadDataset } from "../../src/data/load";
import { COMMENT_MARKER, SAMPLE, colourChanges, prComment } from "../../src/data/pr-comment";
import { formatProblem } from "../../src/data/check";
import { proposalInWords, proposeVersion } from "../../src/data/version";
import { upsertComment } from "../../scripts/pr-comment-post.mjs";

const BEFORE = "tests/fixtures/data/valid";
const AFTER = "tests/fixtures/pr-comment/after";
const EXPECTED = "tests/fixtures/pr-comment/expected.md";
// Loaded in the first test's beforeEach, not at import: loading runs the checker (and so src/lib), and StrykerJS
// counts code run outside a test as "static", rerunning the whole suite for each of its mutants.
let before: Dataset;
let after: Dataset;
beforeEach(() => {
  before ??= loadDataset(BEFORE, { geoIds: false });
  after ??= loadDataset(AFTER, { geoIds: false });
});

describe("pull-request comment", () => {
  it("is the exact Markdown expected for the fixture diff", () => {
    // The fixture's before is also its newest frozen release: the version is proposed against it.
    const version = proposeVersion({ release: before, current: after, changelog: readFileSync(`${AFTER}/CHANGELOG.md`, "utf8") });
    const body = prComment(before, after, checkDir(AFTER, { geoIds: false }), version);
    if (process.env.UPDATE_FIXTURES) writeFileSync(EXPECTED, body);
    expect(body).toBe(readFileSync(EXPECTED, "utf8"));
  });

  it("proposes the version bump in plain words when the data changed and the version did not", () => {
    const same = structuredClone(after);
    same.version = before.version;
    const version = proposeVersion({ release: before, current: same, changelog: readFileSync(`${BEFORE}/CHANGELOG.md`, "utf8") });
    expect(version.state).toBe("to-bump");
    const body = prComment(before, same, { errors: [], warnings: [] }, version);
    expect(body).toContain(`🔖 **Phiên bản / Version:** ${proposalInWords(version, "vi")}`);
    expect(body).toContain(`_${proposalInWords(version, "en")}_`);
    expect(proposalInWords(version, "vi")).toContain(`Đề xuất phiên bản ${version.target}`);
    // Without a proposal (no releases to compare with) the comment says nothing of versions.
    expect(prComment(before, same, { errors: [], warnings: [] })).not.toContain("Phiên bản / Version");
  });

  it("shows a source no record cites yet as a warning, not an error", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntm-comment-"));
    cpSync(BEFORE, dir, { recursive: true });
    cpSync("tests/fixtures/data/orphan-source/sources.json", join(dir, "sources.json"));
    const check = checkDir(dir, { geoIds: false });
    const withOrphan = loadDataset(dir, { geoIds: false });
    rmSync(dir, { recursive: true, force: true });
    expect(check.errors).toEqual([]);
    const body = prComment(before, withOrphan, check);
    expect(body).toContain(`✅ **data:check:** dữ liệu hợp lệ / the data is valid — ${check.warnings.length} lưu ý / warning(s).`);
    for (const w of check.warnings) expect(body).toContain(`- ${formatProblem(w)}`);
    expect(body).toContain("is not cited by any record yet");
  });

  it("names the communes whose map colour changes, from the status model before and after", () => {
    const changes = colourChanges(before, after);
    // xa-mot's NTM moved from 2015 to 2014: 2014 changes from not yet to NTM, nothing else of xa-mot.
    const mot = changes.filter((c) => c.unit === "xa-mot");
    expect(mot).toEqual([expect.objectContaining({ from: 2014, to: 2014, before: "none", after: "ntm" })]);
    expect(changes.every((c) => c.before !== c.after)).toBe(true);
    expect(colourChanges(before, before)).toEqual([]);
  });

  it("says in plain words what data:check found, and shows no diff when the data does not load", () => {
    // The valid fixture with the unknown-source fixture's recognitions.json over it.
    const dir = mkdtempSync(join(tmpdir(), "ntm-comment-"));
    cpSync(BEFORE, dir, { recursive: true });
    cpSync("tests/fixtures/data/unknown-source/recognitions.json", join(dir, "recognitions.json"));
    const bad = checkDir(dir, { geoIds: false });
    rmSync(dir, { recursive: true, force: true });
    expect(bad.errors.length).toBeGreaterThan(0);
    const body = prComment(before, undefined, bad);
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain(`❌ **data:check:** ${bad.errors.length} lỗi`);
    expect(body).toContain('field "sources": cites source');
    expect(body).not.toContain("### Màu trên bản đồ");
  });

  it("folds all but a few sample rows", () => {
    const many = structuredClone(before);
    for (let i = 0; i < SAMPLE + 3; i++) many.sources.push({ id: `x${i}`, title: `T${i}`, publisher: "P", url: null, published: null, language: "vi" });
    const body = prComment(before, many, { errors: [], warnings: [] });
    expect(body).toContain(`<details><summary>3 hồ sơ / records nữa / more</summary>`);
    expect(body.split("\n").filter((l) => /^- `x\d+` — P: “T\d+”$/.test(l))).toHaveLength(SAMPLE + 3);
  });

  it("posts one comment, then updates that same comment, leaving others alone", async () => {
    const comments: { id: number; body: string }[] = [{ id: 1, body: "LGTM" }];
    const calls: string[] = [];
    const github = {
      paginate: async (_fn: unknown, _args: unknown) => comments.map((c) => ({ ...c })),
      rest: {
        issues: {
          listComments: {},
          createComment: async ({ body }: { body: string }) => {
            calls.push("create");
            const c = { id: comments.length + 1, body };
            comments.push(c);
            return { data: c };
          },
          updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
            calls.push(`update ${comment_id}`);
            comments.find((c) => c.id === comment_id)!.body = body;
          },
        },
      },
    };
    const context = { repo: { owner: "o", repo: "r" }, issue: { number: 7 } };
    const first = prComment(before, after, { errors: [], warnings: [] });
    expect(await upsertComment({ github, context, body: first })).toEqual({ action: "created", id: 2 });
    const second = prComment(before, before, { errors: [], warnings: [] });
    expect(await upsertComment({ github, context, body: second })).toEqual({ action: "updated", id: 2 });
    expect(calls).toEqual(["create", "update 2"]);
    expect(comments).toEqual([{ id: 1, body: "LGTM" }, { id: 2, body: second }]);
    await expect(upsertComment({ github, context, body: "no marker" })).rejects.toThrow(/marker/);
  });
});
