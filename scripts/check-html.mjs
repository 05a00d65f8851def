#!/usr/bin/env node
// `npm run check:html`: over every .html file in dist/ (or NTM_DIST):
//  1. html-validate with .htmlvalidate.json ("html-validate:recommended", relaxed only where the
//     generated output needs it — see the list below);
//  2. linkinator: every internal href/src/srcset resolves (served as a server serves it) and every
//     #fragment names an id in its target page;
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
//  - long-title off on embed pages only (/embed/, /en/embed/): an embed's <title> is its chart's own
//    title, as the figure, the image, the iframe's title attribute and the citation say it (one source,
//    src/charts/specs.ts chartTitle); the timeline's and the district grid's run to 73–95 characters.
//    The 70-character rule is about titles shown in tabs and search results; embeds are noindex and
//    live inside someone else's page. Every other page keeps the rule.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { execFile, spawnSync } from "node:child_process";
import { HtmlValidate, FileSystemConfigLoader, StaticConfigLoader } from "html-validate";
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

// 4 starts first: the Nu Html Checker is its own Java process, so it runs on the second core while
// html-validate and linkinator run here.
const java = spawnSync("java", ["-version"], { encoding: "utf8" });
/** @type {Promise<{ stdout: string, stderr: string }> | undefined} */
const vnuRun = java.error
  ? undefined
  : new Promise((resolve) =>
      execFile("java", ["-jar", String(vnuJar), "--errors-only", "--skip-non-html", "--format", "json", DIST], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (_err, stdout, stderr) =>
        resolve({ stdout, stderr }),
      ),
    );

// 1. HTML validity.
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
const fileConfig = JSON.parse(readFileSync(".htmlvalidate.json", "utf8"));
const embedValidate = new HtmlValidate(new StaticConfigLoader({ ...fileConfig, root: true, rules: { ...fileConfig.rules, "long-title": "off" } }));
const isEmbed = (/** @type {string} */ f) => /^(en\/)?embed\//.test(f.replace(/\\/g, "/"));
for (const f of pages) {
  const report = await (isEmbed(f) ? embedValidate : htmlvalidate).validateFile(join(DIST, f));
  for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
}

// 2. Internal links, assets and fragments: linkinator (npm), which serves dist/ itself, starts from
//    every page (the glob), follows every href/src/srcset on our own origin and checks each #fragment
//    against the target page's ids (--check-fragments). Its static server knows no base path, so a
//    build under NTM_BASE is served from a folder where dist/ sits at that path (a symlink).
//    Two things it cannot be told, filtered here: a fragment starting with "/" is the form-based
//    editor's client-side route (/admin/#/collections/…), not an id; and absolute links to the site's
//    public origin (canonical, og:image) are not followed, as no server answers there during a check.
let links = 0;
{
  const { LinkChecker } = await import("linkinator");
  let serverRoot = DIST;
  let glob = "**/*.html";
  if (BASE !== "/") {
    serverRoot = mkdtempSync(join(tmpdir(), "ntm-links-"));
    mkdirSync(dirname(join(serverRoot, BASE)), { recursive: true });
    symlinkSync(resolve(DIST), join(serverRoot, BASE.replace(/\/$/, "")));
    glob = `${BASE.slice(1)}**/*.html`;
  }
  const checker = new LinkChecker();
  const result = await checker.check({
    path: [glob],
    serverRoot,
    recurse: true,
    checkFragments: true,
    concurrency: 25,
    // On a loaded machine a request to its own in-process server can fail outright (status 0): retry those.
    retryErrors: true,
    retryErrorsCount: 3,
    retryErrorsJitter: 500,
    linksToSkip: async (link) => !/^http:\/\/localhost:\d+\//.test(link),
  });
  links = result.links.filter((l) => l.state !== "SKIPPED").length;
  for (const l of result.links) {
    if (l.state !== "BROKEN") continue;
    const hash = l.url.includes("#") ? l.url.slice(l.url.indexOf("#") + 1) : "";
    if (hash.startsWith("/") && l.status === 200) continue; // the editor's hash router
    const what = l.status === 200 && hash ? `no element with id "${decodeURIComponent(hash)}" there` : `HTTP ${l.status ?? "error"}`;
    problems.push(`${String(l.parent ?? "").replace(/^https?:\/\/localhost:\d+\//, "")}: link to ${l.url.replace(/^https?:\/\/localhost:\d+\//, "/")}: ${what} (linkinator)`);
  }
  if (serverRoot !== DIST) rmSync(serverRoot, { recursive: true, force: true });
}

for (const f of pages) {
  const html = readFileSync(join(DIST, f), "utf8");

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

// 4. The Nu Html Checker, in one Java process over every page (started above).
if (!vnuRun) {
  problems.push("Java was not found: the Nu Html Checker needs it (sudo apt-get install -y default-jre-headless).");
} else {
  const vnu = await vnuRun;
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
