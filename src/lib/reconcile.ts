/**
 * Reported vs placed: for a year, what the province (or a district) reported per tier, what the map can
 * place by name, and how many the sources count without naming. Pure; the sentences are in src/i18n.
 */
import type { DistrictCount, Level, ProvincePoint, Unit } from "../data/types";
import { inProgrammeAt, existsAt, typeAt } from "./lineage";
import { LEVELS } from "./status";
import type { Totals } from "./totals";

export interface TierReconcile {
  level: Level;
  /** The reported figure, when the source gives one for this tier. */
  reported?: number;
  /** Communes the map places at this tier or above. */
  located: number;
  /** reported − located, when reported (never below 0: more placed than reported is a checker warning). */
  unnamed?: number;
}

export interface Reconciled {
  year: number;
  /** The province point shown for the year (wording recognised), if any. */
  point?: ProvincePoint;
  /** Province-level counts used where the point gives no figure for a tier. */
  counts: DistrictCount[];
  tiers: TierReconcile[];
  /** Communes in the programme, as the map counts them, and as the source states them. */
  communes: number;
  reportedCommunes?: number;
  undetermined: number;
}

/** The province point the site shows for a year: recognised wording, not set aside (the timeline's dots). */
export function reportedPoint(points: readonly ProvincePoint[], year: number): ProvincePoint | undefined {
  const c = points.filter((p) => p.year === year && p.wording === "recognised" && p.shown !== false);
  return c.find((p) => p.shown === true) ?? c[0];
}

const located = (t: Totals, level: Level) => (level === "ntm" ? t.ntm : level === "nang-cao" ? t.nangCao : t.kieuMau);

/** Reconcile a year's totals with what was reported: the province point, or `counts` about the same unit. */
export function reconcile(t: Totals, points: readonly ProvincePoint[], counts: readonly DistrictCount[] = []): Reconciled {
  const point = reportedPoint(points, t.year);
  const used: DistrictCount[] = [];
  const tiers = LEVELS.map((level) => {
    let reported = point && typeof point[level] === "number" ? (point[level] as number) : undefined;
    if (reported === undefined) {
      const c = counts.find((x) => x.year === t.year && x.level === level && x.wording === "recognised");
      if (c) {
        reported = c.count;
        used.push(c);
      }
    }
    const loc = located(t, level);
    return { level, reported, located: loc, unnamed: reported === undefined ? undefined : Math.max(0, reported - loc) };
  });
  return {
    year: t.year,
    point,
    counts: used,
    tiers,
    communes: t.communes,
    reportedCommunes: typeof point?.communes === "number" ? point.communes : undefined,
    undetermined: t.undetermined,
  };
}

/** Why the number of communes in the programme fell in a year: how many became wards, how many merged away. */
export function programmeChange(units: readonly Unit[], year: number): { before: number; after: number; wards: number; merged: number } {
  const cs = units.filter((u) => u.geo_id !== undefined);
  const before = cs.filter((u) => inProgrammeAt(u, year - 1));
  let wards = 0;
  let merged = 0;
  for (const u of before) {
    if (!existsAt(u, year)) merged++;
    else if (typeAt(u, year) !== "xa") wards++;
  }
  return { before: before.length, after: cs.filter((u) => inProgrammeAt(u, year)).length, wards, merged };
}
