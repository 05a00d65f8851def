/**
 * "What is this unit's status in year Y?" — derived only from formal recognitions
 * (wording "recognised"). Never interpolated: where a source gives only an upper
 * bound, the unit is "bounded" until that year; where nothing bounds it, "unknown".
 */
import type { Level, ProvincePoint, Recognition, Unit, UnitId } from "../data/types";
import { districtAt, existsAt, indexUnits, typeAt, type UnitIndex } from "./lineage";

export type Status =
  | "none" // in the programme, known not to have reached NTM yet
  | "ntm"
  | "nang-cao"
  | "kieu-mau"
  | "bounded" // will reach NTM no later than a known year; not known whether it already had
  | "unknown" // in the programme, nothing known
  | "not-in-programme" // ward or township
  | "no-data"; // the territory belongs to a unit we cannot name (merged, successor unknown)

export const LEVELS: readonly Level[] = ["ntm", "nang-cao", "kieu-mau"];
export const STATUSES: readonly Status[] = [
  "none",
  "ntm",
  "nang-cao",
  "kieu-mau",
  "bounded",
  "unknown",
  "not-in-programme",
  "no-data",
];

/** Why we believe a level was reached (or will be, by `year`). */
export interface Evidence {
  level: Level;
  year: number;
  /** "no-later-than" for bounds, including every bound that comes from a district or the province. */
  precision: Recognition["precision"];
  record: Recognition;
  /** "unit": a record about this commune; "ancestor": its district's or the province's recognition. */
  via: "unit" | "ancestor";
}

export interface UnitStatus {
  status: Status;
  /** The evidence for the level shown (for ntm / nang-cao / kieu-mau). */
  evidence?: Evidence;
  /** For "bounded" (and for "ntm" reached via a bound): the upper bound. */
  bound?: Evidence;
  /**
   * For a level reached: the next tier, when it is known only as "no later than" a later year. The
   * unit may already have reached it; the status shows only what is certain.
   */
  next?: Evidence;
}

export interface StatusModel {
  index: UnitIndex;
  statusAt(id: UnitId, year: number): UnitStatus;
  /** Recognised NTM-or-higher evidence for a unit, for its page. */
  evidenceFor(id: UnitId): Evidence[];
}

/** The last year in which the province reported zero recognised communes (the 2010 start). */
export function baselineYear(points: readonly ProvincePoint[]): number | undefined {
  const zero = points.filter((p) => p.wording === "recognised" && p.shown !== false && p.ntm === 0);
  return zero.length ? Math.max(...zero.map((p) => p.year)) : undefined;
}

export function makeStatusModel(
  units: readonly Unit[],
  recognitions: readonly Recognition[],
  points: readonly ProvincePoint[] = [],
): StatusModel {
  const index = indexUnits(units);
  const formal = recognitions.filter((r) => r.wording === "recognised");
  const byUnit = new Map<UnitId, Recognition[]>();
  for (const r of formal) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  const baseline = baselineYear(points);
  const province = units.find((u) => u.type === "tinh");

  /** NTM bounds from the district (as it was in the recognition's year) and the province. */
  function ancestorBounds(unit: Unit): Evidence[] {
    const out: Evidence[] = [];
    const candidates = [...formal.filter((r) => r.level === "ntm")];
    for (const r of candidates) {
      const owner = index.get(r.unit);
      if (!owner || owner.id === unit.id) continue;
      const applies =
        (owner.id === province?.id || districtAt(index, unit, r.year)?.id === owner.id) &&
        existsAt(unit, r.year) &&
        typeAt(unit, r.year) === "xa";
      if (applies) out.push({ level: "ntm", year: r.year, precision: "no-later-than", record: r, via: "ancestor" });
    }
    return out;
  }

  const evidenceCache = new Map<UnitId, Evidence[]>();
  function evidenceFor(id: UnitId): Evidence[] {
    const hit = evidenceCache.get(id);
    if (hit) return hit;
    const unit = index.get(id);
    if (!unit) throw new Error(`statusAt: unknown unit "${id}"`);
    const own: Evidence[] = (byUnit.get(id) ?? []).map((r) => ({
      level: r.level,
      year: r.year,
      precision: r.precision,
      record: r,
      via: "unit" as const,
    }));
    const all = unit.geo_id ? [...own, ...ancestorBounds(unit)] : own;
    all.sort((a, b) => a.year - b.year || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
    evidenceCache.set(id, all);
    return all;
  }

  function statusAt(id: UnitId, year: number): UnitStatus {
    const unit = index.get(id);
    if (!unit) throw new Error(`statusAt: unknown unit "${id}"`);
    if (!existsAt(unit, year)) return { status: "no-data" };
    if (typeAt(unit, year) !== "xa") return { status: "not-in-programme" };
    if (baseline !== undefined && year <= baseline) return { status: "none" };

    const ev = evidenceFor(id);
    const reached = ev.filter((e) => e.year <= year);
    for (const level of [...LEVELS].reverse()) {
      const e = reached.find((x) => x.level === level);
      if (e) {
        const bound = e.precision === "no-later-than" ? e : undefined;
        // Only the next tier can be pending (tiers come in order), and only while no exact year says when it came.
        const up = LEVELS[LEVELS.indexOf(level) + 1];
        const upEv = ev.filter((x) => x.level === up && x.year > year);
        const next = upEv.some((x) => x.precision !== "no-later-than") ? undefined : upEv[0];
        return next ? { status: level, evidence: e, bound, next } : { status: level, evidence: e, bound };
      }
    }
    const future = ev.filter((e) => e.level === "ntm" && e.year > year);
    if (future.some((e) => e.precision !== "no-later-than")) return { status: "none", evidence: future[0] };
    if (future.length) return { status: "bounded", bound: future[0] };
    return { status: "unknown" };
  }

  return { index, statusAt, evidenceFor };
}
