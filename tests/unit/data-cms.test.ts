/**
 * The editor's config as the site publishes it (src/data/cms.ts): the YAML is the config src/lib/cms-config.ts
 * builds, with the GitHub backend of the repository URL, an optional OAuth endpoint, and the units of data/.
 * Expectations come from the same inputs (the fixture's units, the config module), not from today's data.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Unit } from "../../src/data/types";
import { parse } from "yaml";
import { REPO_BRANCH, REPO_URL } from "../../src/config";
import { cmsYaml, githubBackend, siteCmsYaml } from "../../src/data/cms";
import { getDataset, loadDataset, readSchemas } from "../../src/data/load";
import { cmsConfig, repoSlug } from "../../src/lib/cms-config";

// Loaded in beforeEach, not at import: loading runs the checker, and StrykerJS counts what runs at import as static
// (every mutant of it would run every test file).
let units: Unit[];
beforeEach(() => {
  units = loadDataset("tests/fixtures/data/valid", { geoIds: false }).units;
});
const saved = process.env.NTM_CMS_AUTH_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.NTM_CMS_AUTH_URL;
  else process.env.NTM_CMS_AUTH_URL = saved;
});

describe("cmsYaml", () => {
  it("is the config built from the schemas and the units, as YAML under a do-not-edit line", () => {
    const backend = { name: "github" as const, repo: "o/r", branch: "b" };
    const s = readSchemas();
    for (const lang of ["vi", "en"] as const) {
      const yaml = cmsYaml(lang, backend, units);
      expect(yaml.split("\n")[0]).toBe("# Generated from data/schema/*.json and data/units.json (src/lib/cms-config.ts): do not edit.");
      expect(parse(yaml)).toEqual(cmsConfig({ lang, backend, units, schemas: { recognitions: s.recognitions, sources: s.sources } }));
    }
    // no line folding: every long text (a hint, a label) stays whole on one line, as an editor greps for it
    const yaml = cmsYaml("vi", backend, units);
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string") texts.push(v);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(parse(yaml));
    const long = texts.filter((t) => t.length > 80 && t.includes(" ") && !/["'\\\n]/.test(t));
    expect(long.length).toBeGreaterThan(0);
    for (const t of long) expect(yaml.split("\n").some((l) => l.includes(t)), t).toBe(true);
  });
});

describe("githubBackend", () => {
  it("is the repository of NTM_REPO_URL on the main branch, with the OAuth endpoint only when one is set", () => {
    delete process.env.NTM_CMS_AUTH_URL;
    expect(githubBackend()).toEqual({ name: "github", repo: repoSlug(REPO_URL), branch: REPO_BRANCH });
    process.env.NTM_CMS_AUTH_URL = "https://auth.example.org";
    expect(githubBackend()).toEqual({ name: "github", repo: repoSlug(REPO_URL), branch: REPO_BRANCH, base_url: "https://auth.example.org" });
  });
});

describe("siteCmsYaml", () => {
  it("uses the GitHub backend and the units of data/", () => {
    delete process.env.NTM_CMS_AUTH_URL;
    expect(siteCmsYaml("en")).toBe(cmsYaml("en", githubBackend(), getDataset().units));
    expect(parse(siteCmsYaml("vi")).backend).toMatchObject({ name: "github", repo: repoSlug(REPO_URL) });
  });
});
