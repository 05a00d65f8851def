/**
 * The editor's config is generated from the JSON Schemas and units.json: every schema field is a
 * form field with the schema's allowed values and limits, the commune list is the units, and a
 * schema field without words stops the build.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { ADMIN_PATH, ADMIN_RECOGNITIONS_HASH, cmsConfig, recognisableUnits, repoSlug, unitOptions, type CmsField } from "../../src/lib/cms-config";
import { LAST_YEAR } from "../../src/config";
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

describe("CMS config: each kind of field", () => {
  const field = (file: "recognitions" | "sources", name: string, lang: "vi" | "en" = "en") => listFields(config(lang), file).find((f) => f.name === name)!;

  it("checks patterns with the field's hint (or label) as the message, and URLs as http(s)", () => {
    const id = field("recognitions", "id");
    expect(id.widget).toBe("string");
    expect(id.pattern).toEqual(["^[a-z0-9]+(-[a-z0-9]+)*$", id.hint]); // the schema's id pattern
    const url = field("sources", "url");
    expect(url.pattern).toEqual(["^https?://\\S+$", url.hint ?? url.label]);
    expect(url.required).toBe(true);
    const published = field("sources", "published");
    expect((published.pattern as string[])[0]).toBe("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
    expect(field("recognitions", "decision").pattern).toBeUndefined();
  });

  it("gives notes both languages as two text boxes, marked as both needed", () => {
    for (const lang of ["vi", "en"] as const) {
      const note = field("recognitions", "note", lang);
      expect(note.widget).toBe("object");
      expect(note.required).toBe(false);
      expect(note.fields).toEqual([
        { name: "vi", label: "Tiếng Việt", widget: "text", required: false, hint: lang === "vi" ? "Cần cả hai thứ tiếng." : "Both languages are needed." },
        { name: "en", label: "English", widget: "text", required: false, hint: lang === "vi" ? "Cần cả hai thứ tiếng." : "Both languages are needed." },
      ]);
    }
  });

  it("uses a text box for titles, a checkbox for booleans, a plain line otherwise, and whole numbers for integers", () => {
    expect(field("sources", "title").widget).toBe("text");
    expect(field("sources", "publisher").widget).toBe("string");
    expect(field("sources", "published_inferred").widget).toBe("boolean");
    expect(field("recognitions", "decided_by").widget).toBe("string");
    const year = field("recognitions", "year");
    expect(year.value_type).toBe("int");
    const s = structuredClone(schemas.recognitions) as { properties: { recognitions: { items: { properties: Record<string, object> } } } };
    s.properties.recognitions.items.properties.year = { type: "number" };
    const y = listFields(config("en", { recognitions: s, sources: schemas.sources }), "recognitions").find((f) => f.name === "year")!;
    expect([y.widget, y.value_type, "min" in y, "max" in y]).toEqual(["number", "float", false, false]);
  });

  it("labels select options in the page's language and keeps values as in the schema", () => {
    const vi = field("recognitions", "level", "vi").options as { label: string; value: string }[];
    const en = field("recognitions", "level", "en").options as { label: string; value: string }[];
    expect(vi.map((o) => o.value)).toEqual(en.map((o) => o.value));
    expect(vi.map((o) => o.label)).not.toEqual(en.map((o) => o.label));
    for (const o of en) expect(o.label).not.toBe("");
  });

  it("asks for at least one source on a recognition", () => {
    expect(field("recognitions", "sources").min).toBe(1);
  });

  it("writes both lists with their schema, collapsed, newest first, on the backend given", () => {
    const c = config("en");
    const files = (c.collections as { name: string; files: { name: string; file: string; fields: CmsField[] }[] }[])[0];
    expect(files.name).toBe("data");
    expect(files.files.map((f) => [f.name, f.file])).toEqual([["recognitions", "data/recognitions.json"], ["sources", "data/sources.json"]]);
    for (const f of files.files) {
      expect(f.fields[0]).toEqual({ name: "$schema", widget: "hidden", default: `./schema/${f.name}.schema.json` });
      expect(f.fields[1]).toMatchObject({ name: f.name, widget: "list", collapsed: true, minimize_collapsed: true, add_to_top: true });
    }
    expect(c.backend).toMatchObject({ name: "github", repo: "o/r", branch: "main" });
    expect(Object.keys((c.backend as { commit_messages: object }).commit_messages).sort()).toEqual(["create", "delete", "deleteMedia", "update", "uploadMedia"]);
    expect(() => cmsConfig({ lang: "en", backend, units, schemas: { recognitions: {}, sources: schemas.sources } })).toThrow('the schema has no "recognitions" array of objects');
  });

  it("reads owner and name from https and ssh GitHub URLs, without .git", () => {
    expect(repoSlug("https://github.com/o/r.git")).toBe("o/r");
    expect(repoSlug("git@github.com:o/r.git")).toBe("o/r");
    expect(repoSlug("https://github.com/o/r#readme")).toBe("o/r");
  });

  it("offers districts and communes once a xã, not the units of July 2025, sorted by name", () => {
    const S = ["t1"];
    const us: Unit[] = [
      { id: "p", name: "Tỉnh", type: "tinh", parent: null, sources: S },
      { id: "h", name: "Bắc", type: "huyen", parent: "p", sources: S, lineage: [{ event: "type-changed", date: "2020-01-01", new_type: "thi-xa", sources: S }] },
      { id: "x", name: "Đông", type: "xa", parent: "h", geo_id: "1", sources: S },
      { id: "t", name: "An", type: "thi-tran", parent: "h", geo_id: "2", sources: S, lineage: [{ event: "type-changed", date: "2012", new_type: "xa", sources: S }] },
      { id: "w", name: "Cẩm", type: "phuong", parent: "h", geo_id: "3", sources: S },
      { id: "n", name: "Mới", type: "phuong", parent: null, created: "2025-07-01", gso_2025: "9", sources: S },
      { id: "m", name: "Giữa", type: "xa", parent: "h", geo_id: "4", created: "2015-01-01", sources: S },
    ];
    expect(recognisableUnits(us).map((u) => u.id)).toEqual(["p", "h", "x", "t", "m"]);
    const opts = unitOptions("en", us);
    expect(opts.map((o) => o.value)).toEqual(["t", "h", "x", "m", "p"]);
    expect(opts.find((o) => o.value === "t")!.label).toMatch(/^An commune \(Bắc /); // once a township, a xã in the list
    expect(opts.find((o) => o.value === "p")!.label).not.toContain("(");
  });
});

describe("CMS config: details Decap relies on", () => {
  const S = ["t1"];
  const district: Unit = { id: "h", name: "Huyện", type: "huyen", parent: null, sources: S };
  const xa = (id: string, name: string, extra: Partial<Unit> = {}): Unit => ({ id, name, type: "xa", parent: "h", geo_id: id, sources: S, ...extra });
  const files = (c: Record<string, unknown>) => (c.collections as { name: string; files: { name: string; file: string; format: string; fields: CmsField[] }[] }[])[0];

  it("leaves out units created from July of the last year on, from its first day", () => {
    const us = [district, xa("a", "A", { created: `${LAST_YEAR}-07` }), xa("b", "B", { created: `${LAST_YEAR}-06-30` }), xa("c", "C"), xa("d", "D", { created: `${LAST_YEAR}-07-01` })];
    expect(recognisableUnits(us).map((u) => u.id)).toEqual(["h", "b", "c"]);
  });

  it("offers every xã and every unit that became one, not a ward that never was", () => {
    const S2 = { sources: S };
    const us: Unit[] = [
      district,
      xa("a", "A"),
      { id: "w", name: "W", type: "phuong", parent: "h", geo_id: "w", ...S2 },
      { id: "t", name: "T", type: "thi-tran", parent: "h", geo_id: "t", ...S2, lineage: [{ event: "type-changed", date: "2012", new_type: "xa", sources: S }] },
      { id: "v", name: "V", type: "thi-tran", parent: "h", geo_id: "v", ...S2, lineage: [{ event: "type-changed", date: "2012", new_type: "phuong", sources: S }] },
    ];
    expect(recognisableUnits(us).map((u) => u.id)).toEqual(["h", "a", "t"]);
  });

  it("sorts units of the same name by their label (their district)", () => {
    const us: Unit[] = [
      { id: "p", name: "Tỉnh", type: "tinh", parent: null, sources: S },
      { id: "h2", name: "Yên", type: "huyen", parent: "p", sources: S },
      { id: "h1", name: "Bình", type: "huyen", parent: "p", sources: S },
      { ...xa("x2", "Hòa"), parent: "h2" },
      { ...xa("x1", "Hòa"), parent: "h1" },
    ];
    const opts = unitOptions("vi", us).filter((o) => o.value.startsWith("x"));
    expect(opts.map((o) => o.value)).toEqual(["x1", "x2"]);
    expect(new Intl.Collator("vi").compare(opts[0].label, opts[1].label)).toBeLessThan(0);
  });

  it("takes the first branch that is not null of a choice without an object", () => {
    const s = structuredClone(schemas.recognitions) as { properties: { recognitions: { items: { properties: Record<string, object> } } } };
    s.properties.recognitions.items.properties.decision = { anyOf: [{ type: "null" }, { type: "string", pattern: "^\\d+$" }] };
    const f = listFields(config("en", { recognitions: s, sources: schemas.sources }), "recognitions").find((x) => x.name === "decision")!;
    expect((f.pattern as string[])[0]).toBe("^\\d+$");
  });

  it("links a recognition's sources to fields that exist in the sources list, and summarises items by existing fields", () => {
    const c = files(config("en"));
    const rel = listFields(config("en"), "recognitions").find((f) => f.name === "sources")!;
    expect(rel.collection).toBe(c.name);
    expect(c.files.map((f) => f.name)).toContain(rel.file);
    const srcProps = Object.keys(item("sources").properties);
    for (const key of ["search_fields", "display_fields"] as const) {
      const paths = rel[key] as string[];
      expect(paths.length, key).toBeGreaterThan(0);
      for (const p of paths) expect(srcProps.map((x) => `sources.*.${x}`), `${key}: ${p}`).toContain(p);
    }
    expect(rel.search_fields as string[]).toContain(rel.value_field);
    for (const f of c.files) {
      expect(f.format).toBe(f.file.split(".").pop());
      const summary = f.fields[1].summary as string;
      const used = [...summary.matchAll(/\{\{fields\.([a-z_]+)\}\}/g)].map((m) => m[1]);
      expect(used.length, f.name).toBeGreaterThan(0);
      for (const u of used) expect(Object.keys(item(f.name as "recognitions" | "sources").properties)).toContain(u);
    }
  });

  it("opens the recognitions list from the deep link, on the editor's pages", () => {
    const c = files(config("en"));
    expect(ADMIN_RECOGNITIONS_HASH).toBe(`#/collections/${c.name}/entries/${c.files[0].name}`);
    expect(c.files[0].name).toBe("recognitions");
    expect(ADMIN_PATH.vi).toMatch(/^\/[a-z]+\/$/);
    expect(ADMIN_PATH.en).toBe(`${ADMIN_PATH.vi}en/`);
  });

  it("has no preview pane and no preview links (the data has no page preview)", () => {
    const c = config("en");
    expect(c.show_preview_links).toBe(false);
    expect(files(c)).toMatchObject({ editor: { preview: false } });
  });
});
