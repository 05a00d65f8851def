/**
 * The datasets as published with the site, at /data/<version>/ and /data/latest/:
 * each file as JSON (as edited) and as CSV (one row per record, arrays joined with ";",
 * notes and reasons in two columns, one per language).
 */
import { csvFormat } from "d3";
import type { Dataset, LocalizedText } from "./types";
import { noteText } from "../i18n/note";
import type { Lang } from "../i18n/ui";

export const PUBLISHED = ["units", "lineage", "recognitions", "province-series", "indicators", "sources"] as const;
export type PublishedName = (typeof PUBLISHED)[number];

const cell = (v: unknown): string | number | undefined =>
  v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(";") : typeof v === "object" ? JSON.stringify(v) : (v as string | number);

/** Text kept in both languages (`note`, `why`) becomes two columns, `<name>_vi` and `<name>_en`. */
const BILINGUAL = new Set(["note", "why"]);

/** The one rule for text in both languages (a plain string is English): src/i18n/note.ts. */
function localized(v: unknown, lang: Lang): string | undefined {
  return v === undefined || v === null ? undefined : noteText(v as LocalizedText, lang);
}

function rows(records: object[], columns: string[]): string {
  const header = columns.flatMap((c) => (BILINGUAL.has(c) ? [`${c}_vi`, `${c}_en`] : [c]));
  return csvFormat(
    records.map((r) =>
      Object.fromEntries(
        columns.flatMap((c) => {
          const v = (r as Record<string, unknown>)[c];
          return BILINGUAL.has(c)
            ? [
                [`${c}_vi`, localized(v, "vi")],
                [`${c}_en`, localized(v, "en")],
              ]
            : [[c, cell(v)]];
        }),
      ),
    ),
    header,
  );
}

/** A column of a published CSV, with its Table Schema type (https://datapackage.org/standard/table-schema/). */
export interface Column {
  name: string;
  type: "string" | "integer" | "number" | "boolean";
  description: string;
}

const str = (name: string, description: string): Column => ({ name, type: "string", description });
const int = (name: string, description: string): Column => ({ name, type: "integer", description });
const bool = (name: string, description: string): Column => ({ name, type: "boolean", description });

/**
 * The columns of each published CSV, in order: the one list behind the CSV and its Table Schema. Built on each
 * call, not at import: StrykerJS counts what runs at import as static, and each static mutant reruns every test.
 */
export function columnsOf(name: PublishedName): Column[] {
  const SOURCES = str("sources", "Ids of the sources (sources.csv) this record rests on, separated by ;.");
  const DATE = "ISO 8601 date, possibly partial (YYYY, YYYY-MM or YYYY-MM-DD).";
  const NOTE = str("note", "A note on the record.");
  const CONFIDENCE = str("confidence", "low when the source is secondary or the date inferred; empty otherwise.");
  const SHOWN = bool("shown", "Whether the site shows this figure.");
  const WHY = str("why", "Why the figure is shown or not shown.");
  const all: Record<PublishedName, Column[]> = {
    units: [
      str("id", "Stable id of the unit."),
      str("name", "Name of the unit, in Vietnamese."),
      str("type", "Kind of unit (tinh, huyen, thanh-pho, thi-xa, xa, phuong, thi-tran, dac-khu)."),
      str("parent", "Id of the unit it belongs to."),
      str("geo_id", "GSO code joining the unit to its 2019 boundary (a code: keep leading zeros)."),
      str("gso_2025", "GSO code of the unit from 1 July 2025 (a code: keep leading zeros)."),
      str("geo_district", "District of the boundary feature."),
      str("created", `Date the unit was created. ${DATE}`),
      int("item", "Item of the resolution that created the unit."),
      SOURCES,
      NOTE,
    ],
    lineage: [
      str("unit", "Id of the unit (units.csv) the event happened to."),
      str("event", "What happened (renamed, type-changed, merged-into, split, …)."),
      str("date", `Date the event took effect. ${DATE}`),
      str("into", "Id(s) of the unit(s) it became, separated by ;."),
      str("new_name", "Name after the event."),
      str("new_type", "Kind of unit after the event."),
      str("resolution", "The resolution that decided it."),
      int("item", "Item of the resolution."),
      SOURCES,
      bool("uncertain", "True when the event is not confirmed by the resolution's text."),
      NOTE,
    ],
    recognitions: [
      str("id", "Stable id of the record."),
      str("unit", "Id of the unit (units.csv) recognised."),
      str("level", "Tier: ntm, nang-cao (advanced) or kieu-mau (model)."),
      int("year", "Standard year: the year the map uses."),
      str("precision", "How exact the year is: exact, year or no-later-than."),
      str("wording", "What the source says: recognised, basically-met, criteria-completed, appraised or target."),
      str("decision", "Number of the recognition decision."),
      str("decision_date", `Date of the decision. ${DATE}`),
      str("decided_by", "Who decided."),
      SOURCES,
      CONFIDENCE,
      NOTE,
    ],
    "province-series": [
      str("id", "Stable id of the figure."),
      str("as_of", `Date the reported figure refers to. ${DATE}`),
      bool("as_of_inferred", "True when as_of was inferred."),
      int("year", "Year the figure is drawn at."),
      str("wording", "What the source says (recognised, basically-met, …)."),
      int("communes", "Communes in the programme."),
      int("ntm", "Communes reported at NTM."),
      int("nang-cao", "Communes reported at advanced NTM."),
      int("kieu-mau", "Communes reported at model NTM."),
      int("districts_done", "District-level units reported done."),
      int("districts_total", "District-level units in all."),
      SOURCES,
      SHOWN,
      WHY,
      CONFIDENCE,
      NOTE,
    ],
    indicators: [
      str("indicator", "Id of the indicator."),
      str("id", "Stable id of the data point."),
      int("year", "Year of the value."),
      str("as_of", `Date the value refers to. ${DATE}`),
      bool("as_of_inferred", "True when as_of was inferred."),
      { name: "value", type: "number", description: "The value, in the unit of the next column." },
      str("unit", "Unit of the value, in English."),
      str("scope", "Where the value applies (a unit id, or the province)."),
      SOURCES,
      SHOWN,
      WHY,
      CONFIDENCE,
      NOTE,
    ],
    sources: [
      str("id", "Stable id of the source, cited by the other files."),
      str("title", "Title of the source."),
      str("publisher", "Who published it."),
      str("url", "Address of the source; empty when the copy we have has none."),
      str("published", `Date of publication. ${DATE}`),
      bool("published_inferred", "True when the date was inferred from the content."),
      str("language", "Language of the source (ISO 639-1)."),
      str("reliability", "primary, secondary or low."),
      NOTE,
    ],
  };
  return all[name];
}

