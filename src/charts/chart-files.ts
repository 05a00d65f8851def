/**
 * The CSV behind each chart (src/lib/chart-data.ts), for the current data or a frozen release, and
 * where it is published: /data/<version>/chart-<name>.csv, next to the normalised datasets.
 */
import { chartContext, inDistrict } from "./context";
import { reportedRows } from "./timeline";
import { districtTable, mapTable, timelineTable } from "../lib/chart-data";
import { districtTotals } from "../lib/totals";
import { successorAt } from "../lib/lineage";

/** File name of a chart's CSV: chart = "map", "map/<district>", "timeline", "districts". */
export const chartFile = (chart: string): string => `chart-${chart.replace(/\//g, "-")}.csv`;

/** Every chart CSV of a data version: file name → body. */
export function chartFiles(version?: string): Map<string, string> {
  const ctx = chartContext(version);
  const { model, index, years, data } = ctx;
  const district = (u: { parent?: string | null }) => (u.parent ? successorAt(index, u.parent, 2020)?.name : undefined);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "vi");
  const map = (d?: string) => mapTable(model, ctx.communes.filter((u) => inDistrict(ctx, u.id, d)).sort(byName), years, district);
  const out = new Map<string, string>([
    [chartFile("map"), map()],
    [chartFile("timeline"), timelineTable(ctx.totals, reportedRows(data.province))],
    [chartFile("districts"), districtTable(ctx.districts.map((unit) => ({ unit, totals: districtTotals(model, index, data.units, unit.id, years) })))],
  ]);
  for (const d of ctx.districts) out.set(chartFile(`map/${d.id}`), map(d.id));
  return out;
}
