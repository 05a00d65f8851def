/** Words of the story's scroll-driven map: step descriptions and the step controls. */
import type { Totals } from "../lib/totals";
import { totalsSentence } from "./sentences";
import type { Lang } from "./ui";

/** One line for screen readers and no-JS readers: what the step's map shows. */
export function stepDescription(lang: Lang, totals: Totals, places: readonly string[]): string {
  const list = new Intl.ListFormat(lang, { type: "conjunction" }).format(places);
  const lead = lang === "vi" ? `Bản đồ năm ${totals.year}` : `The map in ${totals.year}`;
  const focus = places.length ? (lang === "vi" ? `, làm nổi bật ${list}` : `, with ${list} brought forward`) : "";
  return `${lead}${focus}. ${totalsSentence(lang, totals)}`;
}

export const stepControls = {
  vi: { prev: "Bước trước", next: "Bước sau", of: "trên", nav: "Các bước của câu chuyện" },
  en: { prev: "Previous step", next: "Next step", of: "of", nav: "Story steps" },
} as const;
