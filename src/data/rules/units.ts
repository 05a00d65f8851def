/** Units: parents, lineage targets, sources, boundary codes, and mergers that lead somewhere. */
import { mergerOf } from "../../lib/lineage";
import { F, type RuleContext } from "./context";

export function unitRules(c: RuleContext): void {
  const units = c.p.units.units;
  const geoSeen = new Map<string, number>();
  units.forEach((u, i) => {
    c.unitRef(F.units, i, u.id, "parent", u.parent, "parent");
    c.cite(F.units, i, u.id, "sources", u.sources);
    (u.lineage ?? []).forEach((e, k) => {
      c.unitRef(F.units, i, u.id, `lineage[${k}].into`, e.into, "the absorbing unit");
      c.cite(F.units, i, u.id, `lineage[${k}].sources`, e.sources);
    });
    if (u.geo_id) {
      if (geoSeen.has(u.geo_id)) {
        c.errors.push({ file: F.units, index: i, id: u.id, field: "geo_id", message: `joins boundary feature ${u.geo_id}, already joined by record #${geoSeen.get(u.geo_id)}.`, hint: "Each boundary feature belongs to one unit." });
      } else geoSeen.set(u.geo_id, i);
      if (c.geoIds && !c.geoIds.has(u.geo_id)) {
        c.errors.push({ file: F.units, index: i, id: u.id, field: "geo_id", message: `is ${u.geo_id}, but the boundary file has no feature with that gso_code.`, hint: "Check the code against the GSO list." });
      }
    }
  });
  if (c.geoIds) {
    for (const code of [...c.geoIds].sort()) {
      if (!geoSeen.has(code)) {
        c.errors.push({ file: F.units, message: `no unit joins boundary feature ${code}.`, hint: "Add the unit, with geo_id set to that code." });
      }
    }
  }

  // Mergers must end in a unit that keeps its territory: a chain that loops back would leave the map's
  // successorAt (which stops on a cycle) with no unit to colour.
  units.forEach((u, i) => {
    const first = mergerOf(u);
    if (!first?.into) return;
    const seen = new Set([u.id]);
    for (let next: string | undefined = first.into; next; ) {
      if (seen.has(next)) {
        c.errors.push({
          file: F.units,
          index: i,
          id: u.id,
          field: `lineage[${(u.lineage ?? []).indexOf(first)}].into`,
          message: `merges ${u.name} into "${first.into}", but following the mergers from there leads back to "${next}": the territory would belong to no unit.`,
          hint: "One unit of the chain must keep existing; check the merger targets.",
        });
        return;
      }
      seen.add(next);
      const target = c.unitById.get(next);
      next = target ? mergerOf(target)?.into : undefined;
    }
  });
}
