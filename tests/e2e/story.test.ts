/**
 * The story as a reader meets it: the news and the map in the first screen, a
 * sticky map that follows the steps, a card on tap, search by any era's name,
 * keyboard and screen-reader paths that pass axe, and steps that still show
 * their maps without JavaScript. Expectations come from the page's own data
 * attributes and from data/, never typed in.
 */
import { test } from "@playwright/test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { open, screenshot } from "./browser";
import { normalize } from "../../src/lib/search";

let browser: Browser;
test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1280, height: 800 } };

interface RawUnit {
  id: string;
  name: string;
  lineage?: { event: string; new_name?: string }[];
}
const units: RawUnit[] = (() => {
  const raw = JSON.parse(readFileSync("data/units.json", "utf8"));
  return Array.isArray(raw) ? raw : raw.units;
})();
/** Units that had a name matching the query, from the data. */
const unitsNamed = (q: string) =>
  units
    .filter((u) => [u.name, ...(u.lineage ?? []).filter((e) => e.event === "renamed").map((e) => e.new_name ?? "")].some((n) => normalize(n) === normalize(q)))
    .map((u) => u.id);

async function fold(page: Page, name: string) {
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: `test-results/${name}-fold.png` });
}

/** Whether an element's box starts inside the first screen and shows at least `min` px of itself. */
async function inFirstScreen(page: Page, selector: string, min = 40) {
  const box = await page.locator(selector).first().boundingBox();
  const vh = page.viewportSize()!.height;
  assert.ok(box, `${selector} has no box`);
  assert.ok(box.y >= 0 && box.y + Math.min(min, box.height) <= vh, `${selector} at y=${Math.round(box.y)}, beyond the first ${vh} px`);
}

for (const [label, opts] of [
  ["390", PHONE],
  ["1280", LAPTOP],
] as const) {
  test(`at ${label} px the headline, the key numbers and the map are in the first screen`, async () => {
    const { page, context } = await open(browser, "/", opts);
    await inFirstScreen(page, "article h1");
    await inFirstScreen(page, ".key-numbers");
    const numbers = await page.locator(".key-numbers .stat").allInnerTexts();
    assert.ok(numbers.length >= 3 && numbers.every((n) => /\d/.test(n)), `key numbers: ${numbers}`);
    await inFirstScreen(page, "#story-map svg.ntm-map-svg", 150);
    await fold(page, `story-home-${label}`);
    await screenshot(page, `story-home-${label}`);
    await context.close();
  });

  test(`at ${label} px a commune page is screenshotted`, async () => {
    const { page, context } = await open(browser, "/xa/dong-tam/", opts);
    await inFirstScreen(page, "h1");
    await fold(page, `story-commune-${label}`);
    await screenshot(page, `story-commune-${label}`);
    await context.close();
  });
}

test("scrolling through the steps moves the sticky map's year and brings the step's places forward", async () => {
  for (const opts of [PHONE, LAPTOP]) {
    const { page, context } = await open(browser, "/", opts);
    const steps = page.locator(".scrolly .step");
    const n = await steps.count();
    assert.ok(n >= 8, `expected the story's steps, got ${n}`);
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const step = steps.nth(i);
      const year = await step.getAttribute("data-year");
      const places = (await step.getAttribute("data-units"))!.split(" ").filter(Boolean);
      await step.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await page.mouse.wheel(0, 1);
      await page.waitForFunction(
        ([y]) => document.querySelector("#story-map")?.getAttribute("data-year") === y,
        [year],
        { timeout: 3000 },
      );
      const sticky = await page.locator(".scrolly-graphic").boundingBox();
      assert.ok(sticky && sticky.y < 60, `the map stays in view at step ${i + 1} (y=${sticky?.y})`);
      const focused = await page.locator("#story-map path.focus").evaluateAll((ps) => [...new Set(ps.map((p) => p.getAttribute("data-unit")))]);
      assert.equal(focused.length > 0, places.length > 0, `step ${i + 1} highlights ${places.length} places, the map ${focused.length}`);
      if (places.length) assert.ok(focused.every((u) => places.includes(u!)));
      seen.add(year!);
    }
    assert.ok(seen.size >= 6, `the steps show ${seen.size} different years`);
    await context.close();
  }
});

test("the next/previous control steps through the story from the keyboard", async () => {
  const { page, context } = await open(browser, "/", LAPTOP);
  const next = page.locator(".step-next");
  await next.waitFor({ state: "visible" });
  await next.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector<HTMLElement>("[data-scrolly]")?.dataset.step === "1");
  const year = await page.locator(".scrolly .step").nth(1).getAttribute("data-year");
  await page.waitForFunction((y) => document.querySelector("#story-map")?.getAttribute("data-year") === y, year);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("step")), true);
  await page.locator(".step-prev").click();
  await page.waitForFunction(() => document.querySelector<HTMLElement>("[data-scrolly]")?.dataset.step === "0");
  await context.close();
});

