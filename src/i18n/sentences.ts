/** Sentences built from numbers, per language. Numbers are formatted with d3-format's locales. */
import { formatLocale } from "d3";
import type { Totals } from "../lib/totals";
import type { Reconciled } from "../lib/reconcile";
import { formatDate } from "./format";
import type { Lang } from "./ui";
import type { Level } from "../data/types";
import { words } from "./words";

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
 * The sentences of `reconcileLines`. `who` names the reporter when it is not the province (a district's
 * name); numbers come formatted.
 */
const RECONCILE = words({
  vi: {
    placed: (n: string, level: Level) => `${n} xã ${TIER_WORD.vi[level]}`,
    noFigures: (who: string | undefined, year: number, placed: string) =>
      `Không có số liệu ${who ?? "tỉnh"} công bố cho năm ${year}${placed ? `; bản đồ xác định được ${placed}` : ""}.`,
    /** "tháng 5/2019" for a month, "27/5/2019" for a day. */
    asOfDate: (date: string, month: boolean) => (month ? `tháng ${date}` : date),
    asOf: (who: string | undefined, date: string, inferred: boolean) =>
      `Số liệu ${who ?? "tỉnh"} công bố, tính đến ${date}${inferred ? " (ngày do chúng tôi suy ra)" : ""}:`,
    notReported: (head: string, who: string | undefined, located: string) => `${head}: ${who ?? "tỉnh"} không công bố; bản đồ xác định được ${located} xã.`,
    unnamed: (n: string) => `; ${n} xã chưa rõ tên`,
    reported: (head: string, who: string | undefined, reported: string, located: string, unnamed: string) =>
      `${head}: ${who ?? "tỉnh"} công bố ${reported} xã; bản đồ xác định được ${located} xã${unnamed}.`,
    denominators: (who: string | undefined, reported: string, communes: string, year: number) =>
      `${capitalise(who ?? "tỉnh")} tính ${reported} xã thuộc chương trình, còn bản đồ đếm ${communes} xã theo danh mục đơn vị hành chính cuối năm ${year}; nguồn không giải thích chênh lệch này.`,
    wards: (n: string) => `${n} xã lên phường`,
    merged: (n: string) => `${n} xã sáp nhập vào xã khác`,
    fell: (before: string, after: string, year: number, why: string[]) =>
      `Số xã thuộc chương trình giảm từ ${before} xuống ${after} vì trong năm ${year} có ${why.join(" và ")}.`,
  },
  en: {
    placed: (n, level) => `${n} ${TIER_WORD.en[level]}`,
    noFigures: (who, year, placed) => `No ${who ? `figures from ${who}` : "province figures"} for ${year}${placed ? `; the map places ${placed}` : ""}.`,
    asOfDate: (date) => date,
    asOf: (who, date, inferred) => `Figures ${who ? `from ${who}` : "reported by the province"} as of ${date}${inferred ? " (date inferred)" : ""}:`,
    notReported: (head, _who, located) => `${head}: not reported; the map places ${located}.`,
    unnamed: (n) => `; ${n} not named by any source we hold`,
    reported: (head, who, reported, located, unnamed) => `${head}: ${who ?? "the province"} reported ${reported}; the map places ${located}${unnamed}.`,
    denominators: (who, reported, communes, year) =>
      `${capitalise(who ?? "the province")} counts ${reported} communes in the programme; the map counts ${communes} from the administrative lists at the end of ${year}, and the sources do not explain the gap.`,
    wards: (n) => `${n} became wards`,
    merged: (n) => `${n} merged into others`,
    fell: (before, after, year, why) => `The communes in the programme fell from ${before} to ${after} because in ${year}, ${why.join(" and ")}.`,
  },
});

/**
 * Reported vs placed, one line per tier: "Nâng cao: tỉnh công bố 54 xã; bản đồ xác định được 13 xã; 41 xã
 * chưa rõ tên." Then, in one sentence each, why the denominators differ and why the number of communes fell.
 * `who` names the reporter when it is not the province (a district's name).
 */
export function reconcileLines(
  lang: Lang,
  r: Reconciled,
  change?: { before: number; after: number; wards: number; merged: number },
  who?: string,
): string[] {
  const f = (n: number) => fmtInt(lang, n);
  const w = RECONCILE[lang];
  const out: string[] = [];
  const anyReported = r.tiers.some((t) => t.reported !== undefined);
  if (!anyReported) {
    const placed = r.tiers.filter((t) => t.located > 0).map((t) => w.placed(f(t.located), t.level));
    out.push(w.noFigures(who, r.year, placed.join(", ")));
  } else {
    const src = r.point ?? r.counts[0];
    const at = src?.as_of ?? "";
    const asOf = /^\d{4}-\d{2}(-\d{2})?$/.test(at) ? w.asOfDate(formatDate(lang, at), /^\d{4}-\d{2}$/.test(at)) : undefined;
    if (asOf) out.push(w.asOf(who, asOf, !!r.point?.as_of_inferred));
    for (const t of r.tiers) {
      if (t.reported === undefined && t.located === 0) continue;
      const head = capitalise(TIER_WORD[lang][t.level]);
      if (t.reported === undefined) {
        out.push(w.notReported(head, who, f(t.located)));
        continue;
      }
      out.push(w.reported(head, who, f(t.reported), f(t.located), t.unnamed ? w.unnamed(f(t.unnamed)) : ""));
    }
  }
  if (r.reportedCommunes !== undefined && r.reportedCommunes !== r.communes) {
    out.push(w.denominators(who, f(r.reportedCommunes), f(r.communes), r.year));
  }
  if (change && change.after < change.before) {
    const why = [change.wards ? w.wards(f(change.wards)) : "", change.merged ? w.merged(f(change.merged)) : ""].filter(Boolean);
    out.push(w.fell(f(change.before), f(change.after), r.year, why));
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
