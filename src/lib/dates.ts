import { LAST_YEAR } from "../config";
import type { PartialDate } from "../data/types";

/**
 * The moment a frame year stands for: 31 December, except the last year,
 * which stands for 30 June 2025 — the last day of the district era before the
 * reorganisation of 1 July 2025.
 */
export function frameEnd(year: number): string {
  return year === LAST_YEAR ? `${year}-06-30` : `${year}-12-31`;
}

/** The calendar year of a partial ISO date ("2021-10-29", "2021-10", "2021"). */
export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/**
 * True when a (possibly partial) date has happened by the end of a frame year.
 * A partial date counts from its first day ("2020" → 2020-01-01), the earliest it can mean.
 */
export function onOrBefore(date: PartialDate, year: number): boolean {
  const full = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return full <= frameEnd(year);
}
