/**
 * Everything the charts derive from the dataset, computed once per build and
 * shared by every page, embed and exported image.
 */
import { getDataset } from "../data/load";
import { releaseDataset } from "../data/releases";
import type { Dataset, Unit } from "../data/types";
import { YEARS } from "../config";
import { communes, districts2020, indexUnits, successorAt, type UnitIndex } from "../lib/lineage";
import { mapShapes, statusCodes, type Shape } from "../lib/map-frames";
import { datasetModel, type StatusModel } from "../lib/status";
import { provinceTotals, type Totals } from "../lib/totals";

export interface ChartContext {
  data: Dataset;
  index: UnitIndex;
  model: StatusModel;
  years: readonly number[];
  communes: Unit[];
  districts: Unit[];
  shapes: (Shape & { status: string })[];
  totals: Totals[];
}

const cache = new Map<string, ChartContext>();

/**
 * The context for the current data, or for a frozen release (`version`), which
 * pinned embeds use so that a published article never changes under its author.
 */
export function chartContext(version?: string): ChartContext {
  const key = version ?? "current";
  const hit = cache.get(key);
  if (hit) return hit;
  const data = version ? releaseDataset(version) : getDataset();
  const index = indexUnits(data.units);
  const model = datasetModel(data);
  const years = YEARS;
  const shapes = mapShapes(data.units, index, years).map((s) => ({ ...s, status: statusCodes(model, s, years) }));
  const ctx: ChartContext = {
    data,
    index,
    model,
    years,
    communes: communes(data.units),
    districts: districts2020(data.units),
    shapes,
    totals: provinceTotals(model, data.units, years),
  };
  cache.set(key, ctx);
  return ctx;
}

/** Does a commune-level unit belong to a district of 2020–2025 (Hoành Bồ's communes belong to Hạ Long)? */
export function inDistrict(ctx: ChartContext, unitId: string, district?: string): boolean {
  if (!district) return true;
  const u = ctx.index.get(unitId);
  return !!u?.parent && successorAt(ctx.index, u.parent, 2020)?.id === district;
}
