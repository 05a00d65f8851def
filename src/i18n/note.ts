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
  // lang-ternary: not a word but the data rule above (a plain string is English), written once here.
  const text = typeof note === "string" ? (lang === "en" ? note : undefined) : note[lang];
  return text?.trim() ? text : undefined;
}
