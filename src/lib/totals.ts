/** Counting communes by status: "k of N", with N from the same year. */
import type { Unit } from "../data/types";
import { communes, districtAt, inProgrammeAt, type UnitIndex } from "./lineage";
import type { StatusModel } from "./status";

export interface Totals {
  year: number;
  /** Communes (xã) in the programme that year: the N. */
  communes: number;
  /** Known to have reached at least NTM / nâng cao / kiểu mẫu. */
  ntm: number;
  nangCao: number;
  kieuMau: number;
  /** May or may not have reached NTM: the evidence window is open this year (never counted as reached). */
  undetermined: number;
  /** Known not to have reached NTM yet. */
  none: number;
}

/** Lowest and highest possible NTM count: the band the timeline draws. */
export function ntmRange(t: Totals): [number, number] {
  return [t.ntm, t.ntm + t.undetermined];
}

export function totalsFor(model: StatusModel, units: readonly Unit[], year: number): Totals {
  const t: Totals = { year, communes: 0, ntm: 0, nangCao: 0, kieuMau: 0, undetermined: 0, none: 0 };
  for (const u of units) {
    if (!inProgrammeAt(u, year)) continue;
    t.communes++;
    const s = model.statusAt(u.id, year).status;
    if (s === "ntm" || s === "nang-cao" || s === "kieu-mau") t.ntm++;
    if (s === "nang-cao" || s === "kieu-mau") t.nangCao++;
    if (s === "kieu-mau") t.kieuMau++;
    if (s === "undetermined") t.undetermined++;
    if (s === "none") t.none++;
  }
  return t;
}

/** Province totals for each year, from commune records. */
export function provinceTotals(model: StatusModel, units: readonly Unit[], years: readonly number[]): Totals[] {
  const cs = communes(units);
  return years.map((y) => totalsFor(model, cs, y));
}

/** Totals of one district's communes (as the district was in each year). */
export function districtTotals(
  model: StatusModel,
  index: UnitIndex,
  units: readonly Unit[],
  districtId: string,
  years: readonly number[],
): Totals[] {
  const cs = communes(units);
  return years.map((y) =>
    totalsFor(
      model,
      cs.filter((c) => districtAt(index, c, y)?.id === districtId),
      y,
    ),
  );
}
