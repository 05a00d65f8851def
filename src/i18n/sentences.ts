/** Sentences built from numbers, per language. Numbers are formatted with d3-format's locales. */
import { formatLocale } from "d3";
import type { Totals } from "../lib/totals";
import type { Lang } from "./ui";

export const numberLocale = {
  vi: formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["", " đ"] }),
  en: formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["", " dong"] }),
} as const;

export const fmtInt = (lang: Lang, n: number): string => numberLocale[lang].format(",d")(n);

/** "In 2018, 45 of 98 communes in the programme had reached New Rural status …" */
export function totalsSentence(lang: Lang, t: Totals): string {
  const f = (n: number) => fmtInt(lang, n);
  if (lang === "vi") {
    const parts = [`Năm ${t.year}: ${f(t.ntm)} trên ${f(t.communes)} xã thuộc chương trình được biết chắc đã đạt chuẩn NTM`];
    if (t.nangCao) parts.push(`trong đó ${f(t.nangCao)} xã nâng cao${t.kieuMau ? `, ${f(t.kieuMau)} xã kiểu mẫu` : ""}`);
    const rest = [];
    if (t.bounded) rest.push(`${f(t.bounded)} xã chỉ biết năm đạt chuẩn chậm nhất`);
    if (t.unknown) rest.push(`${f(t.unknown)} xã chưa rõ`);
    return `${parts.join(", ")}.${rest.length ? ` ${capitalise(rest.join("; "))}.` : ""}`;
  }
  const parts = [`In ${t.year}, ${f(t.ntm)} of ${f(t.communes)} communes in the programme are known to have reached New Rural status`];
  if (t.nangCao) parts.push(`${f(t.nangCao)} of them advanced${t.kieuMau ? ` and ${f(t.kieuMau)} model` : ""}`);
  const rest = [];
  if (t.bounded) rest.push(`${f(t.bounded)} known only to reach it by a later year`);
  if (t.unknown) rest.push(`${f(t.unknown)} unknown`);
  return `${parts.join(", ")}.${rest.length ? ` ${capitalise(rest.join("; "))}.` : ""}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
