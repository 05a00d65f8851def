/**
 * The plain sentence at the top of a commune's page and the short paragraph at
 * the top of a district's, built from the status model's evidence.
 */
import type { Evidence } from "../lib/status";
import type { Level } from "../data/types";
import { formatDate } from "./format";
import { fmtInt } from "./sentences";
import type { Lang } from "./ui";

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

const tierVi: Record<Level, string> = { ntm: "nông thôn mới", "nang-cao": "nông thôn mới nâng cao", "kieu-mau": "nông thôn mới kiểu mẫu" };
const tierEn: Record<Level, string> = { ntm: "the New Rural standard", "nang-cao": "the advanced tier", "kieu-mau": "the model tier" };

export function communeSentence(lang: Lang, name: string, evidence: readonly Evidence[], ancestorName: (id: string) => string): string {
  const best = bestByLevel(evidence);
  if (best.size === 0) {
    return lang === "vi"
      ? `Chưa nguồn nào chúng tôi tìm thấy cho biết ${name} đạt chuẩn nông thôn mới năm nào.`
      : `No source we found says when ${name} reached the New Rural standard.`;
  }
  const parts = (["ntm", "nang-cao", "kieu-mau"] as Level[])
    .map((l) => best.get(l))
    .filter((e): e is Evidence => !!e)
    .map((e) => {
      const bound = e.precision === "no-later-than";
      const via = e.via === "ancestor" ? ancestorName(e.record.unit) : undefined;
      // Sources that disagree on the exact year (the status model leaves the years between undetermined).
      const years = [...new Set(evidence.filter((x) => x.level === e.level && x.via === "unit" && x.precision !== "no-later-than").map((x) => x.year))].sort();
      if (!bound && years.length > 1) {
        const or = new Intl.ListFormat(lang, { type: "disjunction" }).format(years.map(String));
        return lang === "vi"
          ? `đạt chuẩn ${tierVi[e.level]} năm ${or} (các nguồn không thống nhất)`
          : `reached ${tierEn[e.level]} in ${or} (the sources disagree)`;
      }
      if (lang === "vi") {
        const when = bound ? `muộn nhất là năm ${e.year}` : `năm ${e.year}`;
        return `đạt chuẩn ${tierVi[e.level]} ${when}${via ? ` (năm ${via} được công nhận)` : ""}`;
      }
      const when = bound ? `no later than ${e.year}` : `in ${e.year}`;
      return `reached ${tierEn[e.level]} ${when}${via ? ` (when ${via} was recognised)` : ""}`;
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
  const f = (n: number) => fmtInt(lang, n);
  const out: string[] = [];
  if (lang === "vi") {
    if (d.ntm) {
      const dec = d.ntm.decision ? ` theo Quyết định ${d.ntm.decision}${d.ntm.decisionDate ? ` ngày ${formatDate(lang, d.ntm.decisionDate)}` : ""}` : "";
      out.push(`${d.name} đạt chuẩn nông thôn mới năm ${d.ntm.year}${dec}.`);
    } else out.push(`Chúng tôi chưa có nguồn về quyết định công nhận ${d.name} đạt chuẩn nông thôn mới.`);
    for (const h of d.higher) out.push(`Năm ${h.year}, ${d.name} đạt chuẩn ${tierVi[h.level]}.`);
    if (d.communes) {
      out.push(
        `Năm ${d.year}, ${d.name} có ${f(d.communes)} xã thuộc chương trình; ${d.located === 0 ? "chưa xã nào" : `${f(d.located)} xã`} có năm đạt chuẩn được ghi trong nguồn về chính xã đó${d.located < d.communes ? ", các xã còn lại được tính theo quyết định của huyện" : ""}.`,
      );
    }
    return out.join(" ");
  }
  if (d.ntm) {
    const dec = d.ntm.decision ? `, by Decision ${d.ntm.decision}${d.ntm.decisionDate ? ` of ${formatDate(lang, d.ntm.decisionDate)}` : ""}` : "";
    out.push(`${d.name} met the New Rural standard in ${d.ntm.year}${dec}.`);
  } else out.push(`We have no source yet for ${d.name}'s recognition decision.`);
  for (const h of d.higher) out.push(`In ${h.year} it reached ${tierEn[h.level]}.`);
  if (d.communes) {
    out.push(
      `In ${d.year} it had ${f(d.communes)} communes in the programme; ${d.located === 0 ? "none" : f(d.located)} of them have a year of their own in a source${d.located < d.communes ? ", the others are counted from the district's decision" : ""}.`,
    );
  }
  return out.join(" ");
}
