/**
 * The data checker: JSON Schema validation (ajv, draft 2020-12), then the rules a
 * schema cannot express. Every problem names file, record and field in plain
 * words, with a suggested fix; all problems are reported at once.
 */
import Ajv2020, { type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { ruleProblems } from "./rules";
import type {
  DistrictCountsFile,
  IndicatorsFile,
  ProvinceSeriesFile,
  RecognitionsFile,
  SourcesFile,
  UnitsFile,
} from "./types";

export const DATA_FILES = ["units", "recognitions", "province-series", "district-counts", "indicators", "sources"] as const;
/** Files that may be absent (releases frozen before they existed): read as an empty list. */
export const OPTIONAL_FILES: Partial<Record<DataFileName, string>> = { "district-counts": '{ "counts": [] }' };
export type DataFileName = (typeof DATA_FILES)[number];

export interface Problem {
  file: string;
  index?: number;
  id?: string;
  field?: string;
  message: string;
  hint?: string;
}

export interface Parsed {
  units: UnitsFile;
  recognitions: RecognitionsFile;
  "province-series": ProvinceSeriesFile;
  /** A bare array (no wrapper object). */
  "district-counts": DistrictCountsFile;
  indicators: IndicatorsFile;
  sources: SourcesFile;
}

export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
  /** Present when there are no errors. */
  parsed?: Parsed;
}

/** One line per problem: data/recognitions.json › record #12 (id "x") › field "sources": … */
export function formatProblem(p: Problem): string {
  const parts = [p.file];
  if (p.index !== undefined) parts.push(`record #${p.index}${p.id ? ` (id "${p.id}")` : ""}`);
  if (p.field) parts.push(`field "${p.field}"`);
  const msg = /[.!?]$/.test(p.message) ? p.message : `${p.message}.`;
  return `${parts.join(" › ")}: ${msg}${p.hint ? ` ${p.hint}` : ""}`;
}

/** The array of records in each file. */
const ARRAY_OF: Record<DataFileName, string> = {
  units: "units",
  recognitions: "recognitions",
  "province-series": "points",
  "district-counts": "counts",
  indicators: "indicators",
  sources: "sources",
};

const fileLabel = (name: string) => `data/${name}.json`;

/** Line and column of a JSON.parse error, from the position V8 reports. */
function parseError(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /position (\d+)/.exec(msg);
  if (!m) return msg;
  const pos = Number(m[1]);
  const before = text.slice(0, pos).split("\n");
  return `${msg.replace(/ in JSON at position \d+.*$/, "")} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

/** The value at a JSON Pointer (ajv's instancePath), for messages that quote what was written. */
function valueAt(json: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), json);
}

const SCHEMA_HINT = "See the file's JSON Schema in data/schema/.";

function plainSchemaMessage(e: ErrorObject, root: boolean, json: unknown): { field?: string; message: string; hint: string } {
  const path = e.instancePath.split("/").slice(root ? 2 : 3); // after /<array>/<index> (or /<index>)
  let field = path.length ? path.map((p) => (/^\d+$/.test(p) ? `[${p}]` : p)).join(".").replace(/\.\[/g, "[") : undefined;
  let message = e.message ?? "is not valid";
  let hint = SCHEMA_HINT;
  switch (e.keyword) {
    case "required":
      field = field ? `${field}.${e.params.missingProperty}` : String(e.params.missingProperty);
      message = "is missing; it is required";
      break;
    case "additionalProperties":
      field = field ? `${field}.${e.params.additionalProperty}` : String(e.params.additionalProperty);
      message = "is not a known field (misspelt?)";
      break;
    case "enum":
      message = `must be one of: ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
      break;
    case "type":
      message = `must be ${e.params.type}`;
      break;
    case "pattern":
      message = `does not have the expected form (${e.params.pattern})`;
      break;
    case "format":
      if (e.params.format === "uri") {
        message = `is ${JSON.stringify(valueAt(json, e.instancePath))}, which is not a web address (a URI such as https://example.org/page)`;
        hint = "Write the whole address, with https:// or http://, or null when the source is not online.";
      }
      break;
  }
  return { field, message, hint };
}

/**
 * ajv reports a value that matches no branch of an anyOf/oneOf three times: each branch's failure, then the
 * combinator's own "must match a schema in anyOf". One line says it better: when the value has the type of a
 * branch, that branch's failures (a URL that is a string but not a URI); otherwise the types it may have.
 */
export function collapseCombinators(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  const replace = new Map<ErrorObject, ErrorObject>();
  for (const c of errors) {
    if (c.keyword !== "anyOf" && c.keyword !== "oneOf") continue;
    const branches = errors.filter((e) => e !== c && e.schemaPath.startsWith(`${c.schemaPath}/`));
    if (!branches.length) continue; // a oneOf matched by two branches: ajv's own message says so
    const wrongType = (e: ErrorObject) => e.keyword === "type" && e.instancePath === c.instancePath;
    if (branches.some((e) => !wrongType(e))) {
      for (const e of branches) if (wrongType(e)) drop.add(e);
      drop.add(c);
    } else {
      for (const e of branches) drop.add(e);
      const types = [...new Set(branches.flatMap((e) => String(e.params.type).split(",")))];
      replace.set(c, { ...c, keyword: "type", params: { type: types.join(" or ") } });
    }
  }
  return errors.filter((e) => !drop.has(e)).map((e) => replace.get(e) ?? e);
}

export function checkDataset(texts: Record<DataFileName, string>, schemas: Record<string, object>, opts: { geoIds?: Set<string> } = {}): CheckResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const parsed: Partial<Record<DataFileName, unknown>> = {};

  // 1. JSON syntax and schemas.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default ? addFormats.default(ajv) : (addFormats as unknown as (a: unknown) => void)(ajv);
  for (const name of DATA_FILES) {
    const file = fileLabel(name);
    const text = texts[name] ?? OPTIONAL_FILES[name];
    if (text === undefined) {
      errors.push({ file, message: "is missing.", hint: "Every data file must exist; restore it from git." });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      errors.push({ file, message: `is not valid JSON: ${parseError(text, e)}.`, hint: "Check for a missing comma or quote there." });
      continue;
    }
    const validate = ajv.compile(schemas[name]);
    if (!validate(json)) {
      const root = ARRAY_OF[name] === "";
      const arr = root ? json : (json as Record<string, unknown[]>)?.[ARRAY_OF[name]];
      for (const e of collapseCombinators(validate.errors ?? [])) {
        const seg = e.instancePath.split("/");
        const at = root ? 1 : 2;
        const index = seg.length > at && /^\d+$/.test(seg[at]) ? Number(seg[at]) : undefined;
        const rec = index !== undefined && Array.isArray(arr) ? (arr[index] as { id?: unknown }) : undefined;
        const { field, message, hint } = plainSchemaMessage(e, root, json);
        errors.push({
          file,
          index,
          id: typeof rec?.id === "string" ? rec.id : undefined,
          field: index === undefined ? (field ?? (e.instancePath.slice(1) || undefined)) : field,
          message,
          hint,
        });
      }
      continue;
    }
    parsed[name] = json;
  }
  if (errors.length) return { errors, warnings };
  const p = parsed as unknown as Parsed;
  const rules = ruleProblems(p, opts.geoIds);
  errors.push(...rules.errors);
  warnings.push(...rules.warnings);
  return errors.length ? { errors, warnings } : { errors, warnings, parsed: p };
}
