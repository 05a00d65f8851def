/** Every record of every file has its own id. */
import { F, type RuleContext } from "./context";

export function uniqueIds(c: RuleContext): void {
  const dupes = (file: string, ids: string[], what: string) => {
    const seen = new Map<string, number>();
    ids.forEach((id, index) => {
      if (seen.has(id)) {
        c.errors.push({ file, index, id, field: "id", message: `repeats the id of record #${seen.get(id)}.`, hint: `Every ${what} needs its own id.` });
      } else seen.set(id, index);
    });
  };
  dupes(F.units, c.p.units.units.map((u) => u.id), "unit");
  dupes(F.recognitions, c.p.recognitions.recognitions.map((r) => r.id), "recognition");
  dupes(F.points, c.p["province-series"].points.map((x) => x.id), "point");
  dupes(F.indicators, c.p.indicators.indicators.map((x) => x.id), "indicator");
  dupes(F.sources, c.p.sources.sources.map((s) => s.id), "source");
}
