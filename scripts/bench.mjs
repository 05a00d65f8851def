#!/usr/bin/env node
// `npm run bench`: how long a year change takes on the map of the home page, in headless Chromium,
// against a d3 full re-render of the same map measured in the same run; and how long a scroll step
// of the story takes. Prints medians and 95th percentiles; no pass/fail (the goals are printed beside
// the figures, but timings depend on the machine's load, so nothing fails on them).
//
// What is measured, the same scope for both ways of changing the year:
//   from the change (the slider's input event for the shipped map; the d3 code for the baseline), with the
//   microtasks it queues (MutationObservers), until the page is styled: a forced style recalculation of the whole document (a class toggled on an
//   empty probe element, then getComputedStyle on it), so the figure is script + style, as issue 21 asks.
//   The same change up to a forced layout (offsetHeight) is printed beside it ("to layout").
// Each change starts on a clean document (style and layout flushed before the clock starts) and one
// animation frame passes between changes, as when a reader drags the slider or the map plays (input
// events come at most once a frame): the colour transitions of the previous change are running, as for
// a reader. The years go round in order (2010 → … → 2025 → 2010, like Play), so about one change in
// sixteen is the jump from the last year to the first, which recolours nearly every commune: the p95.
//
//   shipped:  the slider's input event; the map island swaps the classes of the shapes whose status
//             changes (the province map and the islands inset), and updates the caption (totals, live
//             region), the reported-vs-placed list, the SVG's description, the year labels and the output.
//   baseline: what a client-rendered map does on each change: every shape of both SVGs (map and islands
//             inset) removed and drawn again by a d3 data join (d, class, data-unit, data-key), and the
//             same texts set with d3. The table is closed in both (the shipped map fills it when opened).
//   step:     a scroll step of the story: a step receives focus (what scrolling past it does through the
//             IntersectionObserver, src/scripts/scrolly.ts), the sticky map changes year, brings the
//             step's communes forward and zooms; the steps in order, round.
//
//   --reduced-motion   no colour transitions          --quick   20 changes instead of 100
//   --json             print the figures as one JSON line (tests/e2e/bench.test.ts uses it)
//   --url URL          bench a site already served there instead of serving dist/ itself
//
// The d3 baseline is injected into the shipped page, whose Content-Security-Policy allows only the
// site's own scripts: the bench's browser context bypasses the CSP (Playwright's bypassCSP), as a
// measuring tool may; the page as readers get it is unchanged.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, serveDist } from "./serve-local.mjs";
import { STATUSES } from "../src/lib/status-codes.mjs";

