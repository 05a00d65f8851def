/** Accent- and case-insensitive matching of place names: "hoanh mo" finds "Hoành Mô". */
export function normalize(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export interface Searchable {
  id: string;
  /** Text to match: name, and e.g. the district. */
  text: string;
}

/** Items whose words all start with the query's words; names that start with the query first. */
export function searchUnits<T extends Searchable>(items: readonly T[], query: string, limit = 20): T[] {
  const q = normalize(query);
  if (!q) return [];
  const qs = q.split(" ");
  const scored: [number, T][] = [];
  for (const it of items) {
    const t = normalize(it.text);
    const words = t.split(" ");
    if (!qs.every((w) => words.some((x) => x.startsWith(w)) || t.includes(w))) continue;
    scored.push([t.startsWith(q) ? 0 : t.includes(q) ? 1 : 2, it]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].text.localeCompare(b[1].text, "vi"))
    .slice(0, limit)
    .map(([, it]) => it);
}
