/**
 * How UI words are kept: one dictionary per page or component, the same keys in both languages. A word is a
 * string, or a function of values for a sentence (`(n: number) => \`${n} kết quả\``). The Vietnamese entry
 * sets the keys and their shapes and the English entry must have exactly the same, so a word missing in
 * either language, or one too many, is a type error; tests/unit/dictionaries.test.ts checks the same at run
 * time for every dictionary under src/i18n/, including those written before this helper.
 */
import type { Lang } from "./ui";

export type Word = string | ((...values: never[]) => string);

export function words<T extends Record<string, Word>>(w: { vi: T; en: NoInfer<T> }): Record<Lang, T> {
  return w;
}
