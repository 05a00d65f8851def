/**
 * What a story step brings forward on the map: the commune-level units behind
 * the ids an editor writes in a step (a district stands for all its communes, of
 * every era; a commune for itself). Unknown ids fail the build, naming the id.
 */
import type { Unit, UnitId } from "../data/types";
import { isDistrictLevel, successorAt, type UnitIndex } from "./lineage";

export function stepUnits(index: UnitIndex, communes: readonly Unit[], ids: readonly UnitId[]): UnitId[] {
  const out = new Set<UnitId>();
  for (const id of ids) {
    const u = index.get(id);
    if (!u) throw new Error(`Story step: highlight "${id}" is not a unit id in data/units.json`);
    if (!isDistrictLevel(u)) {
      out.add(id);
      continue;
    }
    // A district's communes: those whose own district is, or became, this one (Hoành Bồ's are Hạ Long's).
    for (const c of communes) {
      if (!c.parent) continue;
      if (c.parent === id || successorAt(index, c.parent, 2024)?.id === id) out.add(c.id);
    }
  }
  return [...out].sort();
}
