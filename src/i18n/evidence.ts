/** One-line summaries of what is known about a unit's recognitions, for tooltips and tables. */
import type { Evidence } from "../lib/status";
import { levelLabel, yearPhrase } from "./status";
import { bestByLevel } from "./unit-summary";
import type { Lang } from "./ui";
import { words } from "./words";

const EVIDENCE = words({
  vi: {
    noYear: "Chưa có nguồn nào cho biết năm đạt chuẩn.",
    /** Through the recognition of the unit it came from: "(theo công nhận của Hải Hà, 1896/QĐ-TTg)". */
    viaAncestor: (ancestor: string, decision: string | undefined) => ` (theo công nhận của ${ancestor}${decision ? `, ${decision}` : ""})`,
    sources: " · nguồn: ",
  },
  en: {
    noYear: "No source gives the year yet.",
    viaAncestor: (ancestor, decision) => ` (from ${ancestor}'s recognition${decision ? `, ${decision}` : ""})`,
    sources: " · source: ",
  },
});

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
    return EVIDENCE[lang].noYear;
  }
  return [...bestByLevel(evidence).values()]
    .map((e) => {
      const what = `${levelLabel[lang][e.level]} ${yearPhrase(lang, e.year, e.precision)}`;
      const via =
        e.via === "ancestor"
          ? EVIDENCE[lang].viaAncestor(ancestorName(e.record.unit), e.record.decision)
          : e.record.decision
            ? ` (${e.record.decision})`
            : "";
      const src = publisher ? EVIDENCE[lang].sources + [...new Set(e.record.sources.map(publisher))].join(", ") : "";
      return `${what}${via}${src}`;
    })
    .join("; ");
}
