/**
 * "What is this unit's status in year Y?" — from everything the data says, never interpolated.
 *
 * For every commune and tier (NTM, nâng cao, kiểu mẫu) we derive an evidence WINDOW: the years in which the
 * commune can first have reached the tier. Its upper end ("reached no later than") and lower end ("not yet
 * reached through") come from these rules, each tested in tests/unit/status.test.ts:
 *
 *  Upper bounds (reached no later than U):
 *   U1  the commune's own formal recognition (its standard year; a "no-later-than" record is only a bound);
 *   U2  its district's NTM recognition, for the communes that were xã of that district in the district's year;
 *   U3  the province's NTM recognition, likewise;
 *   U4  a higher tier bounds the lower ones (nâng cao by 2020 ⇒ NTM by 2020).
 *  Lower bounds (not yet reached through L), from dated evidence in the commune's own records:
 *   L1  "basically met" (cơ bản đạt) for year Y: only basically met at the end of Y ⇒ not recognised through Y;
 *   L2  an appraisal (thẩm định) or completed criteria (hoàn thành tiêu chí) for standard year Y ⇒ the
 *       recognition, if it comes, is for Y or later ⇒ not recognised through Y − 1;
 *   L3  a target (phấn đấu, kế hoạch) for Y ⇒ not yet reached at the source's date ⇒ not recognised through
 *       min(Y, the year the source was published) − 1;
 *   L4  the commune's own exact recognition of a tier in Y ⇒ not that tier through Y − 1 (a first recognition);
 *   L5  a lower tier not yet reached ⇒ no higher tier either (not NTM through 2021 ⇒ not nâng cao through 2021);
 *   L6  the province's zero point (no commune recognised in the baseline year) ⇒ no commune through that year;
 *   L7  a district count "k communes had reached T by the end of Y" (wording recognised) when k communes of
 *       the district are already placed at T by Y ⇒ the district's other communes had not reached T through Y.
 *  Records whose year is only "no later than" give no lower bound: they do not say when the commune had not
 *  yet reached the tier. "One of the first k" statements cannot be expressed by the data yet.
 *
 * States per unit and year: a tier reached (year known, or its bound passed) | not yet (known) |
 * undetermined between the window's ends | outside the programme (ward, township) | merged | no data.
 * An undetermined commune is never counted or drawn as having reached anything.
 */
import type { Dataset, DistrictCount, Level, ProvincePoint, Recognition, Source, Unit, UnitId } from "../data/types";
import { districtAt, existsAt, indexUnits, successorAt, typeAt, type UnitIndex } from "./lineage";
import { frameEnd } from "./dates";
import { STATUSES, type Status } from "./status-codes.mjs";

export { STATUSES, type Status };

export const LEVELS: readonly Level[] = ["ntm", "nang-cao", "kieu-mau"];
/** The statuses a commune can be drawn in on the map ("merged" never is: its successor is drawn). */
export const REACHED: readonly Status[] = ["ntm", "nang-cao", "kieu-mau"];
export const isReached = (s: Status | undefined): boolean => s === "ntm" || s === "nang-cao" || s === "kieu-mau";

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

/** Dated evidence that a unit had NOT yet reached a tier through `year` (the end of that year). */
export interface NotYet {
  level: Level;
  year: number;
  /** The rule that gave it (see the module comment). */
  rule: "L1" | "L2" | "L3" | "L4" | "L5" | "L6" | "L7";
  /** The commune's own record (L1–L4), or the record of the lower tier (L5). */
  record?: Recognition;
  /** The district count (L7). */
  count?: DistrictCount;
}

/** Everything known about when one commune first reached one tier. */
export interface TierWindow {
  level: Level;
  /** The commune's own recognition with a standard year (the earliest, if several). */
  exact?: Evidence;
  /** The tightest "reached no later than" (own bound, district, province, or a higher tier). */
  upper?: Evidence;
  /** The tightest "not yet through" (a basically-met, appraisal, target, count …). */
  lower?: NotYet;
  /** All of them, for the checker and the pages. */
  uppers: Evidence[];
  lowers: NotYet[];
}

/** The years in which a tier can first have been reached: from `from` to `to` (both inclusive, either open). */
export interface Window {
  level: Level;
  from?: number;
  to?: number;
}

