/** One-line summaries of what is known about a unit's recognitions, for tooltips and tables. */
import type { Evidence } from "../lib/status";
import { levelLabel, yearPhrase } from "./status";
import type { Lang } from "./ui";

/**
 * `sourceName` turns a source id into what readers see (its publisher); ids are for editors.
 * `null`: no sources in the line (the map's card, which links to the page that lists them).
 */
export function evidenceLine(
  lang: Lang,
  evidence: readonly Evidence[],
  ancestorName: (id: string) => string,
  sourceName: ((id: string) => string) | null = (id) => id,
): string {
  if (evidence.length === 0) {
    return lang === "vi" ? "Chưa có nguồn nào cho biết năm đạt chuẩn." : "No source gives the year yet.";
  }
  // The best evidence per level: exact/year beats a bound; the earliest bound is the tightest.
  const best = new Map<string, Evidence>();
  for (const e of evidence) {
    const cur = best.get(e.level);
    const rank = (x: Evidence) => (x.precision === "no-later-than" ? 1 : 0);
    if (!cur || rank(e) < rank(cur) || (rank(e) === rank(cur) && e.year < cur.year)) best.set(e.level, e);
  }
  return [...best.values()]
    .map((e) => {
      const what = `${levelLabel[lang][e.level]} ${yearPhrase(lang, e.year, e.precision)}`;
      const via =
        e.via === "ancestor"
          ? lang === "vi"
            ? ` (theo công nhận của ${ancestorName(e.record.unit)}${e.record.decision ? `, ${e.record.decision}` : ""})`
            : ` (from ${ancestorName(e.record.unit)}'s recognition${e.record.decision ? `, ${e.record.decision}` : ""})`
          : e.record.decision
            ? ` (${e.record.decision})`
            : "";
      const src = sourceName ? (lang === "vi" ? " · nguồn: " : " · source: ") + [...new Set(e.record.sources.map(sourceName))].join(", ") : "";
      return `${what}${via}${src}`;
    })
    .join("; ");
}
