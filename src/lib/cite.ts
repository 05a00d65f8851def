/** "Cite this": a chart or page as a reference, in plain text and BibTeX. Pure; words come from the caller. */
export interface Citation {
  author: string;
  /** The chart's (or page's) title. */
  title: string;
  /** The report's title: the container. */
  container: string;
  url: string;
  version: string;
  /** The day the reader looked, ISO (YYYY-MM-DD); unknown at build, filled in the browser. */
  accessed?: string;
  /** Stable key for BibTeX, ASCII. */
  key: string;
}

export function citeText(c: Citation, words: { dataVersion: (v: string) => string; accessed: (d: string) => string }, date: (iso: string) => string): string {
  const year = c.accessed ? ` (${c.accessed.slice(0, 4)})` : "";
  const when = c.accessed ? ` (${words.accessed(date(c.accessed))})` : "";
  return `${c.author}${year}. ${c.title}. ${c.container}. ${words.dataVersion(c.version)}. ${c.url}${when}.`;
}

/** BibTeX needs its special characters escaped; Vietnamese letters pass as UTF-8 (biber, modern bibtex). */
const tex = (s: string) => s.replace(/([\\{}%&$#_^~])/g, "\\$1");

export function citeBibtex(c: Citation): string {
  return [
    `@misc{${c.key},`,
    `  author = {{${tex(c.author)}}},`,
    `  title = {${tex(c.title)}},`,
    `  howpublished = {${tex(c.container)}},`,
    ...(c.accessed ? [`  year = {${c.accessed.slice(0, 4)}},`] : []),
    `  version = {${tex(c.version)}},`,
    `  url = {${c.url}},`,
    ...(c.accessed ? [`  urldate = {${c.accessed}},`] : []),
    `  note = {Data version ${tex(c.version)}},`,
    `}`,
  ].join("\n");
}
