/**
 * The shapes a commune map draws across 2010–2025. Boundaries are of 2019;
 * after a merger the absorbing unit is drawn as the union of its predecessors'
 * shapes, before it the predecessors are drawn. Each distinct (unit, footprint)
 * pair is one shape, visible in the years it is true for. Territory whose
 * successor is unknown stays drawn on its own, as "no data".
 */
import type { Unit, UnitId } from "../data/types";
import { communes, existsAt, footprintAt, successorAt, type UnitIndex } from "./lineage";
import type { Status, StatusModel } from "./status";
import { encodeStatus } from "./status-codes.mjs";

export { decodeStatus } from "./status-codes.mjs";

export interface Shape {
  /** Stable key: the unit id, plus the footprint when the unit has several over time. */
  key: string;
  unit: UnitId;
  /** 2019 boundary codes drawn together. */
  codes: string[];
  /** Years the shape is drawn. */
  years: number[];
  /** True for territory whose unit merged away into an unknown successor. */
  orphan: boolean;
}

export function mapShapes(units: readonly Unit[], index: UnitIndex, years: readonly number[]): Shape[] {
  const byKey = new Map<string, Shape>();
  const add = (unit: UnitId, codes: string[], year: number, orphan: boolean) => {
    const sig = `${unit}|${codes.join("+")}|${orphan ? "orphan" : ""}`;
    const s = byKey.get(sig);
    if (s) s.years.push(year);
    else byKey.set(sig, { key: sig, unit, codes, years: [year], orphan });
  };
  for (const y of years) {
    for (const u of communes(units)) {
      if (existsAt(u, y)) add(u.id, footprintAt(index, u, y), y, false);
      else if (!successorAt(index, u.id, y)) add(u.id, [u.geo_id!], y, true);
    }
  }
  // Readable, stable keys: the plain unit id when the unit has one shape only.
  const shapes = [...byKey.values()];
  const count = new Map<string, number>();
  for (const s of shapes) count.set(s.unit, (count.get(s.unit) ?? 0) + 1);
  for (const s of shapes) s.key = count.get(s.unit) === 1 ? s.unit : `${s.unit}~${s.years[0]}`;
  return shapes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** One character per year (lib/status-codes.mjs), "-" when the shape is not drawn. */
export function statusCodes(model: StatusModel, shape: Shape, years: readonly number[]): string {
  return years
    .map((y) => {
      if (!shape.years.includes(y)) return "-";
      const s: Status = shape.orphan ? "no-data" : model.statusAt(shape.unit, y).status;
      return encodeStatus(s);
    })
    .join("");
}

/** One character per year for a unit's table row: "-" once it has merged away or before it existed (the row hides). */
export function unitCodes(model: StatusModel, unit: string, years: readonly number[]): string {
  return years
    .map((y) => {
      const s = model.statusAt(unit, y).status;
      return s === "no-data" || s === "merged" ? "-" : encodeStatus(s);
    })
    .join("");
}
