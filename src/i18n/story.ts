/** Words of the story's scroll-driven map: step descriptions and the step controls. */
import type { Totals } from "../lib/totals";
import { fmtInt, totalsSentence } from "./sentences";
import type { DropNote } from "../lib/timeline-notes";
import type { Lang } from "./ui";
import { words } from "./words";

/** One line for screen readers and no-JS readers: what the step's map shows. */
export function stepDescription(lang: Lang, totals: Totals, places: readonly string[]): string {
  const list = new Intl.ListFormat(lang, { type: "conjunction" }).format(places);
  const w = stepWords[lang];
  return `${w.lead(totals.year)}${places.length ? w.focus(list) : ""}. ${totalsSentence(lang, totals)}`;
}

const stepWords = words({
  vi: { lead: (year: number) => `Bản đồ năm ${year}`, focus: (places: string) => `, làm nổi bật ${places}` },
  en: { lead: (year) => `The map in ${year}`, focus: (places) => `, with ${places} brought forward` },
});

export const stepControls = {
  vi: { prev: "Bước trước", next: "Bước sau", of: "trên", nav: "Các bước của câu chuyện" },
  en: { prev: "Previous step", next: "Next step", of: "of", nav: "Story steps" },
} as const;

const islandWords = words({
  vi: { title: (list: string) => `Các xã đảo của ${list}, phóng to` },
  en: { title: (list) => `The island communes of ${list}, enlarged` },
});

/** The province map's islands inset: its heading, from the districts' names. */
export function islandsTitle(lang: Lang, names: readonly string[]): string {
  return islandWords[lang].title(new Intl.ListFormat(lang, { type: "conjunction" }).format(names));
}

/** The timeline's note where the line falls: the fall, then why (communes turned into wards, or merged). */
export function dropNoteText(lang: Lang, n: DropNote): string {
  const f = (x: number) => fmtInt(lang, x);
  const c = n.change;
  if (lang === "vi") {
    const why = [c.wards ? `${f(c.wards)} xã lên phường` : "", c.merged ? `${f(c.merged)} xã sáp nhập` : ""].filter(Boolean);
    return `${n.year}: ${f(n.from)} → ${f(n.to)} xã,\nkhông phải vì có xã mất chuẩn:\n${why.join(", ")}`;
  }
  const why = [c.wards ? `${f(c.wards)} became wards` : "", c.merged ? `${f(c.merged)} merged` : ""].filter(Boolean);
  return `${n.year}: ${f(n.from)} → ${f(n.to)} communes,\nnone lost the standard:\n${why.join(", ")}`;
}
