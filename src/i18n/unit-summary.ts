/**
 * The plain sentence at the top of a commune's page and the short paragraph at
 * the top of a district's, built from the status model's evidence.
 */
import type { Evidence } from "../lib/status";
import type { Level } from "../data/types";
import { formatDate } from "./format";
import { fmtInt } from "./sentences";
import type { Lang } from "./ui";
import { words } from "./words";

/** The best evidence per level: a stated year beats a bound, the earliest bound is the tightest. */
export function bestByLevel(evidence: readonly Evidence[]): Map<Level, Evidence> {
  const best = new Map<Level, Evidence>();
  const rank = (x: Evidence) => (x.precision === "no-later-than" ? 1 : 0);
  for (const e of evidence) {
    const cur = best.get(e.level);
    if (!cur || rank(e) < rank(cur) || (rank(e) === rank(cur) && e.year < cur.year)) best.set(e.level, e);
  }
  return best;
}

const SUMMARY = words({
  vi: {
    none: (name: string) => `Chưa có nguồn nào chúng tôi tìm thấy cho biết ${name} đạt chuẩn nông thôn mới năm nào.`,
    /** Sources that disagree on the year: "đạt chuẩn nông thôn mới năm 2018 hoặc 2019 (các nguồn không thống nhất)". */
    disagree: (level: Level, years: string) => `đạt chuẩn ${TIER.vi[level]} năm ${years} (các nguồn không thống nhất)`,
    reached: (level: Level, year: number, bound: boolean, via: string | undefined) =>
      `đạt chuẩn ${TIER.vi[level]} ${bound ? `muộn nhất là năm ${year}` : `năm ${year}`}${via ? ` (năm ${via} được công nhận)` : ""}`,
    districtNtm: (name: string, year: number, decision: string | undefined, date: string | undefined) =>
      `${name} đạt chuẩn nông thôn mới năm ${year}${decision ? ` theo Quyết định ${decision}${date ? ` ngày ${date}` : ""}` : ""}.`,
    districtNoNtm: (name: string) => `Chúng tôi chưa có nguồn về quyết định công nhận ${name} đạt chuẩn nông thôn mới.`,
    districtHigher: (name: string, level: Level, year: number) => `Năm ${year}, ${name} đạt chuẩn ${TIER.vi[level]}.`,
    districtCommunes: (name: string, year: number, communes: string, located: string | undefined, rest: boolean) =>
      `Năm ${year}, ${name} có ${communes} xã thuộc chương trình; ${located === undefined ? "chưa xã nào" : `${located} xã`} có năm đạt chuẩn được ghi trong nguồn về chính xã đó${rest ? ", các xã còn lại được tính theo quyết định của huyện" : ""}.`,
  },
  en: {
    none: (name) => `No source we found says when ${name} reached the New Rural standard.`,
    disagree: (level, years) => `reached ${TIER.en[level]} in ${years} (the sources disagree)`,
    reached: (level, year, bound, via) => `reached ${TIER.en[level]} ${bound ? `no later than ${year}` : `in ${year}`}${via ? ` (when ${via} was recognised)` : ""}`,
    districtNtm: (name, year, decision, date) => `${name} met the New Rural standard in ${year}${decision ? `, by Decision ${decision}${date ? ` of ${date}` : ""}` : ""}.`,
    districtNoNtm: (name) => `We have no source yet for ${name}'s recognition decision.`,
    districtHigher: (_name, level, year) => `In ${year} it reached ${TIER.en[level]}.`,
    districtCommunes: (_name, year, communes, located, rest) =>
      `In ${year} it had ${communes} communes in the programme; ${located ?? "none"} of them have a year of their own in a source${rest ? ", the others are counted from the district's decision" : ""}.`,
  },
});

const TIER: Record<Lang, Record<Level, string>> = {
  vi: { ntm: "nông thôn mới", "nang-cao": "nông thôn mới nâng cao", "kieu-mau": "nông thôn mới kiểu mẫu" },
  en: { ntm: "the New Rural standard", "nang-cao": "the advanced tier", "kieu-mau": "the model tier" },
};

export function communeSentence(lang: Lang, name: string, evidence: readonly Evidence[], ancestorName: (id: string) => string): string {
  const w = SUMMARY[lang];
  const best = bestByLevel(evidence);
  if (best.size === 0) return w.none(name);
  const parts = (["ntm", "nang-cao", "kieu-mau"] as Level[])
    .map((l) => best.get(l))
    .filter((e): e is Evidence => !!e)
    .map((e) => {
      const bound = e.precision === "no-later-than";
      const via = e.via === "ancestor" ? ancestorName(e.record.unit) : undefined;
      // Sources that disagree on the exact year (the status model leaves the years between undetermined).
      const years = [...new Set(evidence.filter((x) => x.level === e.level && x.via === "unit" && x.precision !== "no-later-than").map((x) => x.year))].sort();
      if (!bound && years.length > 1) return w.disagree(e.level, new Intl.ListFormat(lang, { type: "disjunction" }).format(years.map(String)));
      return w.reached(e.level, e.year, bound, via);
    });
  const list = new Intl.ListFormat(lang, { type: "conjunction" }).format(parts);
  return `${name} ${list}.`;
}

export interface DistrictFacts {
  name: string;
  /** The district's own NTM recognition, if any. */
  ntm?: { year: number; decision?: string; decisionDate?: string };
  /** Higher tiers reached by the district itself. */
  higher: { level: Level; year: number }[];
  /** Communes in the programme in the last year, and how many of them have a year of their own. */
  communes: number;
  located: number;
  year: number;
}

export function districtParagraph(lang: Lang, d: DistrictFacts): string {
  const w = SUMMARY[lang];
  const f = (n: number) => fmtInt(lang, n);
  const out: string[] = [];
  if (d.ntm) out.push(w.districtNtm(d.name, d.ntm.year, d.ntm.decision, d.ntm.decisionDate ? formatDate(lang, d.ntm.decisionDate) : undefined));
  else out.push(w.districtNoNtm(d.name));
  for (const h of d.higher) out.push(w.districtHigher(d.name, h.level, h.year));
  if (d.communes) out.push(w.districtCommunes(d.name, d.year, f(d.communes), d.located === 0 ? undefined : f(d.located), d.located < d.communes));
  return out.join(" ");
}
