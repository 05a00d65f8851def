/**
 * Where the timeline needs a word: a year in which the line of communes at the standard falls. Such a fall
 * is not a commune losing its status but communes leaving the programme (turned into wards, or merged into
 * another commune), as programmeChange counts them. Pure; the words are in src/i18n/story.ts.
 */
import type { Unit } from "../data/types";
import { programmeChange } from "./reconcile";
import type { Totals } from "./totals";

export interface DropNote {
  year: number;
  /** The line's value before and after the fall. */
  from: number;
  to: number;
  /** Communes in the programme before and after, and why they changed. */
  change: ReturnType<typeof programmeChange>;
}

export function dropNotes(totals: readonly Totals[], units: readonly Unit[]): DropNote[] {
  const out: DropNote[] = [];
  for (let i = 1; i < totals.length; i++) {
    const [a, b] = [totals[i - 1], totals[i]];
    if (b.ntm >= a.ntm) continue;
    const change = programmeChange(units, b.year);
    if (change.after < change.before) out.push({ year: b.year, from: a.ntm, to: b.ntm, change });
  }
  return out;
}
