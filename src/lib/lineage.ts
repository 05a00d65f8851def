/**
 * Following units through time: which units exist in a frame year, of what type,
 * under which parent, and which 2019 boundary features make up their territory.
 * Pure functions over the units of data/units.json.
 */
import type { Unit, UnitId, UnitType } from "../data/types";
import { onOrBefore } from "./dates";

export type UnitIndex = ReadonlyMap<UnitId, Unit>;

export function indexUnits(units: readonly Unit[]): UnitIndex {
  return new Map(units.map((u) => [u.id, u]));
}

export const DISTRICT_TYPES: readonly UnitType[] = ["huyen", "thi-xa", "thanh-pho"];
export const COMMUNE_TYPES: readonly UnitType[] = ["xa", "phuong", "thi-tran"];

export const isDistrictLevel = (u: Unit): boolean => DISTRICT_TYPES.includes(u.type);
export const isCommuneLevel = (u: Unit): boolean => COMMUNE_TYPES.includes(u.type);

/** The unit's type at the end of a frame year, after its dated type changes. */
export function typeAt(unit: Unit, year: number): UnitType {
  let type = unit.type;
  for (const e of unit.lineage ?? []) {
    if (!onOrBefore(e.date, year)) continue;
    if (e.event === "became-ward") type = "phuong";
    else if (e.new_type && (e.event === "renamed" || e.event === "type-changed")) type = e.new_type;
  }
  return type;
}

/** The unit's name at the end of a frame year. */
export function nameAt(unit: Unit, year: number): string {
  let name = unit.name;
  for (const e of unit.lineage ?? []) {
    if (e.event === "renamed" && e.new_name && onOrBefore(e.date, year)) name = e.new_name;
  }
  return name;
}

/** The merger that ended the unit, if any. */
export function mergerOf(unit: Unit) {
  return (unit.lineage ?? []).find((e) => e.event === "merged-into");
}

/** Does the unit exist (created, not yet merged away) at the end of a frame year? */
export function existsAt(unit: Unit, year: number): boolean {
  if (unit.created && !onOrBefore(unit.created, year)) return false;
  const m = mergerOf(unit);
  return !(m && onOrBefore(m.date, year));
}

/** A commune is in the New Rural programme in a year when it exists and is a xã. */
export function inProgrammeAt(unit: Unit, year: number): boolean {
  return existsAt(unit, year) && typeAt(unit, year) === "xa";
}

/** True when the unit was never a xã in 2010–2025 (wards and townships from the start). */
export function neverInProgramme(unit: Unit): boolean {
  if (unit.type === "xa") return false;
  return !(unit.lineage ?? []).some((e) => e.new_type === "xa");
}

/** Follow mergers: the unit that holds `id`'s territory at the end of `year` (itself if it still exists). */
export function successorAt(index: UnitIndex, id: UnitId, year: number): Unit | undefined {
  let u = index.get(id);
  const seen = new Set<UnitId>();
  while (u && !existsAt(u, year)) {
    if (seen.has(u.id)) return undefined;
    seen.add(u.id);
    const m = mergerOf(u);
    if (!m?.into) return undefined;
    u = index.get(m.into);
  }
  return u;
}

/** The district-level unit a commune belongs to at the end of a year (following district mergers). */
export function districtAt(index: UnitIndex, unit: Unit, year: number): Unit | undefined {
  if (!unit.parent) return undefined;
  return successorAt(index, unit.parent, year);
}

/** 2019 boundary codes that make up a unit's territory at the end of a year: its own plus all merged into it. */
export function footprintAt(index: UnitIndex, unit: Unit, year: number): string[] {
  const codes: string[] = [];
  for (const u of index.values()) {
    if (!u.geo_id) continue;
    if (successorAt(index, u.id, year)?.id === unit.id) codes.push(u.geo_id);
  }
  return codes.sort();
}

/** The commune-level units of the 2019 boundary data. */
export function communes(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.geo_id !== undefined);
}

/** The 13 district-level units of 2020 – mid-2025 (those still existing in 2020). */
export function districts2020(units: readonly Unit[]): Unit[] {
  return units.filter((u) => isDistrictLevel(u) && existsAt(u, 2020));
}

/** The day the units of the 2025 reorganisation (NQ 1679/NQ-UBTVQH15) began to operate. */
export const REORG_2025 = "2025-07-01";

/** A unit of 1 July 2025: it has a 2025 GSO code (created that day, or kept as it was, like Cái Chiên). */
export const isUnit2025 = (u: Unit): boolean => u.gso_2025 !== undefined;

/** A unit created by the reorganisation of 1 July 2025. */
export const isNew2025 = (u: Unit): boolean => u.created === REORG_2025;

/** The units of 1 July 2025, in the order of the resolution's items (kept units last). */
export function units2025(units: readonly Unit[]): Unit[] {
  return units.filter(isUnit2025).sort((a, b) => (a.item ?? 1e9) - (b.item ?? 1e9) || a.name.localeCompare(b.name, "vi"));
}

/** The unit's own events of 1 July 2025 that end it: a merger, or one event per part of a split. */
export function reorgEvents(unit: Unit) {
  return (unit.lineage ?? []).filter((e) => e.date === REORG_2025 && (e.event === "merged-into" || e.event === "split"));
}

/** Where (part of) a 2019 territory went on 1 July 2025. */
export interface Destination2025 {
  /** The unit of 2025. */
  into: UnitId;
  /** The resolution's item (khoản of Điều 1), when known. */
  item?: number;
  /** Only part of the territory went there. */
  part: boolean;
  /** The unit was kept as it was. */
  kept: boolean;
  uncertain: boolean;
  /** The 2019 unit whose event this is (itself, or the unit it had merged into in 2020–2024). */
  via: UnitId;
}

/**
 * Where a 2019 unit's territory went on 1 July 2025: follows earlier mergers to the unit that held it on
 * 30 June 2025, then that unit's events of 1 July. Empty when nothing is recorded.
 */
export function destinations2025(index: UnitIndex, id: UnitId): Destination2025[] {
  const holder = successorAt(index, id, 2025);
  if (!holder) return [];
  if (isUnit2025(holder)) return [{ into: holder.id, item: holder.item, part: false, kept: true, uncertain: false, via: holder.id }];
  return reorgEvents(holder)
    .filter((e) => e.into)
    .map((e) => ({ into: e.into!, item: e.item, part: e.event === "split", kept: false, uncertain: e.uncertain === true, via: holder.id }));
}

/** The 2019 boundary units (communes, wards, townships) whose territory, in whole or part, went into a unit of 2025. */
export function predecessors2025(units: readonly Unit[], index: UnitIndex, target: UnitId): { unit: Unit; destination: Destination2025 }[] {
  const out: { unit: Unit; destination: Destination2025 }[] = [];
  for (const u of communes(units)) {
    for (const d of destinations2025(index, u.id)) if (d.into === target) out.push({ unit: u, destination: d });
  }
  return out.sort((a, b) => a.unit.name.localeCompare(b.unit.name, "vi"));
}

/**
 * Every name a 2019 unit's territory went by, 2010 – 1 July 2025: its own, its renamings (Trới → Hoành Bồ,
 * Lương Mông → Lương Minh) and the units of 2025 it went into. What the finder matches.
 */
export function namesOfAllEras(index: UnitIndex, unit: Unit): string[] {
  const names = [unit.name];
  for (const e of unit.lineage ?? []) if (e.event === "renamed" && e.new_name) names.push(e.new_name);
  for (const d of destinations2025(index, unit.id)) {
    const u = index.get(d.into);
    if (u) names.push(u.name);
  }
  return [...new Set(names)];
}
