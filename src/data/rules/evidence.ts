/**
 * The checker's rules about evidence windows and unnamed counts. They use the same status model the map
 * draws from (src/lib/status.ts), so data the checker accepts is data the map can draw without contradiction:
 *  - a district count cannot exceed the communes the district had in the programme that year;
 *  - commune records cannot place more communes at a tier than a reported count says there were;
 *  - a lower bound ("not yet", e.g. basically met in 2022) cannot come at or after an upper bound
 *    (recognised no later than 2020: the commune's own bound, its district's or the province's);
 *  - a "not yet" record cannot be dated at or after the commune's own recognition.
 */
import type { Parsed, Problem } from "../check";
import type { Level, Recognition } from "../types";
import { countClosedYear, countScope, makeStatusModel, type Evidence } from "../../lib/status";
import { communes, existsAt, typeAt } from "../../lib/lineage";

const F = { recognitions: "data/recognitions.json", counts: "data/district-counts.json", units: "data/units.json" };
const TIER: Record<Level, string> = { ntm: "NTM", "nang-cao": "nâng cao", "kieu-mau": "kiểu mẫu" };
const WORDING: Record<string, string> = {
  "basically-met": "basically met (cơ bản đạt)",
  appraised: "appraised (thẩm định)",
  "criteria-completed": "criteria completed (hoàn thành tiêu chí)",
  target: "a target (mục tiêu)",
};

export interface Collect {
  errors: Problem[];
  warnings: Problem[];
  /** Source ids cited (the "unused source" rule reads it). */
  cited: Set<string>;
  sourceIds: Set<string>;
}

export function evidenceRules(p: Parsed, out: Collect): void {
  const units = p.units.units;
  const recs = p.recognitions.recognitions;
  const counts = p["district-counts"].counts;
  const byId = new Map(units.map((u) => [u.id, u] as const));
  const indexOf = new Map<Recognition, number>(recs.map((r, i) => [r, i]));
  const recRef = (r: Recognition) => `record #${indexOf.get(r)} (id "${r.id}")`;
  const name = (id: string) => byId.get(id)?.name ?? id;

  // Counts: units and sources first; the model is only built on references that resolve.
  let broken = false;
  counts.forEach((c, i) => {
    for (const s of c.sources) {
      out.cited.add(s);
      if (!out.sourceIds.has(s)) {
        out.errors.push({ file: F.counts, index: i, id: c.id, field: "sources", message: `cites source "${s}", which is not in data/sources.json.`, hint: "Add the source there, or fix the id." });
      }
    }
    const u = byId.get(c.unit);
    if (!u || !(u.type === "tinh" || u.type === "huyen" || u.type === "thi-xa" || u.type === "thanh-pho")) {
      broken = true;
      out.errors.push({
        file: F.counts,
        index: i,
        id: c.id,
        field: "unit",
        message: u ? `names ${u.name}, which is not a district-level unit or the province.` : `names unit "${c.unit}", which is not a unit in data/units.json.`,
        hint: "Use the id of a district, town or city in data/units.json, or the province's id.",
      });
    }
  });
  if (broken || out.errors.some((e) => e.file === F.units || e.field === "unit")) return;

  const model = makeStatusModel(units, recs, p["province-series"].points, counts, p.sources.sources);
  const all = communes(units);

  counts.forEach((c, i) => {
    const scope = countScope(model.index, c, all);
    const where = `${name(c.unit)}`;
    if (c.count > scope.length) {
      out.errors.push({
        file: F.counts,
        index: i,
        id: c.id,
        field: "count",
        message: `says ${c.count} communes of ${where} had reached ${TIER[c.level]} by the end of ${c.year}, but ${where} had only ${scope.length} communes in the programme that year.`,
        hint: "Check the count, the year and the unit against the source.",
      });
      return;
    }
    const closed = countClosedYear(c);
    const placed = scope.filter((u) => model.tierAt(u.id, c.level, closed) === "reached");
    if (placed.length > c.count) {
      out.errors.push({
        file: F.counts,
        index: i,
        id: c.id,
        field: "count",
        message: `says ${c.count} communes of ${where} had reached ${TIER[c.level]} by ${closed === c.year ? `the end of ${c.year}` : c.as_of}, but the records place ${placed.length} there by the end of ${closed} (${placed.map((u) => u.name).join(", ")}).`,
        hint: "One of them is wrong: check the count's source and the commune records' years.",
      });
    }
  });

  // Province totals against the communes the map places (a warning: the frames may differ).
  p["province-series"].points.forEach((x, i) => {
    if (x.shown === false || x.wording !== "recognised") return;
    const inProgramme = all.filter((u) => existsAt(u, x.year) && typeAt(u, x.year) === "xa");
    for (const level of ["ntm", "nang-cao", "kieu-mau"] as const) {
      const reported = x[level];
      if (typeof reported !== "number") continue;
      const placed = inProgramme.filter((u) => model.tierAt(u.id, level, x.year) === "reached").length;
      if (placed > reported) {
        out.warnings.push({
          file: "data/province-series.json",
          index: i,
          id: x.id,
          field: level,
          message: `reports ${reported} communes at ${TIER[level]} for ${x.year}, but commune records in data/recognitions.json already place ${placed} there by then.`,
          hint: "One of the two is wrong, or the frames differ; check both sources.",
        });
      }
    }
  });

  const upperWords = (e: Evidence) =>
    e.via === "ancestor" ? `the recognition of ${name(e.record.unit)} (${recRef(e.record)})` : `${recRef(e.record)}`;
  const isOwnExact = (e: Evidence) => e.via === "unit" && e.record.precision !== "no-later-than";

  for (const c of model.conflicts()) {
    const { lower, upper } = c;
    const r = lower.record;
    if (!r) continue; // counts (L7) only apply to communes not yet placed: no conflict by construction
    const commune = name(c.unit);
    if (lower.rule === "L4") {
      // An exact year after a bound. A higher tier recognised before the lower one is the chronology rule's.
      if (isOwnExact(upper) && upper.record.level !== r.level) continue;
      out.errors.push({
        file: F.recognitions,
        index: indexOf.get(r),
        id: r.id,
        field: "year",
        message: `recognises ${commune} at ${TIER[r.level]} in ${r.year}, but ${upperWords(upper)} puts it there no later than ${upper.year}.`,
        hint: "A recognition cannot come after an upper bound; check both years.",
      });
      continue;
    }
    const said = `says ${commune} had not yet reached ${TIER[c.level]} by the end of ${lower.year} (${WORDING[r.wording] ?? r.wording} for ${r.year})`;
    if (isOwnExact(upper) && upper.record.level === c.level) {
      out.errors.push({
        file: F.recognitions,
        index: indexOf.get(r),
        id: r.id,
        field: "year",
        message: `${said}, but ${recRef(upper.record)} recognises it in ${upper.year}.`,
        hint: "Evidence of \"not yet\" cannot be dated after the commune's own recognition; check both years and the wording.",
      });
    } else {
      out.errors.push({
        file: F.recognitions,
        index: indexOf.get(r),
        id: r.id,
        field: "year",
        message: `${said}, but ${upperWords(upper)} puts it at ${TIER[upper.record.level]} no later than ${upper.year}.`,
        hint: "A lower bound cannot come after an upper bound; check both years and the wording.",
      });
    }
  }
}
