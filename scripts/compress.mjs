#!/usr/bin/env node
// After `astro build`: write a brotli (.br) and a gzip (.gz) copy beside every text file in dist/
// (HTML, CSS, JS, SVG, JSON, CSV, XML, TXT), so `npm start` (sirv's brotli/gzip options) and any
// static host that serves precompressed files send them without compressing on each request.
//
// Brotli quality 11 (the smallest, but ≈ 25× slower than quality 6 for 5–15 % fewer bytes) for the
// heaviest reader pages, where those bytes matter most: HTML files over 150 KB (the story pages and
// the map embeds, ≈ 3 MB in all) and the site's scripts and stylesheets (small, on many pages); quality 6 for everything else, gzip at level 9. Not 11 for the
// editor's 5 MB decap-cms.js: there quality 11 took 46 s of a cold build (quality 6: 1.2 s) to save
// 12 % for the handful of editors who load it. A copy is kept only when it is
// smaller than the file. Each result is cached in .cache/compress/ under the SHA-256 of the file
// and the settings, so a rebuild compresses only the files that changed and identical files give
// identical bytes. Runs on libuv's thread pool: both cores at once.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const DIST = process.env.NTM_DIST ?? "dist";
const CACHE = ".cache/compress";
const VERSION = 1;
const TEXT = new Set([".html", ".css", ".js", ".mjs", ".svg", ".json", ".csv", ".xml", ".txt", ".webmanifest"]);
const HEAVY = 150 * 1024;
/** The site's own scripts and stylesheets (a few KB each, loaded by many pages): quality 11 costs nothing here. */
const SCRIPT = /\.(js|mjs|css)$/;
const MAX_SCRIPT = 256 * 1024;
/** The editor's code (Decap CMS: its bundle and ≈ 95 chunks it loads on demand), for a handful of editors: quality 6, like the bundle (1.3 s of CPU at 11). */
const EDITOR = /(^|\/)admin\/cms\//;
const br = promisify(brotliCompress);
const gz = promisify(gzip);

const walk = (d) => readdirSync(d).flatMap((x) => (statSync(join(d, x)).isDirectory() ? walk(join(d, x)) : [join(d, x)]));

if (!existsSync(DIST)) {
  console.error(`${DIST}/ is missing: run astro build first.`);
  process.exit(1);
}
mkdirSync(CACHE, { recursive: true });
const t0 = Date.now();
// Largest first, so that no big file starts last and leaves one core idle at the end.
const files = walk(DIST)
  .filter((f) => TEXT.has(extname(f)))
  .map((f) => [f, statSync(f).size])
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([f]) => f);
const used = new Set();
let done = 0;
let fromCache = 0;
let raw = 0;
let brBytes = 0;

/** Compress one file one way, through the cache. */
async function one(file, body, kind) {
  const quality = (body.length > HEAVY && file.endsWith(".html")) || (SCRIPT.test(file) && body.length < MAX_SCRIPT && !EDITOR.test(file)) ? 11 : 6;
  const key = createHash("sha256").update(`v${VERSION}\0${kind}\0${quality}\0`).update(body).digest("hex");
  const cached = join(CACHE, `${key}.${kind}`);
  used.add(`${key}.${kind}`);
  let out;
  if (existsSync(cached)) {
    out = readFileSync(cached);
    fromCache++;
  } else {
    out =
      kind === "br"
        ? await br(body, {
            params: {
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_QUALITY]: quality,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : await gz(body, { level: 9 });
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, out);
    renameSync(tmp, cached);
  }
  if (out.length < body.length) writeFileSync(`${file}.${kind}`, out);
  return out.length;
}

// A few files at a time: enough to keep the thread pool busy, few enough to bound memory.
let next = 0;
async function worker() {
  while (next < files.length) {
    const f = files[next++];
    const body = readFileSync(f);
    raw += body.length;
    const [b] = await Promise.all([one(f, body, "br"), one(f, body, "gz")]);
    brBytes += Math.min(b, body.length);
    done++;
  }
}
await Promise.all(Array.from({ length: 4 }, worker));
// Keep the cache to what this build used: the copies of the previous build's files go, so it never grows past one site.
if (DIST === "dist") for (const f of readdirSync(CACHE)) if (!used.has(f)) rmSync(join(CACHE, f), { force: true });
console.log(
  `compress: ${done} files, ${(raw / 1048576).toFixed(1)} MB → brotli ${(brBytes / 1048576).toFixed(1)} MB; ` +
    `${fromCache} of ${done * 2} copies from the cache; ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
);
