/**
 * Recognitions: units and sources exist, tiers come in order, and every formal recognition is one the map
 * can show. The last rule asks the status model's own lineage functions (inProgrammeAt, existsAt), so a
 * record the map would silently drop fails here instead.
 */
import { existsAt, inProgrammeAt, isCommuneLevel, isDistrictLevel, mergerOf, neverInProgramme, typeAt } from "../../lib/lineage";
import { onOrBefore } from "../../lib/dates";
import { LEVELS } from "../../lib/status";
import type { Lineage, Recognition, Unit, UnitType } from "../types";
import { F, LEVEL_WORD, type RuleContext } from "./context";

const TYPE_WORD: Record<string, string> = { phuong: "ward (phường)", "thi-tran": "township (thị trấn)", xa: "commune (xã)" };

/** The type a lineage event gives the unit, if it changes the type (the same reading as typeAt). */
const typeAfter = (e: Lineage): UnitType | undefined =>
  e.event === "became-ward" ? "phuong" : e.new_type && (e.event === "renamed" || e.event === "type-changed") ? e.new_type : undefined;

const typeWord = (t: string) => TYPE_WORD[t] ?? t;

/**
 * Why the model would not show a commune's recognition in its standard year, or undefined when it would. Asks
 * the model's own questions in its order (created yet? merged away? a xã at the end of the year?) and names the
 * event that answers, so the message says what happened: a merger, the last change of type, or a unit that was
 * not yet a commune.
 */
function outOfProgramme(u: Unit, r: Recognition, unitById: ReadonlyMap<string, Unit>): { why: string; before?: true } | undefined {
  if (inProgrammeAt(u, r.year)) return undefined;
  if (u.created && !onOrBefore(u.created, r.year)) return { why: `it was created only on ${u.created}`, before: true };
  const merger = mergerOf(u);
  if (merger && onOrBefore(merger.date, r.year)) {
    const into = merger.into ? unitById.get(merger.into) : undefined;
    const target = into ? `${into.name} (id "${into.id}")` : merger.into ? `"${merger.into}"` : "another unit";
    return { why: `it had merged (sáp nhập) into ${target} on ${merger.date}` };
  }
  const type = typeAt(u, r.year);
  const lineage = u.lineage ?? [];
  const change = lineage.filter((e) => onOrBefore(e.date, r.year) && typeAfter(e)).pop();
  if (change) return { why: `it became a ${typeWord(type)} on ${change.date}` };
  // No change of type yet, so it still had its first type, not xã; it was in the programme at some time (else the
  // never-in-programme rule has spoken), so an event made it a xã later.
  const becameCommune = lineage.find((e) => e.new_type === "xa")!;
  return { why: `it was a ${typeWord(type)} until ${becameCommune.date}, when it became a commune (xã)`, before: true };
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
    const out = isCommuneLevel(u) ? outOfProgramme(u, r, c.unitById) : isDistrictLevel(u) && !existsAt(u, r.year) ? { why: `it no longer existed by the end of ${r.year}` } : undefined;
    if (out) {
      c.errors.push({
        file: F.recognitions,
        index: i,
        id: r.id,
        field: "year",
        message: `recognises ${u.name} in ${r.year}, but ${out.why}: the map would not show this recognition.`,
        hint: `A unit cannot be recognised ${out.before ? "before it entered" : "after it left"} the rural programme; check the year or the unit.`,
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
