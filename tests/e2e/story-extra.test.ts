/**
 * Issue 16's last round, as a reader meets it: the island communes legible and tappable on the free-play
 * map (an inset, server-rendered), the story zooming onto the islands, step maps that show the step's places
 * without JavaScript, the timeline's note on the 2024 fall, and a header that stays one row on a phone.
 * Expectations come from data/ and from the page's own attributes, never typed in.
 */
import { test } from "@playwright/test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { open, screenshot } from "./browser";
import { chartContext } from "../../src/charts/context";
import { ISLAND_DISTRICTS } from "../../src/charts/inset";
import { dropNotes } from "../../src/lib/timeline-notes";
import { fmtInt } from "../../src/i18n/sentences";

let browser: Browser;
test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const SMALL = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1280, height: 800 } };
const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/** Commune-level units of the island districts (of every era), from data/units.json. */
const islandUnits = (() => {
  const raw = JSON.parse(readFileSync("data/units.json", "utf8"));
  const units: { id: string; parent?: string; geo_id?: string }[] = Array.isArray(raw) ? raw : raw.units;
  return new Set(units.filter((u) => u.geo_id && (ISLAND_DISTRICTS as readonly string[]).includes(u.parent ?? "")).map((u) => u.id));
})();

/** axe on the part of the page a test is about (the whole page is checked by story.test.ts and quality.test.ts). */
const axe = async (page: Page, include?: string) => {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const res = await (include ? builder.include(include) : builder).analyze();
  assert.deepEqual(res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), []);
};

test("the free-play map has an islands inset, drawn without JavaScript, with every island commune", async () => {
  const { page, context } = await open(browser, "/", { ...PHONE, javaScriptEnabled: false });
  const inset = page.locator("#map .map-inset");
  assert.equal(await inset.isVisible(), true);
  const drawn = await inset.locator("path[data-unit]").evaluateAll((ps) => [...new Set(ps.map((p) => p.getAttribute("data-unit")!))]);
  assert.deepEqual(new Set(drawn), islandUnits, "the inset draws exactly the island districts' communes");
  // Coloured for the year on screen, as the main map is.
  const mismatch = await page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>("#map .map-inset path[data-key]")].filter((p) => {
      const main = document.querySelector(`#map svg.ntm-map-svg path[data-key="${p.dataset.key}"]`);
      return main?.getAttribute("class") !== p.getAttribute("class");
    }).length,
  );
  assert.equal(mismatch, 0);
  await context.close();
});

test("on a phone the island communes are bigger in the inset, and a tap there opens the commune's card", async () => {
  const { page, context } = await open(browser, "/", PHONE);
  const inset = page.locator("#map .map-inset");
  await inset.scrollIntoViewIfNeeded();
  // The smallest island commune on the main map, and the same commune in the inset.
  // (No named helpers inside evaluate: the test runner's transform would name them with a helper the page lacks.)
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>("#map .map-inset path[data-key]:not([display])")].map((p) => {
      const a = p.getBoundingClientRect();
      const b = document.querySelector(`#map svg.ntm-map-svg path[data-key="${p.dataset.key}"]`)!.getBoundingClientRect();
      return { unit: p.dataset.unit!, inset: a.width * a.height, main: b.width * b.height };
    }),
  );
  assert.ok(sizes.length > 0);
  const smallest = sizes.sort((a, b) => a.main - b.main)[0];
  assert.ok(smallest.inset > 2 * smallest.main, `${smallest.unit}: ${smallest.inset} px² in the inset, ${smallest.main} px² on the map`);
  // Tap the biggest piece of a commune in the inset where nothing covers it.
  const target = page.locator(`#map .map-inset path[data-unit="${smallest.unit}"]:not([display])`).first();
  const box = (await target.boundingBox())!;
  const point = await page.evaluate(
    ([x, y, w, h, unit]) => {
      for (let i = 1; i < 8; i++)
        for (let j = 1; j < 8; j++) {
          const px = (x as number) + ((w as number) * i) / 8;
          const py = (y as number) + ((h as number) * j) / 8;
          if ((document.elementFromPoint(px, py) as SVGElement | null)?.dataset?.unit === unit) return [px, py];
        }
      return null;
    },
    [box.x, box.y, box.width, box.height, smallest.unit] as const,
  );
  assert.ok(point, `a point of ${smallest.unit} to tap`);
  await page.touchscreen.tap(point[0], point[1]);
  const card = page.locator("#map .map-card");
  await card.waitFor({ state: "visible" });
  assert.match((await card.locator(".card-link").getAttribute("href"))!, new RegExp(`/${smallest.unit}/$`));
  assert.ok((await page.locator(`#map .map-inset path.sel[data-unit="${smallest.unit}"]`).count()) > 0, "outlined in the inset too");
  await page.screenshot({ path: "test-results/story-islands-inset-390.png" });
  await axe(page, "#map");
  await context.close();
});

