/**
 * The Decap CMS configuration of the form-based editor at /admin/, generated from the JSON
 * Schemas in data/schema/ and the units in data/units.json: one source of truth for fields,
 * allowed values, limits and the commune list. Pure: the caller reads the files.
 *
 * Mapping: enum → select (labels from src/i18n/cms.ts); integer → number with the schema's
 * minimum/maximum; string with a pattern → string that checks it; `unit` → select of units
 * (label "xã X (huyện Y)", value the id); `sources` → relation to data/sources.json (multiple);
 * boolean → boolean; an object → object of its properties; anyOf/oneOf → its object branch (the
 * bilingual note), else its first non-null branch.
 */
import type { Unit } from "../data/types";
import { cmsUi, fieldWords, unitOptionLabel, valueWords } from "../i18n/cms";
import { languages, type Lang } from "../i18n/ui";
import { LAST_YEAR } from "../config";
import { DISTRICT_TYPES, typeAt } from "./lineage";

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  description?: string;
};

export type CmsBackend =
  | { name: "github"; repo: string; branch: string; base_url?: string; auth_endpoint?: string }
  | { name: "proxy"; proxy_url: string; branch: string };

export interface CmsOptions {
  lang: Lang;
  backend: CmsBackend;
  /** Schemas by file name (recognitions, sources), as in data/schema/<name>.schema.json. */
  schemas: Record<"recognitions" | "sources", object>;
  units: readonly Unit[];
}

export type CmsField = Record<string, unknown> & { name: string; widget: string };

