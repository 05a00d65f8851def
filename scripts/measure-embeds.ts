#!/usr/bin/env tsx
// Measures how tall each embed is from 320 to 1000 px wide (MEASURE_WIDTHS; both languages, live and
// pinned to every frozen release, the years with the longest captions) in Chromium, takes the tallest
// at each width, and writes them with their envelope (src/charts/embed-heights.ts: px + % of the
// width with a few bends, plus a margin) to src/charts/embed-heights.json: the responsive box of the
// embed code without /embed.js.
// Needs a built dist/ (npm run build). Usage: npm run measure:embeds [-- --port 4405] [-- --chart districts]
// `-- --refit` recomputes the envelopes from the heights already in the file, without a browser.
// `-- --chart <name>` (repeatable) measures only those charts and keeps the others' heights from the file.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { releaseVersions } from "../src/data/releases";
import { MEASURE_WIDTHS, fitHeight, upperEnvelope, type EmbedFit } from "../src/charts/embed-heights";

const args = process.argv.slice(2);
const file = "src/charts/embed-heights.json";
type Entry = { measured: Record<string, number>; fit: EmbedFit };
const previous = JSON.parse(readFileSync(file, "utf8")) as Record<string, Partial<Entry>>;
const charts = Object.keys(previous);
/** The charts to measure (--chart, repeatable; default all). */
const only = args.flatMap((a, i) => (a === "--chart" ? [args[i + 1]] : []));
for (const c of only) if (!charts.includes(c)) throw new Error(`--chart ${c}: not in ${file} (${charts.join(", ")})`);
/** The years whose caption is longest (first bounded years, mid-programme, the end). */
const YEARS = [2011, 2018, 2025];

async function measure(): Promise<Record<string, Record<string, number>>> {
  const { launch } = await import("../tests/e2e/browser");
  const port = Number(args[args.indexOf("--port") + 1] || process.env.PORT || 4400 + Math.floor(Math.random() * 90));
  const base = (process.env.NTM_BASE ?? "/").replace(/\/?$/, "/");
  const root = `http://127.0.0.1:${port}${base}`;
  const server = spawn("node", ["scripts/serve.mjs", "--port", String(port), "--quiet"], { stdio: "inherit" });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(root)).ok) break;
    } catch {}
    if (i > 100) throw new Error(`no server at ${root}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await launch();
  const page = await (await browser.newContext()).newPage();
  const out: Record<string, Record<string, number>> = {};
  try {
    for (const chart of charts.filter((c) => !only.length || only.includes(c))) {
      const tallest = new Map<number, number>(MEASURE_WIDTHS.map((w) => [w, 0]));
      const versions = ["", ...releaseVersions().map((v) => `v${v}/`)];
      for (const prefix of ["embed/", "en/embed/"])
        for (const v of versions)
          for (const y of chart.startsWith("map") ? YEARS : [undefined]) {
            const url = `${root}${prefix}${v}${chart}/${y ? `?year=${y}` : ""}`;
            await page.setViewportSize({ width: MEASURE_WIDTHS[0], height: 800 });
            await page.goto(url, { waitUntil: "load" });
            await page.evaluate(() => document.fonts.ready);
            for (const width of MEASURE_WIDTHS) {
              await page.setViewportSize({ width, height: 800 });
              const h = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(document.body.getBoundingClientRect().height))));
              tallest.set(width, Math.max(tallest.get(width)!, h));
            }
          }
      out[chart] = Object.fromEntries([...tallest].map(([w, h]) => [String(w), Math.ceil(h)]));
      console.log(`${chart}: measured`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return out;
}

const measured = args.includes("--refit")
  ? Object.fromEntries(charts.map((c) => {
      const m = previous[c].measured;
      if (!m || !Object.keys(m).length) throw new Error(`${file}: no measured heights for "${c}"; run without --refit`);
      return [c, m];
    }))
  : { ...Object.fromEntries(charts.map((c) => [c, previous[c].measured ?? {}])), ...(await measure()) };

const out: Record<string, Entry> = {};
for (const chart of charts) {
  const points = Object.entries(measured[chart]).map(([w, h]) => ({ width: Number(w), height: h }));
  const fit = upperEnvelope(points);
  out[chart] = { measured: measured[chart], fit };
  const show = [320, 600, 1000].map((w) => `${w}: ${measured[chart][String(w)]} → ${Math.ceil(fitHeight(fit, w))}`).join(", ");
  console.log(`${chart}: ${fit.bends.length} bend(s)  (${show} px)`);
}
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${file} written.`);
