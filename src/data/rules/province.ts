/** Province points and indicators: sources, one shown claim per year, totals against commune records (warnings). */
import { LEVELS } from "../../lib/status";
import { F, LEVEL_WORD, type RuleContext } from "./context";

export function provinceRules(c: RuleContext): void {
  const points = c.p["province-series"].points;
  const recs = c.p.recognitions.recognitions;
  points.forEach((x, i) => {
    c.cite(F.points, i, x.id, "sources", x.sources);
    if (x.shown === false && !x.why) {
      c.errors.push({ file: F.points, index: i, id: x.id, field: "why", message: "is missing: a point not shown must say why.", hint: "Explain which claim the site shows instead." });
    }
    if (x.shown === false || x.wording !== "recognised") return;
    for (const level of LEVELS) {
      const reported = x[level];
      if (typeof reported !== "number") continue;
      const named = new Set(
        recs
          .filter((r) => r.wording === "recognised" && r.level === level && r.precision !== "no-later-than" && r.year <= x.year && c.unitById.get(r.unit)?.geo_id)
          .map((r) => r.unit),
      );
      if (named.size > reported) {
        c.warnings.push({
          file: F.points,
          index: i,
          id: x.id,
          field: level,
          message: `reports ${reported} communes at ${LEVEL_WORD[level]} for ${x.year}, but commune records in data/recognitions.json already name ${named.size} by then.`,
          hint: "One of the two is wrong, or the frames differ; check both sources.",
        });
      }
    }
  });
  const shownTwice = new Map<string, number>();
  points.forEach((x, i) => {
    if (x.shown !== true) return;
    const key = `${x.year}|${x.wording}`;
    if (shownTwice.has(key)) {
      c.errors.push({ file: F.points, index: i, id: x.id, field: "shown", message: `is true, as for record #${shownTwice.get(key)} of the same year: only one claim per year can be shown.`, hint: "Set shown to false on the other, with a why." });
    } else shownTwice.set(key, i);
  });
  c.p.indicators.indicators.forEach((ind, i) => {
    ind.points.forEach((pt, k) => c.cite(F.indicators, i, ind.id, `points[${k}].sources`, pt.sources));
  });
}
