#!/usr/bin/env node
// `npm run check:html`: over every .html file in dist/ (or NTM_DIST):
//  1. html-validate with .htmlvalidate.json ("html-validate:recommended", relaxed only where the
//     generated output needs it — see the list below);
//  2. every internal href/src/srcset (relative or site-absolute, under NTM_BASE) resolves to a file
//     in dist/ (a path ending in "/" → its index.html), and every #fragment to an id in that page;
//  3. the Content-Security-Policy holds statically: no inline <script> (script-src 'self' forbids
//     it) and no inline event handler attribute (on…=);
//  4. the W3C Nu Html Checker (vnu-jar from npm, run with Java) over the same files, errors only: it
//     knows HTML and SVG content models that html-validate does not (e.g. attributes SVG 2 dropped).
// Exits 1 listing every problem as file:line:column message.
//
// Relaxations in .htmlvalidate.json, each because of generated markup we do not write by hand:
//  - no-inline-style: Observable Plot writes style="" attributes on the SVG it renders (charts are
//    drawn at build time); the CSP allows inline styles for the same reason.
//  - no-trailing-whitespace: Astro and MDX leave trailing spaces in the output; harmless.
//  - wcag/h32 off: the embed builder under each chart is a <form> so its options can be read with
//    FormData, but it submits nowhere (the code updates on input); H32 is about forms that submit.
//  - valid-id relaxed: heading ids are slugs of the heading text, and the data changelog's headings
//    start with a version number ("100---2026-…"); relaxed mode still rejects spaces and empty ids.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";
import vnuJar from "vnu-jar";
import { DIST, BASE, htmlFiles } from "./page-types.mjs";

if (!existsSync(join(DIST, "index.html"))) {
  console.error(`${DIST}/ is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const t0 = Date.now();
const pages = htmlFiles(DIST);
/** @type {string[]} */
const problems = [];
const lineCol = (/** @type {string} */ text, /** @type {number} */ index) => {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return `${line}:${index - before.lastIndexOf("\n")}`;
};

// 1. HTML validity.
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
for (const f of pages) {
  const report = await htmlvalidate.validateFile(join(DIST, f));
  for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
}

// 2. Internal links, assets and fragments.
/** @type {Map<string, Set<string>>} */
const idsCache = new Map();
const idsOf = (/** @type {string} */ file) => {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, "utf8");
    ids = new Set([...html.matchAll(/\s(?:id|name)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)].map((m) => m[1] ?? m[2] ?? m[3]));
    idsCache.set(file, ids);
  }
  return ids;
};
/** A site pathname → its file in dist/, or undefined. */
const target = (/** @type {string} */ pathname) => {
  if (!pathname.startsWith(BASE)) return undefined;
  let p;
  try {
    p = decodeURIComponent(pathname.slice(BASE.length));
  } catch {
    return undefined;
  }
  const candidates = p === "" || p.endsWith("/") ? [join(DIST, p, "index.html")] : [join(DIST, p), join(DIST, p, "index.html"), join(DIST, `${p}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
};
const unescape = (/** @type {string} */ s) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
let links = 0;
for (const f of pages) {
  const file = join(DIST, f);
  const html = readFileSync(file, "utf8");
  const pageUrl = new URL(`http://site${BASE}${f.replace(/(^|\/)index\.html$/, "$1")}`);
  /** @type {[string, number][]} */
  const refs = [];
  for (const m of html.matchAll(/\s(href|src|srcset|poster|action)=(?:"([^"]*)"|'([^']*)')/g)) {
    const value = unescape(m[2] ?? m[3]);
    const where = m.index ?? 0;
    if (m[1] === "srcset") for (const part of value.split(",")) refs.push([part.trim().split(/\s+/)[0], where]);
    else refs.push([value, where]);
  }
  for (const [raw, where] of refs) {
    if (!raw || /^(https?:|mailto:|tel:|data:|blob:|javascript:)/i.test(raw) || raw.startsWith("//")) continue;
    let u;
    try {
      u = new URL(raw, pageUrl);
    } catch {
      problems.push(`${f}:${lineCol(html, where)} link "${raw}" is not a valid URL`);
      continue;
    }
    links++;
    const dest = u.pathname === pageUrl.pathname ? file : target(u.pathname);
    if (!dest) {
      problems.push(`${f}:${lineCol(html, where)} link to ${raw} does not resolve to a file in ${DIST}/`);
      continue;
    }
    const frag = u.hash.slice(1);
    // A fragment starting with "/" is a client-side route (the form-based editor's hash router), not an id.
    if (frag && !frag.startsWith("/") && dest.endsWith(".html")) {
      let id = frag;
      try {
        id = decodeURIComponent(frag);
      } catch {}
      if (!idsOf(dest).has(id)) problems.push(`${f}:${lineCol(html, where)} link to ${raw}: no element with id "${id}" there`);
    }
  }

  // 3. CSP, statically: no inline scripts (JSON data blocks are not scripts), no on…= handlers.
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1];
    if (/\ssrc=/i.test(attrs)) continue;
    const type = attrs.match(/\stype=["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    if (type && type !== "module" && type !== "text/javascript" && !type.endsWith("javascript")) continue; // e.g. application/json, application/ld+json
    problems.push(`${f}:${lineCol(html, m.index ?? 0)} inline <script> (the CSP allows scripts from files only)`);
  }
  for (const m of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    const handler = m[0].replace(/"[^"]*"|'[^']*'/g, '""').match(/\s(on[a-z]+)\s*=/i);
    if (handler) problems.push(`${f}:${lineCol(html, m.index ?? 0)} inline event handler ${handler[1]}= (the CSP blocks it)`);
  }
}

// 4. The Nu Html Checker, in one Java process over every page.
const java = spawnSync("java", ["-version"], { encoding: "utf8" });
if (java.error) {
  problems.push("Java was not found: the Nu Html Checker needs it (sudo apt-get install -y default-jre-headless).");
} else {
  const vnu = spawnSync("java", ["-jar", String(vnuJar), "--errors-only", "--skip-non-html", "--format", "json", DIST], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  let messages = [];
  try {
    messages = JSON.parse(vnu.stderr || '{"messages":[]}').messages ?? [];
  } catch {
    problems.push(`The Nu Html Checker did not report: ${(vnu.stderr || vnu.stdout).slice(0, 300)}`);
  }
  for (const m of messages) {
    const file = decodeURIComponent(String(m.url ?? "").replace(/^file:/, "")).replace(`${process.cwd()}/`, "").replace(`${DIST}/`, "");
    problems.push(`${file}:${m.lastLine ?? m.firstLine ?? 0}:${m.firstColumn ?? 0} ${m.message} (Nu Html Checker)`);
  }
}

for (const p of problems) console.error(p);
console.log(
  `check:html: ${pages.length} pages validated, ${links} internal links checked, ${problems.length} problem(s) in ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
);
process.exit(problems.length ? 1 : 0);
