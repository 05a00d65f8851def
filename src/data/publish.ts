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

export function toCsv(name: PublishedName, d: Dataset): string {
  switch (name) {
    case "units":
      return rows(d.units, ["id", "name", "type", "parent", "geo_id", "gso_2025", "geo_district", "created", "item", "sources", "note"]);
    case "lineage":
      return rows(
        d.units.flatMap((u) => (u.lineage ?? []).map((e) => ({ unit: u.id, ...e }))),
        ["unit", "event", "date", "into", "new_name", "new_type", "resolution", "item", "sources", "uncertain", "note"],
      );
    case "recognitions":
      return rows(d.recognitions, ["id", "unit", "level", "year", "precision", "wording", "decision", "decision_date", "decided_by", "sources", "confidence", "note"]);
    case "province-series":
      return rows(d.province, ["id", "as_of", "as_of_inferred", "year", "wording", "communes", "ntm", "nang-cao", "kieu-mau", "districts_done", "districts_total", "sources", "shown", "why", "confidence", "note"]);
    case "indicators":
      return rows(
        d.indicators.flatMap((i) => i.points.map((p) => ({ indicator: i.id, unit: i.unit.en, ...p }))),
        ["indicator", "id", "year", "as_of", "as_of_inferred", "value", "unit", "scope", "sources", "shown", "why", "confidence", "note"],
      );
    case "sources":
      return rows(d.sources, ["id", "title", "publisher", "url", "published", "published_inferred", "language", "reliability", "note"]);
  }
}

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