test("the story's map zooms onto the islands at their step and back out after it", async () => {
  for (const opts of [PHONE, LAPTOP]) {
    const { page, context } = await open(browser, "/", opts);
    const steps = page.locator(".scrolly .step");
    const zoomAt = await steps.evaluateAll((ss) => ss.findIndex((s) => s.hasAttribute("data-zoom")));
    assert.ok(zoomAt >= 0, "a step zooms");
    const full = await page.locator("#story-map svg.ntm-map-svg").evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width);
    const step = steps.nth(zoomAt);
    await step.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.mouse.wheel(0, 1);
    await page.waitForFunction((w) => (document.querySelector<SVGSVGElement>("#story-map svg.ntm-map-svg")?.viewBox.baseVal.width ?? w) < w * 0.8, full, { timeout: 5000 });
    await page.waitForTimeout(800);
    // Every island commune brought forward is inside the zoomed view.
    const outside = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>("#story-map svg.ntm-map-svg")!;
      const v = svg.viewBox.baseVal;
      return [...svg.querySelectorAll<SVGPathElement>("path.focus:not([display])")].filter((p) => {
        const b = p.getBBox();
        return b.x < v.x - 1 || b.y < v.y - 1 || b.x + b.width > v.x + v.width + 1 || b.y + b.height > v.y + v.height + 1;
      }).length;
    });
    assert.equal(outside, 0);
    await page.screenshot({ path: `test-results/story-zoom-${opts.viewport.width}.png` });
    await steps.nth(zoomAt + 1).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.mouse.wheel(0, 1);
    await page.waitForFunction((w) => Math.abs((document.querySelector<SVGSVGElement>("#story-map svg.ntm-map-svg")?.viewBox.baseVal.width ?? 0) - w) < 0.5, full, { timeout: 5000 });
    await context.close();
  }
});

test("without JavaScript a step's map shows the step's places (and zooms where the step does)", async () => {
  for (const path of ["/", "/en/"]) {
    const { page, context } = await open(browser, path, { ...PHONE, javaScriptEnabled: false });
    const steps = await page.locator(".scrolly .step").evaluateAll((ss) =>
      ss.map((s) => ({ units: (s.getAttribute("data-units") ?? "").split(" ").filter(Boolean), zoom: s.hasAttribute("data-zoom"), src: s.querySelector("noscript")?.textContent ?? "" })),
    );
    const imgs = page.locator(".scrolly .step .step-map img");
    assert.equal(await imgs.count(), steps.length);
    let withPlaces = 0;
    for (let i = 0; i < steps.length; i++) {
      const src = (await imgs.nth(i).getAttribute("src"))!;
      const svg = await (await page.request.get(new URL(src, page.url()).toString())).text();
      if (!steps[i].units.length) continue;
      withPlaces++;
      // Each unit the step brings forward and that is drawn that year is outlined; the rest is dimmed.
      const drawn = steps[i].units.filter((u) => svg.includes(`data-unit="${u}"`));
      assert.ok(drawn.length > 0, `${src} draws the step's places`);
      for (const u of drawn) assert.ok(svg.includes(`path[data-unit="${u}"]`), `${src} brings ${u} forward`);
      assert.match(svg, /path\[data-key\]\{opacity:\.35\}/);
      const [, , w] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number);
      if (steps[i].zoom) assert.ok(w < 640 * 0.8, `${src} is zoomed (${w})`);
      else assert.equal(w, 640);
    }
    assert.ok(withPlaces >= 5, `${withPlaces} steps with places`);
    if (path === "/") {
      const zoomStep = page.locator(".scrolly .step[data-zoom]");
      await zoomStep.scrollIntoViewIfNeeded();
      await zoomStep.locator("img").evaluate((img: HTMLImageElement) => img.decode());
      // (No axe here: with JavaScript off, axe's own script never finishes. The story's axe runs are in story.test.ts.)
      await zoomStep.screenshot({ path: "test-results/story-nojs-island-step-390.png" });
    }
    await context.close();
  }
});

