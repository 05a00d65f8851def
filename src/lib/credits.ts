/**
 * The boundary credit, defined once. Every map credits it: pages and embeds (SourceLine.astro), the footer,
 * the data page, the methodology, exported images and social cards (src/charts/), and the README quotes it.
 * The licence chain is in data/README.md ("Boundaries") and data/geo/LICENSE.
 */
import type { Lang } from "../i18n/ui";

export const BOUNDARY_CREDIT: Record<Lang, string> = {
  vi:
    "Ranh giới xã: bộ vietnam63 của Marc Choisy (giấy phép MIT), dựa trên bản đồ nền của WHO Việt Nam và cơ sở dữ liệu " +
    "hành chính tỷ lệ 1:250.000 của Cục Đo đạc và Bản đồ Việt Nam; mã đơn vị hành chính: Tổng cục Thống kê.",
  en:
    "Commune boundaries: vietnam63 by Marc Choisy (MIT licence), from WHO Viet Nam and the Department of Survey and " +
    "Mapping 1:250,000 administrative data; administrative codes: General Statistics Office of Viet Nam.",
};

/** Break a text into lines of at most `max` characters at spaces (a word longer than `max` keeps its own line). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
