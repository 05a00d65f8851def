#!/usr/bin/env node
// Serve the built site (dist/) on 127.0.0.1, under the configured base path,
// with the site's own 404 page. Used by `npm start` and the end-to-end tests (playwright.config.ts's
// webServer). The files are served by sirv; this wrapper exists because neither sirv-cli nor
// `astro preview` does all of: serve under the base path (NTM_BASE), answer an unknown address with
// dist/404.html and status 404 (sirv-cli sends a bare 404, or index.html with 200 under --single), send the .br/.gz
// copies written at build (astro preview gzips each response on the fly, never brotli), and mark only _astro/ immutable
// (sirv-cli's --immutable applies to every file).
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import sirv from "sirv";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(arg("--port", process.env.PORT ?? 4321));
const host = "127.0.0.1";
const quiet = args.includes("--quiet");
const base = (process.env.NTM_BASE ?? "/").replace(/\/?$/, "/");

if (!existsSync("dist/index.html")) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const notFound = existsSync("dist/404.html") ? readFileSync("dist/404.html") : Buffer.from("Not found");
// Precompressed copies written at build (scripts/compress.mjs): sirv sends the .br or .gz beside a
// file when the browser accepts it (Content-Encoding, Vary: Accept-Encoding), never compressing live.
// Hashed assets under _astro/ never change: a year of caching; everything else revalidates.
const assets = sirv("dist", {
  dev: false,
  etag: true,
  extensions: ["html"],
  brotli: true,
  gzip: true,
  setHeaders: (res, pathname) => {
    res.setHeader("Cache-Control", pathname.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate");
  },
});

createServer((req, res) => {
  const url = req.url ?? "/";
  if (!url.startsWith(base)) {
    res.writeHead(302, { location: base });
    return res.end();
  }
  req.url = "/" + url.slice(base.length);
  assets(req, res, () => {
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    res.end(notFound);
  });
}).listen(port, host, () => {
  if (!quiet) console.log(`Serving the report at http://${host}:${port}${base}  (Ctrl+C to stop)`);
});