const argv = process.argv.slice(2);
const CHANGES = argv.includes("--quick") ? 20 : 100;
const json = argv.includes("--json");
const given = argv.includes("--url") ? argv[argv.indexOf("--url") + 1] : undefined;
let server;
let siteUrl = given;
if (!siteUrl) {
  if (!existsSync("dist/index.html")) {
    console.error("dist/ is missing: run `npm run build` first.");
    process.exit(1);
  }
  server = await serveDist();
  siteUrl = server.url;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_FLAGS,
});
try {
  const reduced = process.argv.includes("--reduced-motion");
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, reducedMotion: reduced ? "reduce" : "no-preference", bypassCSP: true });
  const page = await context.newPage();
  await page.goto(siteUrl);
  await page.waitForSelector("figure.ntm-map input.year-slider");
  await page.addScriptTag({ path: "node_modules/d3/dist/d3.min.js" });

  // Only the bench's marks are traced: each carries the main thread's CPU clock (tts), so the CPU time of
  // a change is read beside its wall time; on a shared machine the CPU time barely moves with the load.
  await browser.startTracing(page, { categories: ["blink.user_timing"] });
  const result = await page.evaluate(async ([n, names]) => {
    // The free-play map (the story's sticky map above it has no slider).
    const fig = document.querySelector("figure.ntm-map:has(input.year-slider)");
    const slider = fig.querySelector("input.year-slider");
    const data = JSON.parse(fig.querySelector("script.map-data").textContent);
    const years = data.years;
    const svgs = [...fig.querySelectorAll("svg.ntm-map-svg, svg.ntm-inset-svg")];
    const expected = (path, i) => {
      const c = data.shapes[path.dataset.key]?.[i];
      return c === undefined || c === "-" ? undefined : `s-${names[Number(c)]}`;
    };

    // The same end point for every change: the whole document styled (or laid out).
    const probe = document.createElement("i");
    probe.setAttribute("aria-hidden", "true");
    document.body.append(probe);
    const styled = () => {
      probe.classList.toggle("bench-flush");
      void getComputedStyle(probe).color;
    };
    const laidOut = () => void document.body.offsetHeight;
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)] };
    };
    const run = async (name, fn, items, count) => {
      const style = [];
      const layout = [];
      for (let k = -10; k < count; k++) {
        const x = items[((k % items.length) + items.length) % items.length];
        styled();
        laidOut();
        // The marks let the bench read the main thread's CPU time of the same span from Chromium's trace.
        if (k >= 0) performance.mark(`bench:${name}:${k}:0`);
        const t0 = performance.now();
        fn(x);
        // The microtasks the change queued run too (MutationObservers: the press kit follows the map's year),
        // as they do before the frame after a reader's input.
        for (let j = 0; j < 3; j++) await null;
        styled();
        const t1 = performance.now();
        if (k >= 0) performance.mark(`bench:${name}:${k}:1`);
        laidOut();
        const t2 = performance.now();
        if (k >= 0) {
          style.push(t1 - t0);
          layout.push(t2 - t0);
        }
        await nextFrame();
      }
      return { ...stats(style), layout: stats(layout) };
    };

    // Shipped: the island reacts to the slider's input event.
    const ours = await run(
      "ours",
      (y) => {
        slider.value = String(y);
        slider.dispatchEvent(new Event("input"));
      },
      years,
      n,
    );
    // The bench measured a year change only if the map shows the last year it was given.
    const last = data.years.indexOf(years[(n - 1) % years.length]);
    const paths = svgs.flatMap((s) => [...s.querySelectorAll("path[data-key]")]);
    const wrong = paths.filter((p) => {
      const want = expected(p, last);
      return want ? p.hasAttribute("display") || !p.classList.contains(want) : !p.hasAttribute("display");
    }).length;

    // A scroll step of the story (its sticky map is another figure; the free-play map is left alone).
    const story = document.querySelector("[data-scrolly]");
    const steps = story ? [...story.querySelectorAll(".step")] : [];
    const step = steps.length
      ? await run("step", (s) => s.dispatchEvent(new FocusEvent("focusin", { bubbles: true })), steps, n)
      : undefined;

    // Baseline: every shape of both SVGs drawn again with d3, and the same texts set with d3.
    const layers = svgs.map((svg) => ({
      g: d3.select(svg).select("g.units"),
      shapes: [...svg.querySelectorAll("path[data-key]")].map((p) => ({ key: p.dataset.key, unit: p.dataset.unit, d: p.getAttribute("d") })),
    }));
    const baseline = await run(
      "baseline",
      (y) => {
        const i = years.indexOf(y);
        for (const { g, shapes } of layers) {
          g.selectAll("path").remove();
          g.selectAll("path")
            .data(shapes.filter((s) => (data.shapes[s.key][i] ?? "-") !== "-"))
            .join("path")
            .attr("d", (s) => s.d)
            .attr("class", (s) => `s-${names[Number(data.shapes[s.key][i])]}`)
            .attr("data-unit", (s) => s.unit)
            .attr("data-key", (s) => s.key);
        }
        const f = d3.select(fig);
        f.attr("data-year", y);
        f.select("input.year-slider").attr("aria-valuetext", y);
        f.select("output.year-value").text(y);
        f.selectAll(".map-year").text(y);
        f.select(".map-totals").text(data.totals[i]).attr("data-located", data.located[i]);
        f.select(".map-reconcile").selectAll("li").data(data.reconcile[i].split("\n").filter(Boolean)).join("li").text((t) => t);
        f.select("svg.ntm-map-svg desc").text(`${data.desc}${y}. ${data.totals[i]}`);
      },
      years,
      n,
    );
    return { ours, baseline, step, steps: steps.length, paths: paths.length, wrong };
  }, [CHANGES, STATUSES]);
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const marks = new Map(trace.filter((e) => e.name?.startsWith("bench:") && e.tts !== undefined).map((e) => [e.name, e.tts]));
  for (const name of ["ours", "step", "baseline"]) {
    const cpu = [];
    for (let k = 0; k < CHANGES; k++) {
      const [a, b] = [marks.get(`bench:${name}:${k}:0`), marks.get(`bench:${name}:${k}:1`)];
      if (a !== undefined && b !== undefined) cpu.push((b - a) / 1000);
    }
    if (result[name] && cpu.length) result[name].cpu = stats(cpu);
  }

  if (json) {
    console.log(JSON.stringify({ changes: CHANGES, reducedMotion: reduced, ...result }));
    process.exitCode = 0;
  } else printTable(result, reduced);
} finally {
  await browser.close();
  server?.stop();
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)] };
}

function printTable(r, reduced) {
  const f = (x) => `${x.toFixed(2)} ms`;
  const row = (name, x) =>
    console.log(
      `  ${name.padEnd(26)}median ${f(x.median)}   p95 ${f(x.p95)}` +
        (x.cpu ? `   (CPU: median ${f(x.cpu.median)}   p95 ${f(x.cpu.p95)})` : "") +
        `   to layout: median ${f(x.layout.median)}   p95 ${f(x.layout.p95)}`,
    );
  console.log(
    `Year change on the home page's map, ${CHANGES} changes, ${r.paths} shapes (map and islands inset), script + style (headless Chromium${reduced ? ", reduced motion: no colour transitions" : ""}):`,
  );
  row("shipped (class swap):", r.ours);
  row("d3 full re-render:", r.baseline);
  if (r.step) row(`scroll step (${r.steps} steps):`, r.step);
  const ratio = r.baseline.median / r.ours.median;
  console.log(`  ratio (d3 / shipped):     median ${ratio.toFixed(1)}×   p95 ${(r.baseline.p95 / r.ours.p95).toFixed(1)}×`);
  if (r.wrong) console.log(`  WARNING: ${r.wrong} shapes do not show the last year after the shipped changes`);
  const met = (ok) => (ok ? "met" : "NOT met");
  console.log(
    `  goals (issue 21): median ≤ 1 ms → ${met(r.ours.median <= 1)}; p95 ≤ 3 ms → ${met(r.ours.p95 <= 3)}; ≥ 3× faster than the d3 re-render → ${met(ratio >= 3)}` +
      (r.step ? `; scroll step ≤ 2 ms → ${met(r.step.median <= 2)} (median; p95 ${f(r.step.p95)})` : ""),
  );
  console.log("  (wall time from the change until the page is styled, and the main thread's CPU time of the same span; one frame between changes; see the top of scripts/bench.mjs)");
}
