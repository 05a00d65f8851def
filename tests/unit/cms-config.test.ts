/**
 * The editor's config is generated from the JSON Schemas and units.json: every schema field is a
 * form field with the schema's allowed values and limits, the commune list is the units, and a
 * schema field without words stops the build.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { cmsConfig, recognisableUnits, repoSlug, unitOptions, type CmsField } from "../../src/lib/cms-config";
import { readSchemas } from "../../src/data/load";
import { ADMIN_CSP, CSP } from "../../src/lib/csp";
import type { Unit } from "../../src/data/types";

const schemas = readSchemas();
const units: Unit[] = JSON.parse(readFileSync("data/units.json", "utf8")).units;
const backend = { name: "github" as const, repo: "o/r", branch: "main" };
const config = (lang: "vi" | "en" = "vi", s = { recognitions: schemas.recognitions, sources: schemas.sources }) => cmsConfig({ lang, backend, units, schemas: s });
type Item = { properties: Record<string, { enum?: unknown[]; minimum?: number; maximum?: number }>; required: string[] };
const item = (name: "recognitions" | "sources") => (schemas[name] as { properties: Record<string, { items: Item }> }).properties[name].items;
function listFields(c: ReturnType<typeof cmsConfig>, file: string): CmsField[] {
  const files = (c.collections as { files: { name: string; fields: CmsField[] }[] }[])[0].files;
  return files.find((f) => f.name === file)!.fields.find((f) => f.widget === "list")!.fields as CmsField[];
}

describe("CMS config", () => {
  it("has one form field per schema field, in the schema's order, required as the schema says", () => {
    for (const file of ["recognitions", "sources"] as const) {
      const fields = listFields(config(), file);
      expect(fields.map((f) => f.name)).toEqual(Object.keys(item(file).properties));
      for (const f of fields) expect(f.required, `${file}.${f.name}`).toBe(item(file).required.includes(f.name));
    }
  });

  it("offers exactly the schema's values and limits", () => {
    const fields = listFields(config(), "recognitions");
    const props = item("recognitions").properties;
    for (const f of fields.filter((x) => x.widget === "select" && x.name !== "unit")) {
      expect((f.options as { value: unknown }[]).map((o) => o.value)).toEqual(props[f.name].enum);
    }
    const year = fields.find((f) => f.name === "year")!;
    expect([year.widget, year.min, year.max]).toEqual(["number", props.year.minimum, props.year.maximum]);
    const sources = fields.find((f) => f.name === "sources")!;
    expect([sources.widget, sources.file, sources.value_field, sources.multiple]).toEqual(["relation", "sources", "sources.*.id", true]);
  });

  it("lists the units by name with their district, values the ids, no ward that was never a commune", () => {
    const options = listFields(config(), "recognitions").find((f) => f.name === "unit")!.options as { label: string; value: string }[];
    expect(options.map((o) => o.value).sort()).toEqual(recognisableUnits(units).map((u) => u.id).sort());
    const ward = units.find((u) => u.type === "phuong" && !(u.lineage ?? []).some((e) => e.new_type === "xa"));
    if (ward) expect(options.map((o) => o.value)).not.toContain(ward.id);
    const commune = units.find((u) => u.type === "xa" && u.parent)!;
    const district = units.find((u) => u.id === commune.parent)!;
    const label = options.find((o) => o.value === commune.id)!.label;
    expect(label).toContain(commune.name);
    expect(label).toContain(district.name);
    expect(unitOptions("en", units).find((o) => o.value === commune.id)!.label).toMatch(new RegExp(`^${commune.name} commune \\(`));
  });

  it("is Vietnamese by default and English on request, with one pull request per change on GitHub", () => {
    expect(config("vi").locale).toBe("vi");
    expect(config("en").locale).toBe("en");
    expect(config().publish_mode).toBe("editorial_workflow");
    expect(cmsConfig({ lang: "vi", backend: { name: "proxy", proxy_url: "http://127.0.0.1:1/api/v1", branch: "main" }, units, schemas: { recognitions: schemas.recognitions, sources: schemas.sources } }).publish_mode).toBe("simple");
    expect(repoSlug("https://github.com/quang-ninh-ntm/report")).toBe("quang-ninh-ntm/report");
    expect(() => repoSlug("https://example.org/x")).toThrow(/NTM_REPO_URL/);
  });

  it("stops when a schema field has no words", () => {
    const s = structuredClone(schemas.recognitions) as { properties: { recognitions: { items: Item } } };
    s.properties.recognitions.items.properties.mystery = {};
    expect(() => config("vi", { recognitions: s, sources: schemas.sources })).toThrow(/field "mystery", which has no label/);
  });

  it("relaxes the CSP only on the editor", () => {
    expect(CSP).not.toMatch(/unsafe-eval/);
    expect(ADMIN_CSP).toMatch(/script-src 'self' 'unsafe-eval'/);
  });
});