export interface UnitStatus {
  status: Status;
  /** The evidence for the level shown (for ntm / nang-cao / kieu-mau), or the future exact year (none). */
  evidence?: Evidence;
  /** For "undetermined" (and for a tier reached via a bound): the upper bound. */
  bound?: Evidence;
  /** For "none" known from a lower bound: the evidence that says "not yet". */
  notYet?: NotYet;
  /**
   * For a level reached: the next tier, when it is known only as "no later than" a later year. The
   * unit may already have reached it; the status shows only what is certain.
   */
  next?: Evidence;
  /** For "undetermined": the NTM window; for a tier reached with `next`: the next tier's window. */
  window?: Window;
  /** For "merged": the unit that holds the territory. */
  successor?: UnitId;
}

export type TierState = "reached" | "not-yet" | "undetermined";

/** A lower bound that contradicts an upper bound: the checker reports these (src/data/rules-evidence.ts). */
export interface Conflict {
  unit: UnitId;
  level: Level;
  lower: NotYet;
  upper: Evidence;
}

export interface StatusModel {
  index: UnitIndex;
  statusAt(id: UnitId, year: number): UnitStatus;
  /** Recognised NTM-or-higher evidence for a unit, for its page. */
  evidenceFor(id: UnitId): Evidence[];
  /** The three tier windows of a commune (empty windows for units without a boundary). */
  windowsFor(id: UnitId): TierWindow[];
  tierAt(id: UnitId, level: Level, year: number): TierState;
  /** Lower bounds at or after an upper bound, across all communes. */
  conflicts(): Conflict[];
}

/** The last year in which the province reported zero recognised communes (the 2010 start). */
export function baselineYear(points: readonly ProvincePoint[]): number | undefined {
  const zero = points.filter((p) => p.wording === "recognised" && p.shown !== false && p.ntm === 0);
  return zero.length ? Math.max(...zero.map((p) => p.year)) : undefined;
}

/**
 * The lower bound a record of the commune's own gives (rules L1–L3), or undefined.
 * `published` gives the year a source was published (for targets).
 */
export function notYetFrom(r: Recognition, published: (sourceId: string) => number | undefined = () => undefined): NotYet | undefined {
  // Stryker disable next-line ConditionalExpression,StringLiteral: without the first test a recognised record still gives undefined (the switch has no case for it); the second is tested
  if (r.wording === "recognised" || r.precision === "no-later-than") return undefined;
  switch (r.wording) {
    case "basically-met":
      return { level: r.level, year: r.year, rule: "L1", record: r };
    case "appraised":
    case "criteria-completed":
      return { level: r.level, year: r.year - 1, rule: "L2", record: r };
    case "target": {
      const pubs = r.sources.map(published).filter((y): y is number => y !== undefined);
      const at = Math.min(r.year, ...pubs);
      return { level: r.level, year: at - 1, rule: "L3", record: r };
    }
  }
}

/** Which communes a count is about: those of the district (as it was that year), or all, for the province. */
export function countScope(index: UnitIndex, c: DistrictCount, communes: readonly Unit[]): Unit[] {
  const owner = index.get(c.unit);
  return communes.filter(
    (u) => existsAt(u, c.year) && typeAt(u, c.year) === "xa" && (owner?.parent === null || districtAt(index, u, c.year)?.id === c.unit),
  );
}

/**
 * The last frame year a count's "no more than k" holds for. A count dated before the end of its year (June 2020)
 * says nothing about the communes recognised later that year: it closes the year before (2019). It still says
 * "at least k" by its year.
 */
export function countClosedYear(c: DistrictCount): number {
  return c.as_of && c.as_of.length >= 7 && c.as_of < frameEnd(c.year) ? c.year - 1 : c.year;
}

