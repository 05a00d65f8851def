/**
 * The files GitHub reads: every workflow is valid against GitHub's own workflow schema
 * (@actions/workflow-parser, the parser of GitHub's Actions language services); the data
 * pull-request workflow runs what exists here; the correction issue form is valid YAML with the
 * fields commune pages pre-fill.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from "@actions/workflow-parser";
import { parse } from "yaml";
import { CORRECTION_PREFILL, CORRECTION_TEMPLATE, correctionUrl, editorUrl } from "../../src/lib/correction";

const WF = ".github/workflows";
const errorsOf = (name: string, content: string) => parseWorkflow({ name, content }, new NoOperationTraceWriter()).context.errors.getErrors().map((e) => e.message);

describe("GitHub workflows", () => {
  it("are all valid against GitHub's workflow schema", async () => {
    const files = readdirSync(WF).filter((f) => /\.ya?ml$/.test(f));
    expect(files).toContain("data-pr.yml");
    expect(files).toContain("data-release.yml");
    for (const f of files) {
      const content = readFileSync(`${WF}/${f}`, "utf8");
      expect(errorsOf(f, content), f).toEqual([]);
      const r = parseWorkflow({ name: f, content }, new NoOperationTraceWriter());
      const t = await convertWorkflowTemplate(r.context, r.value!);
      expect(t.errors ?? [], f).toEqual([]);
    }
  });

  it("the schema check can fail: a misspelt key is reported", () => {
    expect(errorsOf("x.yml", "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n").join()).toMatch(/stepz/);
  });

  it("data-pr runs on pull requests touching data/, with scripts that exist here", () => {
    const wf = parse(readFileSync(`${WF}/data-pr.yml`, "utf8"));
    expect(wf.on.pull_request.paths).toEqual(["data/**"]);
    expect(wf.permissions["pull-requests"]).toBe("write");
    const steps: { run?: string; with?: { script?: string } }[] = wf.jobs.comment.steps;
    const text = steps.map((s) => `${s.run ?? ""}${s.with?.script ?? ""}`).join("\n");
    const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts;
    for (const m of text.matchAll(/npm run -s ([\w:-]+)/g)) expect(scripts[m[1]], m[1]).toBeDefined();
    for (const m of text.matchAll(/\/(scripts\/[\w.-]+\.mjs)/g)) expect(existsSync(m[1]), m[1]).toBe(true);
    expect(text).toMatch(/data:pr-comment/);
    expect(text).toMatch(/data:check/);
  });
});

describe("data release on merge", () => {
  const wf = parse(readFileSync(`${WF}/data-release.yml`, "utf8"));
  const runs = (steps: { run?: string }[]) => steps.map((s) => s.run ?? "").filter(Boolean);
  const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts;

  it("runs on pushes to main touching data/, applies the proposed version, freezes it and commits it back", () => {
    expect(wf.on.push.branches).toEqual(["main"]);
    expect(wf.on.push.paths).toEqual(["data/**"]);
    expect(wf.permissions.contents).toBe("write");
    const text = runs(wf.jobs.release.steps).join("\n");
    for (const m of text.matchAll(/npm run -s ([\w:-]+)/g)) expect(scripts[m[1]], m[1]).toBeDefined();
    expect(text).toMatch(/npm run -s data:release -- --auto --date/);
    expect(text).toMatch(/npm run -s data:check/);
    expect(text).toMatch(/git push origin HEAD:main/);
    expect(readFileSync("scripts/data-release.ts", "utf8")).toMatch(/"--auto"/);
  });

  it("ci.yml's deploy job builds the same release first, with the same command", () => {
    const ci = parse(readFileSync(`${WF}/ci.yml`, "utf8"));
    const release = runs(wf.jobs.release.steps).find((r) => r.includes("data:release"));
    const deploy: string[] = runs(ci.jobs.deploy.steps);
    expect(release).toBeDefined();
    expect(deploy).toContain(release);
    expect(deploy.indexOf(release!)).toBeLessThan(deploy.findIndex((r) => r.includes("npm run build")));
  });
});

describe("correction issue form", () => {
  const form = parse(readFileSync(`.github/ISSUE_TEMPLATE/${CORRECTION_TEMPLATE}`, "utf8"));
  const fields = form.body.filter((b: { type: string }) => b.type !== "markdown");
  const ids: string[] = fields.map((b: { id: string }) => b.id);

  it("is a valid issue form with the fields commune, tier, year, decision, source URL and note", () => {
    expect(form.name).toBe("Báo sửa dữ liệu / Report a correction");
    expect(typeof form.description).toBe("string");
    for (const id of ["commune", "tier", "year", "decision", "source", "note"]) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of form.body) {
      expect(["markdown", "input", "textarea", "dropdown", "checkboxes"]).toContain(b.type);
      if (b.type === "markdown") expect(b.attributes.value.length).toBeGreaterThan(0);
      else {
        expect(b.id).toMatch(/^[a-z][a-z0-9_-]*$/);
        expect(b.attributes.label.length).toBeGreaterThan(0);
      }
      if (b.type === "dropdown") expect(b.attributes.options.length).toBeGreaterThan(1);
    }
    const config = parse(readFileSync(".github/ISSUE_TEMPLATE/config.yml", "utf8"));
    expect(typeof config.blank_issues_enabled).toBe("boolean");
  });

  it("commune pages pre-fill fields that exist in the form", () => {
    for (const id of CORRECTION_PREFILL) expect(ids).toContain(id);
    const u = new URL(correctionUrl("https://github.com/o/r", "vi", { label: "xã Một (huyện A)", name: "Một" }, "Đạt chuẩn NTM năm 2015."));
    expect(u.pathname).toBe("/o/r/issues/new");
    expect(u.searchParams.get("template")).toBe(CORRECTION_TEMPLATE);
    expect(u.searchParams.get("commune")).toBe("xã Một (huyện A)");
    expect(u.searchParams.get("current")).toBe("Đạt chuẩn NTM năm 2015.");
    for (const k of u.searchParams.keys()) if (k !== "template" && k !== "title") expect(ids).toContain(k);
    expect(editorUrl("/sub/", "en")).toBe("/sub/admin/en/#/collections/data/entries/recognitions");
  });
});