/** "owner/name" from a GitHub URL such as https://github.com/owner/name(.git). */
export function repoSlug(url: string): string {
  const m = /github\.com[/:]([^/]+)\/([^/.#?]+)/.exec(url);
  if (!m) throw new Error(`NTM_REPO_URL "${url}" is not a GitHub repository URL (https://github.com/<owner>/<name>).`);
  return `${m[1]}/${m[2]}`;
}

// Stryker disable next-line ArrayDeclaration: a string in the list has no new_type, so some() skips it as it does an empty list
const everXa = (u: Unit) => u.type === "xa" || (u.lineage ?? []).some((e) => e.new_type === "xa");
/** Units created at or after the end of the district era (the communes of 1 July 2025): not in the programme's records. */
const late = (u: Unit) => !!u.created && u.created >= `${LAST_YEAR}-07`;
/** Units a recognition can be about: every commune that was ever a xã, every district, the province. */
export function recognisableUnits(units: readonly Unit[]): Unit[] {
  return units.filter((u) => !late(u) && (u.type === "tinh" || DISTRICT_TYPES.includes(u.type) || everXa(u)));
}

/** The commune list of the form: labels with the district, values the ids, sorted as Vietnamese readers sort. */
export function unitOptions(lang: Lang, units: readonly Unit[]): { label: string; value: string }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const collator = new Intl.Collator("vi");
  return recognisableUnits(units)
    .map((u) => {
      const parent = u.parent ? byId.get(u.parent) : undefined;
      // A commune is named as it was in the programme (xã); its district as it is called today.
      const own = everXa(u) ? "xa" : typeAt(u, LAST_YEAR);
      return { label: unitOptionLabel(lang, u.name, own, parent && { name: parent.name, type: typeAt(parent, LAST_YEAR) }), value: u.id, sort: u.name };
    })
    .sort((a, b) => collator.compare(a.sort, b.sort) || collator.compare(a.label, b.label))
    .map(({ label, value }) => ({ label, value }));
}

const itemsOf = (schema: object, key: string): JsonSchema => {
  const s = (schema as JsonSchema).properties?.[key]?.items;
  if (!s?.properties) throw new Error(`cms-config: the schema has no "${key}" array of objects.`);
  return s;
};

/** One form field for one schema property. */
function field(file: "recognitions" | "sources", name: string, s: JsonSchema, required: boolean, o: CmsOptions): CmsField {
  const words = fieldWords[o.lang][file][name];
  if (!words) throw new Error(`cms-config: data/schema/${file}.schema.json has field "${name}", which has no label in src/i18n/cms.ts (${o.lang}).`);
  const base: CmsField = { name, label: words.label, widget: "string", required, ...(words.hint ? { hint: words.hint } : {}) };
  // A choice of shapes: the structured one (a bilingual note {vi, en}), else the first that is not null.
  const choice = s.anyOf ?? s.oneOf;
  if (choice) s = choice.find((x) => x.type === "object") ?? choice.find((x) => x.type !== "null") ?? s;

  if (name === "unit") return { ...base, widget: "select", options: unitOptions(o.lang, o.units) };
  if (name === "sources" && s.type === "array") {
    return {
      ...base,
      widget: "relation",
      collection: "data",
      file: "sources",
      value_field: "sources.*.id",
      search_fields: ["sources.*.title", "sources.*.publisher", "sources.*.id"],
      display_fields: ["sources.*.publisher", "sources.*.title"],
      multiple: true,
      ...(required ? { min: 1 } : {}),
    };
  }
  if (s.enum) {
    const labels = valueWords[o.lang][name] ?? {};
    return { ...base, widget: "select", options: s.enum.map((v) => ({ label: labels[String(v)] ?? String(v), value: v })) };
  }
  if (s.type === "integer" || s.type === "number") {
    return {
      ...base,
      widget: "number",
      value_type: s.type === "integer" ? "int" : "float",
      ...(s.minimum !== undefined ? { min: s.minimum } : {}),
      ...(s.maximum !== undefined ? { max: s.maximum } : {}),
    };
  }
  if (s.type === "boolean") return { ...base, widget: "boolean" };
  if (s.type === "object" && s.properties) {
    return { ...base, widget: "object", fields: fieldsOf(file, s, o, name) };
  }
  const hint = words.hint ?? words.label;
  if (s.pattern) return { ...base, pattern: [s.pattern, hint] };
  if (s.format === "uri") return { ...base, pattern: ["^https?://\\S+$", hint] };
  return name === "note" || name === "title" ? { ...base, widget: "text" } : base;
}

function fieldsOf(file: "recognitions" | "sources", item: JsonSchema, o: CmsOptions, prefix?: string): CmsField[] {
  const req = new Set(item.required ?? []);
  return Object.entries(item.properties ?? {}).map(([k, s]) => {
    // Nested object fields (e.g. a bilingual note {vi, en}) are labelled by language.
    // Not required in the form, so an empty optional note does not block saving; data:check still
    // asks for both languages once a note is written.
    if (prefix) return { name: k, label: k in languages ? languages[k as Lang] : k, widget: "text", required: false, ...(req.has(k) ? { hint: cmsUi[o.lang].bothLanguages } : {}) };
    return field(file, k, s, req.has(k), o);
  });
}

/** The Decap CMS config object (serialised to /admin/config.yml). */
export function cmsConfig(o: CmsOptions): Record<string, unknown> {
  const ui = cmsUi[o.lang];
  const list = (file: "recognitions" | "sources", label: string, singular: string, summary: string) => ({
    name: file,
    label,
    file: `data/${file}.json`,
    format: "json",
    fields: [
      { name: "$schema", widget: "hidden", default: `./schema/${file}.schema.json` },
      {
        name: file,
        label,
        label_singular: singular,
        widget: "list",
        collapsed: true,
        // Collapsed items are not rendered at all: the list has a hundred records and more.
        minimize_collapsed: true,
        add_to_top: true,
        summary,
        fields: fieldsOf(file, itemsOf(o.schemas[file], file), o),
      },
    ],
  });
  return {
    locale: o.lang,
    backend: {
      ...o.backend,
      commit_messages: { create: ui.commitCreate, update: ui.commitUpdate, delete: ui.commitUpdate, uploadMedia: ui.commitUpdate, deleteMedia: ui.commitUpdate },
    },
    // Decap opens one pull request per change on GitHub; the local proxy writes the working copy.
    publish_mode: o.backend.name === "github" ? "editorial_workflow" : "simple",
    // Required by Decap; the data editor has no media fields.
    media_folder: "public/uploads",
    show_preview_links: false,
    collections: [
      {
        name: "data",
        label: ui.collection,
        editor: { preview: false },
        files: [
          list("recognitions", ui.recognitionsFile, ui.recognition, "{{fields.id}}"),
          list("sources", ui.sourcesFile, ui.source, "{{fields.id}} · {{fields.publisher}}"),
        ],
      },
    ],
  };
}

/** Where the editor's pages live, per language (the Vietnamese one is the default). */
export const ADMIN_PATH: Record<Lang, string> = { vi: "/admin/", en: "/admin/en/" };

/** The editor's deep link to the recognitions list (for "Improve this record"). */
export const ADMIN_RECOGNITIONS_HASH = "#/collections/data/entries/recognitions";
