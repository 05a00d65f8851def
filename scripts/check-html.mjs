#!/usr/bin/env node
// `npm run check:html`: validate every HTML page in dist/ (html-validate) and check that every
// internal link and asset resolves to a file in dist/, and every #fragment to an element there.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";

const DIST = "dist";
const base = (process.env.NTM_BASE ?? "/").replace(/\/?$/, "/");
if (!existsSync(join(DIST, "index.html"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const walk = (d) =>
  readdirSync(d).flatMap((x) => {
    const p = join(d, x);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const pages = walk(DIST).filter((f) => f.endsWith(".html")).sort();
const problems = [];

// 1. HTML validity.
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
for (const f of pages) {
  const report = await htmlvalidate.validateFile(f);
  for (const r of report.results)
    for (const m of r.messages) problems.push(`${relative(DIST, f)}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
}

// 2. Internal links, assets and fragments.
const idsCache = new Map();
const idsOf = (file) => {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, "utf8");
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsCache.get(file);
};
const target = (pathname) => {
  if (!pathname.startsWith(base)) return undefined;
  const p = decodeURIComponent(pathname.slice(base.length));
  const candidates = p === "" || p.endsWith("/") ? [join(DIST, p, "index.html")] : [join(DIST, p), join(DIST, p, "index.html"), join(DIST, `${p}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
};
let links = 0;
for (const f of pages) {
  const html = readFileSync(f, "utf8");
  const pageUrl = new URL(`http://site${base}${relative(DIST, f).replace(/index\.html$/, "").replace(/\\/g, "/")}`);
  for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
    const raw = m[1].replace(/&amp;/g, "&");
    if (/^(https?:|mailto:|data:|javascript:)/.test(raw) && !raw.startsWith("http://site")) continue;
    const u = new URL(raw, pageUrl);
    links++;
    const file = u.pathname === pageUrl.pathname ? f : target(u.pathname);
    if (!file) {
      problems.push(`${relative(DIST, f)}: link to ${raw} does not resolve to a file in dist/`);
      continue;
    }
    const frag = decodeURIComponent(u.hash.slice(1));
    if (frag && file.endsWith(".html") && !idsOf(file).has(frag)) {
      problems.push(`${relative(DIST, f)}: link to ${raw}: no element with id "${frag}" there`);
    }
  }
}

for (const p of problems) console.error(p);
console.log(`check:html: ${pages.length} pages validated, ${links} internal links checked, ${problems.length} problem(s).`);
process.exit(problems.length ? 1 : 0);