test("the timeline says why its line falls, with numbers from the data, in both languages", async () => {
  const ctx = chartContext();
  const notes = dropNotes(ctx.totals, ctx.communes);
  assert.ok(notes.length > 0, "the data has a fall to explain");
  for (const [path, lang] of [
    ["/", "vi"],
    ["/en/", "en"],
  ] as const) {
    for (const opts of [PHONE, LAPTOP]) {
      const { page, context } = await open(browser, path, opts);
      const chart = page.locator(".ntm-timeline .timeline-svg svg:visible").first();
      await chart.scrollIntoViewIfNeeded();
      const text = await chart.evaluate((s) => s.textContent ?? "");
      for (const n of notes) {
        assert.ok(text.includes(`${fmtInt(lang, n.from)} → ${fmtInt(lang, n.to)}`), `${path} ${opts.viewport.width}: the note on ${n.year}`);
        if (n.change.wards) assert.ok(text.includes(fmtInt(lang, n.change.wards)));
      }
      // Readable on a phone: the note's text is at least 11 px on screen.
      const px = await chart.evaluate((s) => {
        const t = [...s.querySelectorAll("text")].find((x) => x.textContent?.includes("→"))!;
        return t.getBoundingClientRect().height / Math.max(1, t.querySelectorAll("tspan").length || 1);
      });
      assert.ok(px >= 11, `note text ${px.toFixed(1)} px high per line`);
      await chart.screenshot({ path: `test-results/story-timeline-${lang}-${opts.viewport.width}.png` });
      await context.close();
    }
  }
});

for (const [label, opts] of [
  ["320", SMALL],
  ["390", PHONE],
] as const) {
  for (const js of [true, false]) {
    test(`at ${label} px${js ? "" : " without JavaScript"} the header nav is one row, nothing overflows, every link is reachable by keyboard`, async () => {
      const { page, context } = await open(browser, "/en/", { ...opts, javaScriptEnabled: js });
      const tops = await page.locator(".site-header nav li").evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 1, `nav rows at ${tops}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      const links = page.locator(".site-header nav a");
      const n = await links.count();
      await page.keyboard.press("Tab"); // skip link
      for (let i = 0; i < n + 1; i++) await page.keyboard.press("Tab"); // brand, then each nav link
      const last = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const r = a.getBoundingClientRect();
        return { text: a.textContent, inside: r.left >= 0 && r.right <= window.innerWidth + 1 };
      });
      assert.equal(last.text, await links.nth(n - 1).textContent(), "the last nav link is reached by Tab");
      assert.ok(last.inside, "and scrolled into view");
      if (js) {
        await page.keyboard.press("Shift+Tab");
        await axe(page, ".site-header");
        await page.screenshot({ path: `test-results/story-header-${label}.png`, clip: { x: 0, y: 0, width: opts.viewport.width, height: 160 } });
      }
      await context.close();
    });
  }
}

test("screenshots of the story and a commune page at both sizes, with the islands inset", async () => {
  for (const [label, opts] of [
    ["390", PHONE],
    ["1280", LAPTOP],
  ] as const) {
    const { page, context } = await open(browser, "/", opts);
    await page.locator("#map .map-inset").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/story-free-map-${label}.png` });
    await screenshot(page, `story-extra-home-${label}`);
    await context.close();
    const c = await open(browser, "/xa/quan-lan/", opts);
    await screenshot(c.page, `story-extra-commune-${label}`);
    await c.context.close();
  }
});
