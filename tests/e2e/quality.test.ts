/**
 * Quality gates on every page type: WCAG 2.2 AA (axe-core), no request to any
 * other host, no CSP violation, reflow at 320 px, keyboard walkthrough, reduced motion.
 */
import { test } from "@playwright/test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import { open, screenshot } from "./browser";

let browser: Browser;
test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
});

/** One page of each type that exists in dist/ (page types land over time; missing ones are logged). */
function pageTypes(): [string, string][] {
  const candidates: [string, string][] = [
    ["home", "/"],
    ["story-en", "/en/"],
    ["commune", "/xa/viet-dan/"],
    ["commune-en", "/en/commune/hoanh-mo/"],
    ["commune-index", "/xa/"],
    ["district", "/huyen/binh-lieu/"],
    ["methodology", "/phuong-phap/"],
    ["methodology-en", "/en/methodology/"],
    ["sources", "/nguon/"],
    ["data", "/du-lieu/"],
    ["reorg", "/sap-xep-2025/"],
    ["reorg-en", "/en/reorganisation-2025/"],
    ["404", "/404.html"],
  ];
  // Embeds: one of each kind (there are dozens of district and pinned variants, all from the same components).
  const pinned = existsSync("dist/embed") ? readdirSync("dist/embed").find((d) => /^v\d/.test(d)) : undefined;
  candidates.push(
    ["embed-map", "/embed/map/"],
    ["embed-map-en", "/en/embed/map/"],
    ["embed-timeline", "/embed/timeline/"],
    ["embed-districts", "/embed/districts/"],
    ["embed-district-map", "/embed/map/co-to/"],
    ...(pinned ? ([["embed-pinned", `/embed/${pinned}/map/`]] as [string, string][]) : []),
  );
  return candidates.filter(([name, path]) => {
    const file = path.endsWith(".html") ? `dist${path}` : `dist${path}index.html`;
    if (!existsSync(file)) console.log(`# page type ${name} (${path}) not built yet: skipped`);
    return existsSync(file);
  });
}

// One test per page type and gate, so that the workers share them out and a failure names its page.
for (const [name, path] of pageTypes()) {
  test(`axe: no WCAG 2.2 A/AA violation on ${name} (${path})`, async () => {
    const failures: string[] = [];
    const { page, context } = await open(browser, path);
    const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    for (const v of r.violations) {
      failures.push(`${name} ${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(" | ")}`);
    }
    await context.close();
    assert.deepEqual(failures, []);
  });

  test(`no request leaves 127.0.0.1, and no Content-Security-Policy violation on ${name} (${path})`, async () => {
    const problems: string[] = [];
    const { page, context, foreign } = await open(browser, path);
    const csp: string[] = [];
    page.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && csp.push(m.text()));
    await page.reload({ waitUntil: "load" });
    await page.waitForTimeout(100);
    for (const f of foreign) problems.push(`${name}: request to ${f}`);
    for (const c of csp) problems.push(`${name}: ${c}`);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
    );
    for (const h of handlers) problems.push(`${name}: inline event handler ${h}`);
    await context.close();
    assert.deepEqual(problems, []);
  });

  test(`reflow on ${name} (${path}): no horizontal scrolling at 320 px, nor at 200 % zoom of a 640 px window`, async () => {
    const problems: string[] = [];
    for (const width of [320, 640]) {
      const { page, context } = await open(browser, path, { viewport: { width, height: 800 }, deviceScaleFactor: width === 640 ? 2 : 1 });
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      if (sw > width + 1) problems.push(`${name} at ${width}px: page is ${sw}px wide`);
      if (width === 320) await screenshot(page, `reflow-${name}`);
      await context.close();
    }
    assert.deepEqual(problems, []);
  });
}

test("keyboard: skip link first, focus visible, slider and play reachable and operable", async () => {
  const { page, context } = await open(browser, "/");
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => ({ cls: document.activeElement?.className, text: document.activeElement?.textContent }));
  assert.equal(first.cls, "skip-link");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.notEqual(outline, "none", "focus must be visible");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  // Tab on to the play button and the slider.
  const seen: string[] = [];
  // The story's steps, footnotes and step controls come first: the free-play map follows them.
  for (let i = 0; i < 400 && !seen.includes("year-slider"); i++) {
    await page.keyboard.press("Tab");
    const c = await page.evaluate(() => (document.activeElement?.getAttribute("class") ?? "").split(/\s+/));
    seen.push(...c.filter((x) => x === "play" || x === "year-slider"));
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), "none");
  }
  assert.ok(seen.includes("play"), "play button reachable by Tab");
  assert.ok(seen.includes("year-slider"), "slider reachable by Tab");
  const before = await page.locator("#map output.year-value").innerText();
  await page.keyboard.press("ArrowLeft");
  assert.notEqual(await page.locator("#map output.year-value").innerText(), before);
  await context.close();
});

test("the embed code opens and copies from the keyboard", async () => {
  const { page, context } = await open(browser, "/en/", { permissions: ["clipboard-read", "clipboard-write"] });
  const summary = page.locator("#map details.embed-code summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("#map details.embed-code").evaluate((d) => (d as HTMLDetailsElement).open), true);
  await page.keyboard.press("Tab"); // the live code's text area
  await page.keyboard.press("Tab"); // its copy button
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Copy code");
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), "none");
  await page.keyboard.press("Enter");
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^<div data-ntm-embed-box[^>]*><iframe /);
  await context.close();
});

test("the commune finder works from the keyboard", async () => {
  const { page, context } = await open(browser, "/en/commune/");
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.id)) === "finder-input") break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), "finder-input");
  await page.keyboard.type("dong tam");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Đồng Tâm");
  await context.close();
});

test("prefers-reduced-motion: nothing plays by itself, and colour changes are not animated", async () => {
  const { page, context } = await open(browser, "/", { reducedMotion: "reduce" });
  const y0 = await page.locator("#map output.year-value").innerText();
  await page.waitForTimeout(1500);
  assert.equal(await page.locator("#map output.year-value").innerText(), y0);
  const transition = await page.locator("#map path[data-key]").first().evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(transition, "0s");
  await context.close();
});
