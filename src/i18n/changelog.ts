/**
 * data/CHANGELOG.md is written for both languages: under each version, a
 * `### Tiếng Việt` and a `### English` part. A reader sees only the part in
 * their language; the file's preamble (before the first version) is for the
 * people who edit it and is not shown. A version without language parts is
 * shown as it is.
 */
import type { Lang } from "./ui";

const PART: Record<string, Lang> = { "tiếng việt": "vi", english: "en" };

export function changelogFor(markdown: string, lang: Lang): string {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const start = lines.findIndex((l) => l.startsWith("## "));
  if (start < 0) return "";
  const out: string[] = [];
  let part: Lang | undefined; // the language part we are in, if any
  for (const line of lines.slice(start)) {
    if (line.startsWith("## ")) {
      part = undefined;
      out.push(line);
      continue;
    }
    const h3 = /^### (.+?)\s*$/.exec(line);
    if (h3 && PART[h3[1].toLowerCase()]) {
      part = PART[h3[1].toLowerCase()];
      continue; // the language heading itself is not shown
    }
    if (part && part !== lang) continue;
    // Inside a language part the sub-headings are one level down (####); lift them to ###.
    out.push(part ? line.replace(/^####(?= )/, "###") : line);
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}
