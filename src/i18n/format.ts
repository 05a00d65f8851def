/** Numbers and dates for each language (d3-format locales). */
import { numberLocale } from "./sentences";
import type { Lang } from "./ui";

export function formatNumber(lang: Lang, n: number): string {
  return Number.isInteger(n) ? numberLocale[lang].format(",d")(n) : numberLocale[lang].format(",.3~f")(n);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2025-05-27" → "27/5/2025" (vi) or "27 May 2025" (en); partial dates stay partial. */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (lang === "vi") return [d, m, y].filter((x) => x !== undefined && !Number.isNaN(x)).join("/");
  if (m === undefined || Number.isNaN(m)) return String(y);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}