test("a touch tap on a commune opens its card with a link to its page; the close button dismisses it", async () => {
  const { page, context } = await open(browser, "/?year=2015", PHONE);
  const map = page.locator("#map");
  await map.scrollIntoViewIfNeeded();
  const target = page.locator('#map path[data-unit="dong-tam"]:not([display])');
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  // The shape under the centre of the box is the one the finger hits.
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const hit = await page.evaluate(([x, y]) => (document.elementFromPoint(x, y) as SVGElement | null)?.dataset?.unit, [cx, cy]);
  assert.ok(hit, "a commune under the finger");
  await page.touchscreen.tap(cx, cy);
  const card = page.locator("#map .map-card");
  await card.waitFor({ state: "visible" });
  assert.match((await card.locator(".card-link").getAttribute("href"))!, new RegExp(`/xa/${hit}/$`));
  assert.match(await card.locator(".card-status").innerText(), /^2015: /);
  assert.equal(await card.locator(".card-strip rect").count(), 16);
  assert.match(page.url(), new RegExp(`unit=${hit}`));
  await page.screenshot({ path: "test-results/story-map-card-390.png" });
  await card.locator(".card-close").tap();
  await card.waitFor({ state: "hidden" });
  await context.close();
});

for (const q of ["luong minh", "hoanh bo"]) {
  test(`the map's search finds "${q}" and opens its card`, async () => {
    const expected = unitsNamed(q);
    assert.ok(expected.length > 0, `data has a unit named ${q}`);
    const { page, context } = await open(browser, "/", LAPTOP);
    const input = page.locator("#map .map-search-input");
    await input.scrollIntoViewIfNeeded();
    await input.fill(q);
    const hits = page.locator("#map .map-hits button");
    await hits.first().waitFor({ state: "visible" });
    await input.press("Enter");
    const card = page.locator("#map .map-card");
    await card.waitFor({ state: "visible" });
    const href = (await card.locator(".card-link").getAttribute("href"))!;
    assert.ok(expected.some((id) => href.endsWith(`/xa/${id}/`)), `${href} is one of ${expected}`);
    assert.ok((await page.locator("#map path.sel").count()) > 0, "the unit is outlined");
    await context.close();
  });
}

test("after Play the address holds the year on screen and the selected commune", async () => {
  const { page, context } = await open(browser, "/?year=2023&unit=viet-dan", LAPTOP);
  await page.locator("#map .map-card").waitFor({ state: "visible" });
  await page.locator("#map button.play").click();
  await page.waitForFunction(() => document.querySelector("#map button.play")?.getAttribute("aria-pressed") === "false", null, { timeout: 8000 });
  const last = await page.locator("#map input.year-slider").getAttribute("max");
  const u = new URL(page.url());
  assert.equal(u.searchParams.get("year"), last);
  assert.equal(u.searchParams.get("unit"), "viet-dan");
  assert.match(await page.locator("#map svg desc").textContent() ?? "", new RegExp(last!));
  await context.close();
});

test("keyboard and screen-reader paths pass axe: the table row opens the card, search lists its hits", async () => {
  const { page, context } = await open(browser, "/", LAPTOP);
  await page.locator("#map details.map-table summary").click();
  const row = page.locator("#map tbody tr:not([hidden])").first();
  await row.focus();
  await page.keyboard.press("Enter");
  const card = page.locator("#map .map-card");
  await card.waitFor({ state: "visible" });
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("card-close")), true);
  let res = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  assert.deepEqual(res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), []);
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  assert.equal(await row.evaluate((el) => el === document.activeElement), true, "focus returns to the row");
  await page.locator("#map .map-search-input").fill("luong");
  await page.locator("#map .map-hits button").first().waitFor({ state: "visible" });
  await page.locator(".step-next").focus();
  res = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  assert.deepEqual(res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), []);
  // The sticky graphic is hidden from assistive technology; every step has its one-line description.
  assert.equal(await page.locator("#story-map").getAttribute("aria-hidden"), "true");
  const steps = await page.locator(".scrolly .step").count();
  assert.equal(await page.locator(".scrolly .step .step-desc").count(), steps);
  await context.close();
});

test("without JavaScript every step shows its own server-rendered map", async () => {
  for (const path of ["/", "/en/"]) {
    const { page, context } = await open(browser, path, { ...PHONE, javaScriptEnabled: false });
    const steps = page.locator(".scrolly .step");
    const n = await steps.count();
    const imgs = page.locator(".scrolly .step .step-map img");
    assert.equal(await imgs.count(), n);
    for (let i = 0; i < n; i++) {
      const src = (await imgs.nth(i).getAttribute("src"))!;
      assert.match(src, new RegExp(`map-${await steps.nth(i).getAttribute("data-year")}\\.svg$`));
      const res = await page.request.get(new URL(src, page.url()).toString());
      assert.equal(res.status(), 200, src);
    }
    assert.equal(await page.locator(".step-nav").isVisible(), false, "no inert step buttons");
    assert.equal(await page.locator("#map .map-search").isVisible(), false, "no inert search box");
    if (path === "/") await screenshot(page, "story-home-nojs-390");
    await context.close();
  }
});
