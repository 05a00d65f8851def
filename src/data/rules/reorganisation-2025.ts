/**
 * Rules for the reorganisation of 1 July 2025 (NQ 1679/NQ-UBTVQH15): every unit of 2025 has its code, every
 * event of that day names a unit of 2025, every 2019 unit still existing on 30 June 2025 has a fate, and a
 * split lists where each part went. Uses the same lineage functions as the pages.
 */
import type { Parsed, Problem } from "../check";
import { existsAt, indexUnits, isNew2025, isUnit2025, reorgEvents } from "../../lib/lineage";
import { LAST_YEAR } from "../../config";

const FILE = "data/units.json";
const ON = "1 July 2025";

export function rules2025(p: Parsed): Problem[] {
  const errors: Problem[] = [];
  const units = p.units.units;
  const index = indexUnits(units);
  // Releases frozen before the units of 2025 were modelled (data 1.0–1.1) name them only as text: nothing to check.
  if (!units.some((u) => isUnit2025(u) || isNew2025(u))) return errors;
  units.forEach((u, i) => {
    const at = (field: string, message: string, hint: string) => errors.push({ file: FILE, index: i, id: u.id, field, message, hint });
    if (isNew2025(u) && !u.gso_2025) {
      at("gso_2025", `is missing: ${u.name} is a unit of ${ON} and needs its GSO code.`, "Add the 5-digit code from the GSO list of 1 July 2025.");
    }
    const events = reorgEvents(u);
    (u.lineage ?? []).forEach((e, k) => {
      if (!events.includes(e) || !e.into) return;
      const target = index.get(e.into);
      if (!target) {
        at(`lineage[${k}].into`, `names "${e.into}" as the unit it became on ${ON}, but no unit in data/units.json has that id.`, "Add the unit of 2025, or use its id.");
      } else if (!isUnit2025(target)) {
        at(`lineage[${k}].into`, `names "${e.into}" as the unit it became on ${ON}, but ${target.name} has no gso_2025: it is not a unit of 2025.`, "Point to the unit of 2025, or give that unit its 2025 code.");
      }
    });
    const parts = events.filter((e) => e.event === "split");
    parts.forEach((e) => {
      if (!e.into) {
        const k = (u.lineage ?? []).indexOf(e);
        at(`lineage[${k}].into`, `is missing: each part of ${u.name}'s split must name the unit it went to.`, "Add the id of the unit of 2025 that received this part.");
      }
    });
    if (parts.length === 1) {
      at("lineage", `lists one part of a split on ${ON}: a split has at least two parts, each naming the unit it went to.`, "Add the other part(s), or record a merged-into event instead.");
    }
    if (u.geo_id && !isUnit2025(u) && existsAt(u, LAST_YEAR) && events.length === 0) {
      at("lineage", `has no fate on ${ON}: ${u.name} still existed on 30 June 2025.`, "Add the merged-into or split event(s) naming the unit(s) of 2025 it became, or its gso_2025 if it was kept.");
    }
  });
  return errors;
}
