/** What every rule group shares: the parsed files, indexes of units and sources, and the problem lists. */
import type { Parsed, Problem } from "../check";
import type { Level, Unit } from "../types";

export const F = {
  units: "data/units.json",
  recognitions: "data/recognitions.json",
  points: "data/province-series.json",
  indicators: "data/indicators.json",
  sources: "data/sources.json",
} as const;

export const LEVEL_WORD: Record<Level, string> = { ntm: "NTM", "nang-cao": "nâng cao", "kieu-mau": "kiểu mẫu" };

export interface RuleContext {
  p: Parsed;
  /** First unit of each id (a duplicate is reported, not indexed). */
  unitById: Map<string, Unit>;
  sourceIds: Set<string>;
  /** Source ids cited so far, by any record: the unused-source rule reads it last. */
  cited: Set<string>;
  geoIds?: Set<string>;
  errors: Problem[];
  warnings: Problem[];
  /** Record that `ids` are cited at file/record/field, and report the ones not in sources.json. */
  cite(file: string, index: number, id: string, field: string, ids: readonly string[]): void;
  /** Report a reference to a unit id that does not exist. */
  unitRef(file: string, index: number, id: string, field: string, ref: string | null | undefined, what: string): void;
}

export function ruleContext(p: Parsed, geoIds?: Set<string>): RuleContext {
  const unitById = new Map<string, Unit>();
  for (const u of p.units.units) if (!unitById.has(u.id)) unitById.set(u.id, u);
  const sourceIds = new Set(p.sources.sources.map((s) => s.id));
  const cited = new Set<string>();
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  return {
    p,
    unitById,
    sourceIds,
    cited,
    geoIds,
    errors,
    warnings,
    cite(file, index, id, field, ids) {
      for (const s of ids) {
        cited.add(s);
        if (!sourceIds.has(s)) {
          errors.push({ file, index, id, field, message: `cites source "${s}", which is not in data/sources.json.`, hint: "Add the source there, or fix the id." });
        }
      }
    },
    unitRef(file, index, id, field, ref, what) {
      if (ref && !unitById.has(ref)) {
        errors.push({ file, index, id, field, message: `names ${what} "${ref}", which is not a unit in data/units.json.`, hint: "Use the id of an existing unit." });
      }
    },
  };
}
