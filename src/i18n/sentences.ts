/** Sentences built from numbers, per language. Numbers are formatted with d3-format's locales. */
import { formatLocale } from "d3";
import type { Totals } from "../lib/totals";
import type { Reconciled } from "../lib/reconcile";
import { formatDate } from "./format";
import type { Lang } from "./ui";

export const numberLocale = {
  vi: formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["", " đ"] }),
  en: formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["", " dong"] }),
} as const;

export const fmtInt = (lang: Lang, n: number): string => numberLocale[lang].format(",d")(n);

/** "In 2018 the map places 45 of 98 communes in the programme at the standard …": what the map can name. */
export function totalsSentence(lang: Lang, t: Totals): string {
  const f = (n: number) => fmtInt(lang, n);
  if (lang === "vi") {
    const parts = [`Năm ${t.year}: bản đồ xác định được ${f(t.ntm)} trên ${f(t.communes)} xã thuộc chương trình đã đạt chuẩn NTM`];
    if (t.nangCao) parts.push(`trong đó ${f(t.nangCao)} xã nâng cao${t.kieuMau ? `, ${f(t.kieuMau)} xã kiểu mẫu` : ""}`);
    const rest = [];
    if (t.undetermined) rest.push(`${f(t.undetermined)} xã chưa rõ đã đạt hay chưa`);
    if (t.none) rest.push(`${f(t.none)} xã chưa đạt`);
    return `${parts.join(", ")}.${rest.length ? ` ${capitalise(rest.join("; "))}.` : ""}`;
  }
  const parts = [`In ${t.year} the map can place ${f(t.ntm)} of ${f(t.communes)} communes in the programme at the New Rural standard`];
  if (t.nangCao) parts.push(`${f(t.nangCao)} of them advanced${t.kieuMau ? ` and ${f(t.kieuMau)} model` : ""}`);
  const rest = [];
  if (t.undetermined) rest.push(`for ${f(t.undetermined)} it is not known whether they had reached it`);
  if (t.none) rest.push(`${f(t.none)} had not yet`);
  return `${parts.join(", ")}.${rest.length ? ` ${capitalise(rest.join("; "))}.` : ""}`;
}

const TIER_WORD = {
  vi: { ntm: "NTM", "nang-cao": "nâng cao", "kieu-mau": "kiểu mẫu" },
  en: { ntm: "New Rural", "nang-cao": "advanced", "kieu-mau": "model" },
} as const;

/**
 * Reported vs placed, one line per tier: "Nâng cao: tỉnh công bố 54 xã; bản đồ xác định được 13 xã; 41 xã
 * chưa rõ tên." Then, in one sentence each, why the denominators differ and why the number of communes fell.
 * `who` names the reporter ("tỉnh" / "the province", or a district's name).
 */
export function reconcileLines(
  lang: Lang,
  r: Reconciled,
  change?: { before: number; after: number; wards: number; merged: number },
  who?: string,
): string[] {
  const f = (n: number) => fmtInt(lang, n);
  const vi = lang === "vi";
  const by = who ?? (vi ? "tỉnh" : "the province");
  const out: string[] = [];
  const anyReported = r.tiers.some((t) => t.reported !== undefined);
  if (!anyReported) {
    const placed = r.tiers.filter((t) => t.located > 0).map((t) => (vi ? `${f(t.located)} xã ${TIER_WORD.vi[t.level]}` : `${f(t.located)} ${TIER_WORD.en[t.level]}`));
    out.push(
      vi
        ? `Không có số liệu ${by} công bố cho năm ${r.year}${placed.length ? `; bản đồ xác định được ${placed.join(", ")}` : ""}.`
        : `No ${who ? `figures from ${who}` : "province figures"} for ${r.year}${placed.length ? `; the map places ${placed.join(", ")}` : ""}.`,
    );
  } else {
    const src = r.point ?? r.counts[0];
    const at = src?.as_of ?? "";
    const month = /^\d{4}-\d{2}$/.test(at);
    const asOf = /^\d{4}-\d{2}(-\d{2})?$/.test(at) ? (vi && month ? `tháng ${formatDate(lang, at)}` : formatDate(lang, at)) : undefined;
    const inferred = r.point?.as_of_inferred;
    if (asOf) out.push(vi ? `Số liệu ${by} công bố, tính đến ${asOf}${inferred ? " (ngày do chúng tôi suy ra)" : ""}:` : `Figures ${who ? `from ${who}` : "reported by the province"} as of ${asOf}${inferred ? " (date inferred)" : ""}:`);
    for (const t of r.tiers) {
      if (t.reported === undefined && t.located === 0) continue;
      const head = vi ? capitalise(TIER_WORD.vi[t.level]) : capitalise(TIER_WORD.en[t.level]);
      if (t.reported === undefined) {
        out.push(vi ? `${head}: ${by} không công bố; bản đồ xác định được ${f(t.located)} xã.` : `${head}: not reported; the map places ${f(t.located)}.`);
        continue;
      }
      const unnamed = t.unnamed ? (vi ? `; ${f(t.unnamed)} xã chưa rõ tên` : `; ${f(t.unnamed)} not named by any source we hold`) : "";
      out.push(
        vi
          ? `${head}: ${by} công bố ${f(t.reported)} xã; bản đồ xác định được ${f(t.located)} xã${unnamed}.`
          : `${head}: ${who ?? "the province"} reported ${f(t.reported)}; the map places ${f(t.located)}${unnamed}.`,
      );
    }
  }
  if (r.reportedCommunes !== undefined && r.reportedCommunes !== r.communes) {
    out.push(
      vi
        ? `${capitalise(by)} tính ${f(r.reportedCommunes)} xã thuộc chương trình, còn bản đồ đếm ${f(r.communes)} xã theo danh mục đơn vị hành chính cuối năm ${r.year}; nguồn không giải thích chênh lệch này.`
        : `${capitalise(who ?? "the province")} counts ${f(r.reportedCommunes)} communes in the programme; the map counts ${f(r.communes)} from the administrative lists at the end of ${r.year}, and the sources do not explain the gap.`,
    );
  }
  if (change && change.after < change.before) {
    const why = [
      change.wards ? (vi ? `${f(change.wards)} xã lên phường` : `${f(change.wards)} became wards`) : "",
      change.merged ? (vi ? `${f(change.merged)} xã sáp nhập vào xã khác` : `${f(change.merged)} merged into others`) : "",
    ].filter(Boolean);
    out.push(
      vi
        ? `Số xã thuộc chương trình giảm từ ${f(change.before)} xuống ${f(change.after)} vì trong năm ${r.year} có ${why.join(" và ")}.`
        : `The communes in the programme fell from ${f(change.before)} to ${f(change.after)} because in ${r.year}, ${why.join(" and ")}.`,
    );
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
