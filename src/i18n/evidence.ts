/** One-line summaries of what is known about a unit's recognitions, for tooltips and tables. */
import type { Evidence } from "../lib/status";
import { levelLabel, yearPhrase } from "./status";
import type { Lang } from "./ui";

/**
 * "NTM năm 2018 (theo công nhận của Hải Hà, 1896/QĐ-TTg) · nguồn: Báo Quảng Ninh". Sources are named by
 * publisher (`publisher` maps a source id to it), never by id; `null`: no sources in the line (the map's card,
 * which links to the page that lists them). Units outside the programme get "".
 */
export function evidenceLine(
  lang: Lang,
  evidence: readonly Evidence[],
  ancestorName: (id: string) => string,
  publisher: ((sourceId: string) => string) | null = (id) => id,
  inProgramme = true,
): string {
  if (evidence.length === 0) {
    if (!inProgramme) return "";
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
      const src = publisher ? (lang === "vi" ? " · nguồn: " : " · source: ") + [...new Set(e.record.sources.map(publisher))].join(", ") : "";
      return `${what}${via}${src}`;
    })
    .join("; ");
}
