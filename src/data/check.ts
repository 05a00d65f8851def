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

function plainSchemaMessage(e: ErrorObject, root: boolean): { field?: string; message: string } {
  const path = e.instancePath.split("/").slice(root ? 2 : 3); // after /<array>/<index> (or /<index>)
  let field = path.length ? path.map((p) => (/^\d+$/.test(p) ? `[${p}]` : p)).join(".").replace(/\.\[/g, "[") : undefined;
  let message = e.message ?? "is not valid";
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
  }
  return { field, message };
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
      for (const e of validate.errors ?? []) {
        const seg = e.instancePath.split("/");
        const at = root ? 1 : 2;
        const index = seg.length > at && /^\d+$/.test(seg[at]) ? Number(seg[at]) : undefined;
        const rec = index !== undefined && Array.isArray(arr) ? (arr[index] as { id?: unknown }) : undefined;
        const { field, message } = plainSchemaMessage(e, root);
        errors.push({
          file,
          index,
          id: typeof rec?.id === "string" ? rec.id : undefined,
          field: index === undefined ? (field ?? (e.instancePath.slice(1) || undefined)) : field,
          message,
          hint: "See the file's JSON Schema in data/schema/.",
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
