// @ts-check
// Page types discovered from a built site: the quality checks (axe, keyboard, reflow, requests,
// budget) run on one page of each kind, found from dist/ itself, so a page type that has not
// been built yet is simply absent (and logged), never a failure, and a new one is checked the
// moment it lands.
//
// How a kind is recognised: a folder with many (≥ MANY) leaf pages under it is a collection
// (/xa/<id>/, /huyen/<id>/, /embed/map/<district>/): its members are one type, "/xa/*/".
// A frozen data release in a path (/embed/v1.0.0/…) is one type per shape, "/embed/v*/…".
// Every other page (/, /en/, /phuong-phap/, /404.html …) is a type of its own.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The built site: dist/, or NTM_DIST (a private copy, so checks do not race a teammate's build). */
export const DIST = process.env.NTM_DIST ?? "dist";
/** The site's base path ("/" or "/sub/"), as the build was given it. */
export const BASE = (process.env.NTM_BASE ?? "/").replace(/\/?$/, "/");
const MANY = 8;
const VERSION = /^v\d+(\.\d+)*$/;

/**
 * Every .html file under `dir`, as paths relative to it with "/" separators, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFiles(dir = DIST) {
  /** @param {string} rel @returns {string[]} */
  const walk = (rel) =>
    readdirSync(join(dir, rel)).flatMap((x) => {
      const r = rel ? `${rel}/${x}` : x;
      if (statSync(join(dir, r)).isDirectory()) return x === "_astro" ? [] : walk(r);
      return x.endsWith(".html") ? [r] : [];
    });
  return existsSync(dir) ? walk("").sort() : [];
}

/**
 * @typedef {{ type: string, path: string, file: string, count: number, files: string[] }} PageType
 * type: the pattern ("/xa/*\/", "/embed/v*\/map/"), path: the representative's site path without
 * the base ("/xa/ba-che/", "/404.html"), file: its file in dist, count: how many pages share the
 * type, files: all of them (the representative first).
 */

/**
 * One representative page (the first in sort order) of each page type in `dir`.
 * @param {string} dir
 * @returns {PageType[]}
 */
export function pageTypes(dir = DIST) {
  const files = htmlFiles(dir);
  /** Site path of a file: "xa/a/index.html" → "/xa/a/", "404.html" → "/404.html". */
  const pathOf = (/** @type {string} */ f) => `/${f.replace(/(^|\/)index\.html$/, "$1")}`;
  const paths = files.map(pathOf);
  const pageDirs = new Set(paths.filter((p) => p.endsWith("/")));
  /** Leaf page folders directly under each folder. */
  const leaves = new Map();
  for (const p of pageDirs) {
    if (p === "/") continue;
    const isLeaf = ![...pageDirs].some((q) => q !== p && q.startsWith(p));
    if (!isLeaf) continue;
    const parent = p.replace(/[^/]+\/$/, "");
    leaves.set(parent, (leaves.get(parent) ?? 0) + 1);
  }
  /** @type {Map<string, PageType>} */
  const types = new Map();
  files.forEach((file, i) => {
    const path = paths[i];
    const segs = path.split("/").slice(1);
    const trailing = path.endsWith("/");
    if (trailing) segs.pop();
    const key = segs.map((s, j) => {
      if (VERSION.test(s)) return "v*";
      const parent = `/${segs.slice(0, j).join("/")}${j ? "/" : ""}`;
      const isLast = j === segs.length - 1 && trailing;
      return isLast && (leaves.get(parent) ?? 0) >= MANY ? "*" : s;
    });
    const type = `/${key.join("/")}${trailing && key.length ? "/" : ""}`;
    const t = types.get(type);
    if (t) {
      t.count++;
      t.files.push(join(dir, file));
    } else types.set(type, { type, path, file: join(dir, file), count: 1, files: [join(dir, file)] });
  });
  return [...types.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/** Page types a check expects that are not built yet: logged, never failed on. */
export const EXPECTED = ["/", "/en/", "/xa/*/", "/huyen/*/", "/phuong-phap/", "/nguon/", "/du-lieu/", "/404.html", "/embed/map/"];

/**
 * pageTypes(), logging every expected type that is missing from the build.
 * @param {(msg: string) => void} log
 * @param {string} dir
 */
export function pageTypesLogged(log = console.log, dir = DIST) {
  const found = pageTypes(dir);
  for (const e of EXPECTED) if (!found.some((t) => t.type === e)) log(`# page type ${e} not built yet: skipped`);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const t of pageTypesLogged()) console.log(`${t.type.padEnd(28)} ${String(t.count).padStart(4)}  ${t.path}`);
}
