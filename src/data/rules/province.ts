/** Province points and indicators: sources, and one shown claim per year. (Totals against commune records: evidence.ts.) */
import { F, type RuleContext } from "./context";

export function provinceRules(c: RuleContext): void {
  const points = c.p["province-series"].points;
  points.forEach((x, i) => {
    c.cite(F.points, i, x.id, "sources", x.sources);
    if (x.shown === false && !x.why) {
      c.errors.push({ file: F.points, index: i, id: x.id, field: "why", message: "is missing: a point not shown must say why.", hint: "Explain which claim the site shows instead." });
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