export function toCsv(name: PublishedName, d: Dataset): string {
  const columns = columnsOf(name).map((c) => c.name);
  switch (name) {
    case "units":
      return rows(d.units, columns);
    case "lineage":
      return rows(
        d.units.flatMap((u) => (u.lineage ?? []).map((e) => ({ unit: u.id, ...e }))),
        columns,
      );
    case "recognitions":
      return rows(d.recognitions, columns);
    case "province-series":
      return rows(d.province, columns);
    case "indicators":
      return rows(
        d.indicators.flatMap((i) => i.points.map((p) => ({ indicator: i.id, unit: i.unit.en, ...p }))),
        columns,
      );
    case "sources":
      return rows(d.sources, columns);
  }
}

/** The descriptor is written in English: the language a bilingual column is in. */
const LANGUAGE_NAME = { vi: "Vietnamese", en: "English" } as const;

/** The Table Schema of a published CSV: its columns in order, text kept in two languages as two columns. */
export function tableSchema(name: PublishedName) {
  const fields = columnsOf(name).flatMap((c) =>
    BILINGUAL.has(c.name)
      ? (["vi", "en"] as const).map((lang) => ({ name: `${c.name}_${lang}`, type: c.type, description: `${c.description} In ${LANGUAGE_NAME[lang]}.` }))
      : [{ name: c.name, type: c.type, description: c.description }],
  );
  const hasId = fields.some((f) => f.name === "id");
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields,
    // Empty cells are missing values (the CSVs write nothing for an absent field).
    missingValues: [""],
    ...(hasId ? { primaryKey: ["id"] } : {}),
  };
}

export const PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
export const TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json";

/**
 * The datapackage.json published at /data/<version>/ with a descriptor that declares Data Package 2.0:
 * the package's own metadata (title, licences, contributors, sources…) and, as resources, exactly the
 * files published there: each dataset as a CSV with its Table Schema, and as JSON.
 */
export function publishedDescriptor(descriptor: Record<string, unknown>, d: Dataset): Record<string, unknown> {
  const { resources: _r, ...meta } = descriptor;
  return {
    ...meta,
    $schema: PACKAGE_PROFILE,
    version: d.version,
    resources: PUBLISHED.flatMap((name) => [
      { name, path: `${name}.csv`, type: "table", format: "csv", mediatype: "text/csv", encoding: "utf-8", schema: tableSchema(name) },
      ...(name === "lineage" ? [] : [{ name: `${name}-json`, path: `${name}.json`, format: "json", mediatype: "application/json", encoding: "utf-8" }]),
    ]),
  };
}

/** True when a descriptor declares Data Package 2.0 (earlier frozen releases do not, and are published as they were). */
export const isPackageV2 = (descriptor: Record<string, unknown>): boolean => descriptor.$schema === PACKAGE_PROFILE;

/** The JSON of a published file: the records as in data/ (lineage is inside units.json). */
export function toJson(name: Exclude<PublishedName, "lineage">, d: Dataset): string {
  const body = {
    units: { units: d.units },
    recognitions: { recognitions: d.recognitions },
    "province-series": { points: d.province },
    indicators: { indicators: d.indicators },
    sources: { sources: d.sources },
  }[name];
  return `${JSON.stringify({ version: d.version, ...body }, null, 2)}\n`;
}