export function makeStatusModel(
  units: readonly Unit[],
  recognitions: readonly Recognition[],
  points: readonly ProvincePoint[] = [],
// Stryker disable next-line ArrayDeclaration: a default list holding a string: it has no wording or publication date, so it is read as no count
  counts: readonly DistrictCount[] = [],
// Stryker disable next-line ArrayDeclaration: a default list holding a string: it has no wording or publication date, so it is read as no source
  sources: readonly Source[] = [],
): StatusModel {
  const index = indexUnits(units);
  const formal = recognitions.filter((r) => r.wording === "recognised");
  const byUnit = new Map<UnitId, Recognition[]>();
  // Stryker disable next-line ArrayDeclaration: a string in a unit's list has no wording or level, so every reader skips it
  for (const r of recognitions) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  const baseline = baselineYear(points);
  const province = units.find((u) => u.type === "tinh");
  const pubYear = new Map(sources.filter((s) => s.published).map((s) => [s.id, Number(s.published!.slice(0, 4))]));
  const communeUnits = units.filter((u) => u.geo_id !== undefined);

  /** NTM bounds from the district (as it was in the recognition's year) and the province (U2, U3). */
  function ancestorBounds(unit: Unit): Evidence[] {
    const out: Evidence[] = [];
    for (const r of formal) {
      if (r.level !== "ntm") continue;
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
    // Stryker disable next-line ArrayDeclaration: a string in the list has no wording, so the filter below drops it
    const own: Evidence[] = (byUnit.get(id) ?? [])
      .filter((r) => r.wording === "recognised")
      .map((r) => ({ level: r.level, year: r.year, precision: r.precision, record: r, via: "unit" as const }));
    const all = unit.geo_id ? [...own, ...ancestorBounds(unit)] : own;
    all.sort((a, b) => a.year - b.year || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
    evidenceCache.set(id, all);
    return all;
  }

  const tightestUpper = (list: Evidence[]) =>
    list.reduce<Evidence | undefined>((a, b) => (!a || b.year < a.year || (b.year === a.year && b.via === "unit" && a.via !== "unit") ? b : a), undefined);
  const tightestLower = (list: NotYet[]) => list.reduce<NotYet | undefined>((a, b) => (!a || b.year > a.year ? b : a), undefined);

  /** Windows from the commune's own records, its ancestors and the baseline (U1–U4, L1–L6). */
  function baseWindows(unit: Unit): TierWindow[] {
    // Stryker disable next-line ArrayDeclaration: a string in these lists has no level, so every filter below skips it
    const ev = unit.geo_id ? evidenceFor(unit.id) : [];
    // Stryker disable next-line ArrayDeclaration: a string in these lists has no level, so every filter below skips it
    const own = byUnit.get(unit.id) ?? [];
    const w: TierWindow[] = LEVELS.map((level) => {
      const exacts = ev.filter((e) => e.level === level && e.via === "unit" && e.precision !== "no-later-than");
      // Stryker disable next-line ConditionalExpression: evidenceFor sorts by year, so the first of the list is the earliest anyway
      const first = exacts.reduce<Evidence | undefined>((a, b) => (!a || b.year < a.year ? b : a), undefined);
      // Stryker disable next-line ConditionalExpression: evidenceFor sorts by year, so the last of the list is the latest anyway
      const last = exacts.reduce<Evidence | undefined>((a, b) => (!a || b.year > a.year ? b : a), undefined);
      // C1: sources that give different exact years (data:check lets this pass only when all are marked low
      // confidence) agree that the tier was not reached before the earliest and was reached by the latest:
      // the years between stay undetermined, and no single year is drawn as known.
      // Stryker disable next-line LogicalOperator,ConditionalExpression: first and last come from the same list, so both or neither are defined
      const contested = first !== undefined && last !== undefined && first.year !== last.year;
      const exact = contested ? undefined : first;
      const uppers = ev.filter((e) => e.level === level && !(contested && exacts.includes(e) && e !== last));
      const lowers: NotYet[] = [];
      for (const r of own) {
        if (r.level !== level) continue;
        const n = notYetFrom(r, (s) => pubYear.get(s));
        if (n) lowers.push(n);
      }
      if (first) lowers.push({ level, year: first.year - 1, rule: "L4", record: first.record });
      if (level === "ntm" && baseline !== undefined && unit.geo_id) lowers.push({ level, year: baseline, rule: "L6" });
      return { level, exact, uppers, lowers };
    });
    // U4: a higher tier's bounds bound the lower tiers. L5: a lower tier's "not yet" holds for the higher ones.
    // Stryker disable next-line EqualityOperator: for k = LEVELS.length the inner loop has no j, so one more turn does nothing
    for (let k = 0; k < LEVELS.length; k++) {
      for (let j = k + 1; j < LEVELS.length; j++) {
        // Stryker disable next-line ConditionalExpression: district and province bounds are NTM bounds, and NTM is no higher tier: none reaches this test
        for (const e of w[j].uppers) if (e.via === "unit") w[k].uppers.push({ ...e, level: LEVELS[k], precision: "no-later-than" });
        for (const n of w[k].lowers) if (n.rule !== "L5") w[j].lowers.push({ ...n, level: LEVELS[j], rule: "L5" });
      }
    }
    return w.map((x) => ({ ...x, upper: tightestUpper(x.uppers), lower: tightestLower(x.lowers) }));
  }

  const windows = new Map<UnitId, TierWindow[]>();
  for (const u of units) windows.set(u.id, baseWindows(u));

  function stateOf(w: TierWindow, year: number): TierState {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the exact year is among the uppers too, so the next line answers the same
    if (w.exact && w.exact.year <= year) return "reached";
    if (w.upper && w.upper.year <= year) return "reached";
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the two lines above, an exact year is later than `year`, and its L4 lower bound (exact − 1) answers the same below
    if (w.exact && w.exact.year > year) return "not-yet";
    if (w.lower && year <= w.lower.year) return "not-yet";
    return "undetermined";
  }

  // L7: a count that the placed communes already fill says the others had not reached the tier.
  const additions: [UnitId, number, NotYet][] = [];
  for (const c of counts) {
    if (c.wording !== "recognised") continue;
    const k = LEVELS.indexOf(c.level);
    const scope = countScope(index, c, communeUnits);
    const closed = countClosedYear(c);
    const placed = scope.filter((u) => stateOf(windows.get(u.id)![k], closed) === "reached");
    if (placed.length !== c.count) continue;
    for (const u of scope) {
      if (placed.includes(u)) continue;
      for (let j = k; j < LEVELS.length; j++) additions.push([u.id, j, { level: LEVELS[j], year: closed, rule: j === k ? "L7" : "L5", count: c }]);
    }
  }
  for (const [id, j, n] of additions) {
    const w = windows.get(id)![j];
    w.lowers.push(n);
    w.lower = tightestLower(w.lowers);
  }

  function windowsFor(id: UnitId): TierWindow[] {
    const w = windows.get(id);
    if (!w) throw new Error(`statusAt: unknown unit "${id}"`);
    return w;
  }

  const windowOf = (w: TierWindow): Window => ({ level: w.level, from: w.lower ? w.lower.year + 1 : undefined, to: w.upper?.year });

  function tierAt(id: UnitId, level: Level, year: number): TierState {
    return stateOf(windowsFor(id)[LEVELS.indexOf(level)], year);
  }

  function statusAt(id: UnitId, year: number): UnitStatus {
    const unit = index.get(id);
    if (!unit) throw new Error(`statusAt: unknown unit "${id}"`);
    if (!existsAt(unit, year)) {
      const into = successorAt(index, id, year);
      return into ? { status: "merged", successor: into.id } : { status: "no-data" };
    }
    if (typeAt(unit, year) !== "xa") return { status: "not-in-programme" };
    const ws = windowsFor(id);
    for (let k = LEVELS.length - 1; k >= 0; k--) {
      const w = ws[k];
      if (stateOf(w, year) !== "reached") continue;
      const evidence = w.exact && w.exact.year <= year ? w.exact : w.upper!;
      const bound = evidence.precision === "no-later-than" ? evidence : undefined;
      const up = ws[k + 1];
      const next = up && stateOf(up, year) === "undetermined" && up.upper ? up.upper : undefined;
      const out: UnitStatus = { status: LEVELS[k] as Status, evidence, bound };
      if (next) {
        out.next = next;
        out.window = windowOf(up);
      }
      return out;
    }
    const ntm = ws[0];
    if (stateOf(ntm, year) === "not-yet") {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: NTM is not reached here, so an exact NTM year is later than `year`
      if (ntm.exact && ntm.exact.year > year) return { status: "none", evidence: ntm.exact };
      return { status: "none", notYet: ntm.lower };
    }
    return { status: "undetermined", bound: ntm.upper, window: windowOf(ntm) };
  }

  function conflicts(): Conflict[] {
    const out: Conflict[] = [];
    for (const u of communeUnits) {
      for (const w of windowsFor(u.id)) {
        for (const lower of w.lowers) {
          if (lower.rule === "L5" || lower.rule === "L6") continue; // reported at their origin
          // Stryker disable next-line MethodExpression,ConditionalExpression: a record is a lower bound of its own only by L4 (its year − 1), which is before itself as an upper bound (its year)
          const upper = tightestUpper(w.uppers.filter((e) => e.record !== lower.record));
          if (upper && upper.year <= lower.year) out.push({ unit: u.id, level: w.level, lower, upper });
        }
      }
    }
    return out;
  }

  return { index, statusAt, evidenceFor, windowsFor, tierAt, conflicts };
}

/** The model of a whole dataset: the one way pages, checker, diff and stats build it. */
export function datasetModel(d: Pick<Dataset, "units" | "recognitions" | "province" | "sources"> & { counts?: DistrictCount[] }): StatusModel {
  return makeStatusModel(d.units, d.recognitions, d.province, d.counts ?? [], d.sources);
}
