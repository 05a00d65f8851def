/**
 * The data behind each chart, as the tables a journalist downloads (CSV): what that chart shows,
 * computed by the same status model and counts as the chart itself, not the normalised datasets.
 *
 * - map: one row per commune, its status in every year, and for each tier the window in which it
 *   was reached. The window is read off the statuses the map draws (statusAt), so it follows the
 *   status model whatever evidence it uses: `<tier>_from` is the first year it may have been
 *   reached (the year after the last year it is known not to have been), `<tier>_to` the first year
 *   it is known to have been. Equal years: reached that year. Empty `_to`: not known reached by the
 *   last year. Empty `_from`: never known not to have been (e.g. no record at all).
 * - timeline: per year, the communes in the programme, the NTM count known and the highest possible,
 *   the advanced and model counts known, and the province's reported figures.
 * - districts: per district-level unit (2020–2025) and year, the same counts for its communes.
 */
import { csvFormat } from "d3";
import type { Unit } from "../data/types";
import { LEVELS, type Status, type StatusModel, type UnitStatus } from "./status";
import { ntmRange, type Totals } from "./totals";

const tierKey = (level: string) => level.replace(/-/g, "_");

/** Rank on the programme ladder: 0 known below NTM, 1 NTM, 2 advanced, 3 model; undefined: not on it. */
function rank(status: Status): number | undefined {
  if (status === "none") return 0;
  const i = LEVELS.indexOf(status as (typeof LEVELS)[number]);
  return i >= 0 ? i + 1 : undefined;
}

/**
 * Whether any evidence a status carries (whatever its field) bounds a tier ≥ `atLeast` by a later year
 * ("no later than"): then that tier may already be reached, and the year is not known below it.
 */
function pending(st: UnitStatus, year: number, atLeast: number): boolean {
  return Object.values(st).some((v) => {
    if (!v || typeof v !== "object" || !("level" in v) || !("year" in v)) return false;
    const e = v as { level: (typeof LEVELS)[number]; year: number; precision?: string };
    return LEVELS.indexOf(e.level) + 1 >= atLeast && e.year > year && e.precision === "no-later-than";
  });
}

/** The years a tier was reached in, from one unit's statuses per year (see the module comment). */
export function tierWindow(statuses: readonly UnitStatus[], years: readonly number[], tier: number): { from?: number; to?: number } {
  let lastBelow: number | undefined;
  for (let i = 0; i < years.length; i++) {
    const r = rank(statuses[i].status);
    if (r !== undefined && r >= tier) return { from: lastBelow === undefined ? undefined : Math.min(lastBelow + 1, years[i]), to: years[i] };
    if (r !== undefined && !pending(statuses[i], years[i], tier)) lastBelow = years[i];
  }
  return { from: lastBelow === undefined || lastBelow === years[years.length - 1] ? undefined : lastBelow + 1 };
}

export function mapColumns(years: readonly number[]): string[] {
  return ["id", "name", "district", "geo_id", ...years.map((y) => `status_${y}`), ...LEVELS.flatMap((l) => [`${tierKey(l)}_from`, `${tierKey(l)}_to`])];
}

/** The map's table: one row per commune (the map's units), in the order given. */
export function mapTable(model: StatusModel, units: readonly Unit[], years: readonly number[], district: (u: Unit) => string | undefined): string {
  const rows = units.map((u) => {
    const statuses = years.map((y) => model.statusAt(u.id, y));
    const row: Record<string, string | number | undefined> = { id: u.id, name: u.name, district: district(u), geo_id: u.geo_id };
    years.forEach((y, i) => (row[`status_${y}`] = statuses[i].status));
    LEVELS.forEach((l, i) => {
      const w = tierWindow(statuses, years, i + 1);
      row[`${tierKey(l)}_from`] = w.from;
      row[`${tierKey(l)}_to`] = w.to;
    });
    return row;
  });
  return `${csvFormat(rows, mapColumns(years))}\n`;
}

export const TIMELINE_COLUMNS = [
  "year",
  "communes",
  "ntm_known",
  "ntm_possible_max",
  "nang_cao_known",
  "kieu_mau_known",
  "reported_ntm",
  "reported_nang_cao",
  "reported_kieu_mau",
] as const;

/** The timeline's series, one row per year; `reported` are the points the chart draws (charts/timeline reportedRows). */
export function timelineTable(totals: readonly Totals[], reported: readonly { year: number; series: string; value: number }[]): string {
  const rep = (year: number, series: string) => reported.find((r) => r.year === year && r.series === series)?.value;
  const rows = totals.map((t) => ({
    year: t.year,
    communes: t.communes,
    ntm_known: t.ntm,
    ntm_possible_max: ntmRange(t)[1],
    nang_cao_known: t.nangCao,
    kieu_mau_known: t.kieuMau,
    reported_ntm: rep(t.year, "ntm"),
    reported_nang_cao: rep(t.year, "nang-cao"),
    reported_kieu_mau: rep(t.year, "kieu-mau"),
  }));
  return `${csvFormat(rows, [...TIMELINE_COLUMNS])}\n`;
}

export const DISTRICT_COLUMNS = ["district_id", "district", "year", "communes", "ntm_known", "nang_cao_known", "kieu_mau_known", "undetermined", "none"] as const;

/** The district grid's counts: one row per district-level unit and year. */
export function districtTable(districts: readonly { unit: Unit; totals: readonly Totals[] }[]): string {
  const rows = districts.flatMap(({ unit, totals }) =>
    totals.map((t) => ({
      district_id: unit.id,
      district: unit.name,
      year: t.year,
      communes: t.communes,
      ntm_known: t.ntm,
      nang_cao_known: t.nangCao,
      kieu_mau_known: t.kieuMau,
      undetermined: t.undetermined,
      none: t.none,
    })),
  );
  return `${csvFormat(rows, [...DISTRICT_COLUMNS])}\n`;
}
