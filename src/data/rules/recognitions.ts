/**
 * Recognitions: units and sources exist, tiers come in order, and every formal recognition is one the map
 * can show. The last rule asks the status model's own lineage functions (inProgrammeAt, existsAt), so a
 * record the map would silently drop fails here instead.
 */
import { existsAt, inProgrammeAt, isCommuneLevel, isDistrictLevel, neverInProgramme, typeAt } from "../../lib/lineage";
import { onOrBefore } from "../../lib/dates";
import { LEVELS } from "../../lib/status";
import type { Recognition, Unit } from "../types";
import { F, LEVEL_WORD, type RuleContext } from "./context";

const TYPE_WORD: Record<string, string> = { phuong: "ward (phường)", "thi-tran": "township (thị trấn)", xa: "commune (xã)" };

/** Why the model would not show a commune's recognition in its standard year, or undefined when it would. */
function outOfProgramme(u: Unit, r: Recognition): string | undefined {
  if (inProgrammeAt(u, r.year)) return undefined;
  if (u.created && !onOrBefore(u.created, r.year)) return `it was created only on ${u.created}`;
  const event = (u.lineage ?? []).find(
    (e) => onOrBefore(e.date, r.year) && (e.event === "merged-into" || e.event === "split" || e.event === "became-ward" || e.new_type),
  );
  if (!existsAt(u, r.year) || event?.event === "merged-into" || event?.event === "split") {
    return `it merged away on ${event?.date ?? "an earlier date"}`;
  }
  const type = typeAt(u, r.year);
  return `it became a ${TYPE_WORD[type] ?? type} on ${event?.date ?? "an earlier date"}`;
}

export function recognitionRules(c: RuleContext): void {
  const recs = c.p.recognitions.recognitions;
  const formal = new Map<string, { r: Recognition; i: number }[]>();
  recs.forEach((r, i) => {
    c.unitRef(F.recognitions, i, r.id, "unit", r.unit, "unit");
    c.cite(F.recognitions, i, r.id, "sources", r.sources);
    const u = c.unitById.get(r.unit);
    if (!u || r.wording !== "recognised") return;
    formal.set(r.unit, [...(formal.get(r.unit) ?? []), { r, i }]);
    if (isCommuneLevel(u) && neverInProgramme(u)) {
      c.errors.push({ file: F.recognitions, index: i, id: r.id, field: "unit", message: `recognises ${u.name}, a ${TYPE_WORD[u.type] ?? u.type}, which was never in the rural programme.`, hint: "Only communes (xã) are recognised." });
      return;
    }
    const why = isCommuneLevel(u) ? outOfProgramme(u, r) : isDistrictLevel(u) && !existsAt(u, r.year) ? `it no longer existed by the end of ${r.year}` : undefined;
    if (why) {
      c.errors.push({
        file: F.recognitions,
        index: i,
        id: r.id,
        field: "year",
        message: `recognises ${u.name} in ${r.year}, but ${why}: the map would not show this recognition.`,
        hint: "A unit cannot be recognised after it left the rural programme; check the year or the unit.",
      });
    }
  });

  for (const list of formal.values()) {
    // Two exact years for one tier: unless both are marked low confidence (a contested year, which the model
    // shows as undetermined between the two), the model would keep one and silently ignore the other.
    for (const level of LEVELS) {
      const exact = list.filter((x) => x.r.level === level && x.r.precision !== "no-later-than");
      for (const later of exact.slice(1)) {
        const first = exact[0];
        const contested = first.r.confidence === "low" && later.r.confidence === "low";
        if (later.r.year !== first.r.year && !contested) {
          c.errors.push({
            file: F.recognitions,
            index: later.i,
            id: later.r.id,
            field: "year",
            message: `gives ${LEVEL_WORD[level]} in ${later.r.year}, but record #${first.i} (id "${first.r.id}") gives ${first.r.year} for the same unit and tier: the map would show only one of them.`,
            hint: "Keep one exact year; if the sources truly disagree, mark both records confidence low and explain the disagreement in their notes.",
          });
        }
      }
    }
    for (let k = 1; k < LEVELS.length; k++) {
      const lower = list.filter((x) => x.r.level === LEVELS[k - 1] && x.r.precision !== "no-later-than");
      for (const hi of list.filter((x) => x.r.level === LEVELS[k])) {
        const lo = lower.find((x) => x.r.year > hi.r.year);
        if (lo) {
          c.errors.push({
            file: F.recognitions,
            index: hi.i,
            id: hi.r.id,
            field: "year",
            message: `puts ${LEVEL_WORD[LEVELS[k]]} in ${hi.r.year}, before ${LEVEL_WORD[LEVELS[k - 1]]} in ${lo.r.year} (record #${lo.i}, id "${lo.r.id}").`,
            hint: "A higher tier cannot come before the tier below it; check both years.",
          });
        }
      }
    }
  }
}
