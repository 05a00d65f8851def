/** Words of the story's scroll-driven map: step descriptions and the step controls. */
import type { Totals } from "../lib/totals";
import { totalsSentence } from "./sentences";
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
