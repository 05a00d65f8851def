/**
 * Notes and reasons in the data (`note`, `why`) are written in both languages:
 * `{ "vi": "…", "en": "…" }`. A plain string is still accepted while older
 * records are converted; it is taken to be English, so it is shown on English
 * pages only — a Vietnamese page never shows English text.
 */
import type { LocalizedText } from "../data/types";
import type { Lang } from "./ui";

export function noteText(note: LocalizedText | undefined, lang: Lang): string | undefined {
  if (note === undefined) return undefined;
  const text = typeof note === "string" ? textIn(note, "en", lang) : note[lang];
  return text?.trim() ? text : undefined;
}

/**
 * Text the data holds in one language only, shown on that language's pages only: a plain-string note
 * (English), or the authority that signed a decision (`decided_by`, in Vietnamese).
 */
export function textIn(text: string | undefined, written: Lang, lang: Lang): string | undefined {
  return lang === written ? text : undefined;
}
