/**
 * The press kit as shipped (issue 17, the remaining parts): embeds draw in the report's own font;
 * the embed code without its script keeps the whole chart visible from 320 to 1000 px wide and
 * leaves little blank; district maps' SVG and PNG follow the year; "copy link to this view" keeps the
 * commune selected on the map and the year. Run against a built site (E2E_BASE_URL).
 */
import { test } from "@playwright/test";
import { copiedCode as copiedCode_, startHost, type Host } from "./host";
import assert from "node:assert/strict";
import type { Browser, Page } from "@playwright/test";
import * as fontkit from "fontkit";
import { EMBED_WIDTHS, FIT_MARGIN, FIT_TOLERANCE } from "../../src/charts/embed-heights";
import { sourceFont } from "../../src/fonts/subset";
import { chartContext } from "../../src/charts/context";
import { LAST_YEAR } from "../../src/config";
import { open, screenshot } from "./browser";
import { readFileSync, writeFileSync } from "node:fs";
import { pngName, svgSize } from "../../src/lib/svg-png";
import { toPng } from "../../src/charts/png";

let browser: Browser;
let host: Host;
test.beforeAll(async ({ browser: shared }, worker) => {
  browser = shared;
  host = await startHost(worker.parallelIndex);
});
test.afterAll(() => host?.close());
const article = (path: string, code: string) => host.article(path, code);
const copiedCode = (path: string, figure: string, before?: (page: Page) => Promise<void>) => copiedCode_(browser, path, figure, before);

test("embeds draw in the pages' font, Be Vietnam Pro, with a glyph for every character they show", async () => {
  const full = fontkit.openSync(sourceFont(400));
  const { page: home, context: hc } = await open(browser, "/");
  const pageFont = await home.evaluate(() => getComputedStyle(document.body).fontFamily);
  await hc.close();
  for (const path of ["/embed/map/", "/en/embed/map/binh-lieu/", "/embed/timeline/", "/en/embed/districts/", "/embed/v1.0.0/map/"]) {
    const { page, context, foreign } = await open(browser, path);
    const r = await page.evaluate(async () => {
      await document.fonts.ready;
      const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "Be Vietnam Pro");
      const text = document.body.innerText + [...document.querySelectorAll('script[type="application/json"]')].map((s) => s.textContent).join("");
      return {
        family: getComputedStyle(document.body).fontFamily,
        loaded: faces.filter((f) => f.status === "loaded").map((f) => f.weight),
        src: (document.querySelector('link[rel="preload"][as="font"]') as HTMLLinkElement | null)?.href ?? "",
        text,
      };
    });
    assert.equal(r.family, pageFont, `${path}: the embed's font stack is the pages'`);
    assert.deepEqual(r.loaded, ["400"], `${path}: Be Vietnam Pro 400 loaded`);
    assert.deepEqual(foreign, []);
    // Every character the embed shows that the full font draws has its own glyph in the embed's cut.
    const font = fontkit.create(Buffer.from(await (await page.request.get(r.src)).body()));
    const shown = [...new Set(r.text.normalize("NFC"))].filter((c) => c.codePointAt(0)! > 0x20 && full.hasGlyphForCodePoint(c.codePointAt(0)!));
    assert.ok(shown.some((c) => c.normalize("NFD").length > 1), `${path}: has Vietnamese letters with marks`);
    const missing = shown.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!) || font.glyphForCodePoint(c.codePointAt(0)!).id === 0);
    assert.deepEqual(missing, [], `${path}: characters without a glyph in ${r.src}`);
    await context.close();
  }
});

/** Content height, iframe height and where the host's next paragraph starts, for a pasted code. */
async function pasted(name: string, code: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(article(`/${name}-${width}`, code));
  const frame = page.frameLocator("iframe");
  await frame.locator(".embed-credit").waitFor();
  const inner = await frame.locator("body").evaluate(async (b) => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(r));
    return { content: Math.ceil(b.getBoundingClientRect().height), viewport: window.innerHeight, credit: Math.ceil(document.querySelector(".embed-credit")!.getBoundingClientRect().bottom) };
  });
  const outer = await page.evaluate(() => {
    const f = document.querySelector("iframe")!.getBoundingClientRect();
    return {
      frame: Math.round(f.height),
      frameBottom: f.bottom,
      frameWidth: f.width,
      after: document.getElementById("after")!.getBoundingClientRect().top,
      before: document.getElementById("before")!.getBoundingClientRect().bottom,
      frameTop: f.top,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  return { page, context, inner, outer };
}

test("without the script the box shows the whole chart at 320, 600 and 1000 px, with little blank below, and leaves the host's flow alone", async () => {
  const codes: [string, string][] = [
    ["map", await copiedCode("/", "map")],
    ["timeline", await copiedCode("/", "timeline")],
    ["districts", await copiedCode("/", "districts")],
    ["district-map", await copiedCode("/en/district/binh-lieu/", "map-binh-lieu")],
    [
      "pinned-map",
      await copiedCode("/?year=2011", "map", async (page) => {
        await page.locator("#map details.embed-code summary").click();
        await page.locator('#map details.embed-code input[name="pin"][value="pinned"]').check();
      }),
    ],
  ];
  for (const [name, code] of codes) {
    const bare = code.replace(/\n?<script[^>]*><\/script>/, "");
    assert.doesNotMatch(bare, /<script/);
    assert.match(bare, /^<div data-ntm-embed-box style="[^"]*padding:0 0 calc\(\d+px [+-] [\d.]+%( [+-] [\d.]+ \* max\(0px, 100% - \d+px\))*\) 0">/, `${name}: a responsive box`);
    for (const width of EMBED_WIDTHS) {
      const { page, context, inner, outer } = await pasted(`bare-${name}`, bare, width);
      const where = `${name} at ${width}px`;
      assert.ok(inner.content <= inner.viewport && inner.credit <= inner.viewport, `${where}: content ${inner.content}px in a ${inner.viewport}px frame (run npm run measure:embeds)`);
      // The blank below the chart: the fit's margin and tolerance, plus what the tallest variant
      // (pinned, longest caption, the other language) needs beyond this one: at most 10% of the chart's height.
      const blank = inner.viewport - inner.content;
      assert.ok(blank <= FIT_MARGIN + FIT_TOLERANCE + 0.1 * inner.content, `${where}: ${blank}px blank under ${inner.content}px of chart`);
      // The host's flow: full column width, the next paragraph right under the box, no sideways scroll.
      assert.ok(Math.abs(outer.frameWidth - width) <= 1, `${where}: frame ${outer.frameWidth}px wide`);
      assert.ok(Math.abs(outer.frameTop - outer.before) <= 1 && Math.abs(outer.after - outer.frameBottom) <= 1, `${where}: the host's paragraphs moved`);
      assert.equal(outer.overflow, 0, `${where}: the host scrolls sideways`);
      if (width === 600) await screenshot(page, `press-bare-${name}-${width}`);
      await context.close();
    }
  }
});

test("with the script the box takes the chart's exact height, and the host's next paragraph follows it", async () => {
  const code = await copiedCode("/", "map");
  for (const width of [320, 1000]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(article(`/live-${width}`, code));
    await page.waitForFunction(() => /px$/.test((document.querySelector("iframe[data-ntm-embed]") as HTMLIFrameElement).style.height), null, { timeout: 10_000 });
    const content = await page.frameLocator("iframe").locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    const r = await page.evaluate(() => ({
      frame: document.querySelector("iframe")!.getBoundingClientRect().height,
      box: (document.querySelector("[data-ntm-embed-box]") as HTMLElement).getBoundingClientRect().height,
      gap: document.getElementById("after")!.getBoundingClientRect().top - document.querySelector("iframe")!.getBoundingClientRect().bottom,
    }));
    assert.ok(Math.abs(r.frame - content) <= 2 && Math.abs(r.box - r.frame) <= 1 && Math.abs(r.gap) <= 1, `at ${width}px: frame ${r.frame}, box ${r.box}, content ${content}, gap ${r.gap}`);
    await context.close();
  }
});

/** The pixels of a PNG or SVG (as a data: URL), decoded by the page's browser: RGBA bytes and the size. */
async function pixels(page: Page, dataUrl: string) {
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext("2d")!;
    g.drawImage(img, 0, 0);
    return { width: c.width, height: c.height, data: [...g.getImageData(0, 0, c.width, c.height).data] };
  }, dataUrl);
}
/** Mean absolute difference per channel (0–255) of two equal-sized RGBA images, over rows [from, to). */
const diff = (a: number[], b: number[], width: number, from: number, to: number) => {
  let sum = 0;
  for (let i = from * width * 4; i < to * width * 4; i++) sum += Math.abs(a[i] - b[i]);
  return sum / ((to - from) * width * 4);
};

test("a district map's SVG and PNG follow the year on screen: another year's PNG is drawn in the browser, in Be Vietnam Pro", async () => {
  const ctx = chartContext();
  const district = ctx.districts[0].id;
  const { page, context } = await open(browser, `/huyen/${district}/`, { acceptDownloads: true });
  const fig = `#map-${district}`;
  const kit = page.locator(`${fig} details.embed-code`);
  await kit.locator("summary").click();
  const png = kit.getByRole("link", { name: "PNG", exact: true });
  const png2 = kit.getByRole("link", { name: "PNG 2×", exact: true });
  assert.equal(await png.isVisible(), true, `PNG shown for ${LAST_YEAR}`);
  assert.match((await png.getAttribute("href"))!, new RegExp(`/img/map-${district}\\.png$`), "the built PNG for the last year");
  await page.locator(`${fig} input.year-slider`).focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  const year = Number(await page.locator(`${fig} output.year-value`).innerText());
  assert.notEqual(year, LAST_YEAR);
  const svgHref = (await kit.getByRole("link", { name: "SVG" }).getAttribute("href"))!;
  assert.match(svgHref, new RegExp(`/img/map-${district}-${year}\\.svg$`));
  const res = await page.request.get(new URL(svgHref, page.url()).href);
  assert.equal(res.status(), 200);
  const svg = await res.text();
  assert.match(svg, new RegExp(`<title[^>]*>[^<]*${year}</title>`), "the SVG is titled with its year");
  // The map of that year: the same classes as the page's map shows for the district's communes.
  const shown = await page.locator(`${fig} path[data-unit]:not([display])`).evaluateAll((ps) => ps.map((p) => `${p.getAttribute("data-unit")} ${p.getAttribute("class")}`));
  const inSvg = new Set([...svg.matchAll(/<path[^>]*?class="([^"]+)"[^>]*?data-unit="([^"]+)"|<path[^>]*?data-unit="([^"]+)"[^>]*?class="([^"]+)"/g)].map((m) => (m[1] ? `${m[2]} ${m[1]}` : `${m[3]} ${m[4]}`)));
  assert.ok(shown.length > 0 && inSvg.size > 0);
  assert.deepEqual(shown.filter((s) => !inSvg.has(s)), [], "the SVG's classes differ from the map's");

  // PNG and PNG 2× of that year: a download of a real PNG of the SVG's size, named for the year.
  assert.equal(await png.isVisible(), true, "a PNG is offered for every year");
  assert.equal(await kit.locator(".png-only").isVisible(), false);
  const { width, height } = svgSize(svg);
  const got: Record<number, Buffer> = {};
  for (const [link, scale] of [[png, 1], [png2, 2]] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    assert.equal(download.suggestedFilename(), pngName(`map-${district}`, year, scale));
    const bytes = readFileSync((await download.path())!);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG signature");
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [Math.round(width * scale), Math.round(height * scale)], `${scale}×: the SVG's size × ${scale}`);
    got[scale] = bytes;
  }
  // Not blank: the SVG's own fills (communes, their hatching, the legend; not the white paper) cover a good part of it.
  const img = await pixels(page, `data:image/png;base64,${got[1].toString("base64")}`);
  const hex = (i: number) => `#${[0, 1, 2].map((k) => img.data[i + k].toString(16).padStart(2, "0")).join("")}`;
  const counts = new Map<string, number>();
  for (let i = 0; i < img.data.length; i += 4) counts.set(hex(i), (counts.get(hex(i)) ?? 0) + 1);
  const fills = new Set([...svg.matchAll(/\sfill="(#[0-9a-f]{6})"/gi)].map((m) => m[1].toLowerCase()).filter((f) => f !== "#ffffff"));
  const filled = [...fills].reduce((n, f) => n + (counts.get(f) ?? 0), 0);
  assert.ok(fills.size > 0 && filled > 0.05 * width * height, `${filled} px of the map's fills ${[...fills].join(" ")} in ${width}×${height}`);
  assert.ok(counts.size > 50, `${counts.size} colours: text and edges are drawn`);
  // The font: the title band is closer to the build's own rendering (resvg, Be Vietnam Pro) than the
  // same SVG drawn by the browser without the inlined font is.
  const built = await pixels(page, `data:image/png;base64,${Buffer.from(await toPng(svg, 1)).toString("base64")}`);
  const bare = await pixels(page, `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`);
  assert.deepEqual([built.width, built.height, bare.width], [width, height, width]);
  const band = 40;
  const withFont = diff(img.data, built.data, width, 0, band);
  const without = diff(bare.data, built.data, width, 0, band);
  assert.ok(withFont < without * 0.7, `title band vs the build's PNG: ${withFont.toFixed(2)} with the font, ${without.toFixed(2)} without`);
  console.log(`district PNG ${year}: title band vs the build's PNG ${withFont.toFixed(2)} with the font, ${without.toFixed(2)} without`);
  writeFileSync(`test-results/press-district-${year}.png`, got[1]);
  await screenshot(page, "press-district-png");
  await context.close();
});

test("when the browser cannot draw another year's PNG, the kit says which year has one instead of offering a broken link", async () => {
  const district = chartContext().districts[1].id;
  const { page, context } = await open(browser, `/en/district/${district}/`, { acceptDownloads: true });
  // The drawing module does not load (offline, blocked): the click must not download an SVG as a PNG.
  await page.route("**/svg-png.js", (r) => r.abort());
  const fig = `#map-${district}`;
  const kit = page.locator(`${fig} details.embed-code`);
  await kit.locator("summary").click();
  await page.locator(`${fig} input.year-slider`).focus();
  await page.keyboard.press("Home");
  let downloads = 0;
  page.on("download", () => downloads++);
  await kit.getByRole("link", { name: "PNG", exact: true }).click();
  await kit.locator(".png-only").waitFor({ state: "visible" });
  assert.match(await kit.locator(".png-only").innerText(), new RegExp(String(LAST_YEAR)));
  assert.equal(await kit.getByRole("link", { name: "PNG", exact: true }).isVisible(), false);
  assert.equal(downloads, 0);
  // Back on the last year, its built PNG is offered again.
  await page.locator(`${fig} input.year-slider`).focus();
  await page.keyboard.press("End");
  assert.equal(await kit.getByRole("link", { name: "PNG", exact: true }).isVisible(), true);
  assert.match((await kit.getByRole("link", { name: "PNG", exact: true }).getAttribute("href"))!, new RegExp(`/img/en/map-${district}\\.png$`));
  await context.close();
});

test("a kit left closed while the year changes shows that year once opened: images, builder, code and citation", async () => {
  // The kit is brought up to date when it opens, not on every year change while it is closed (issue 21).
  const { page, context } = await open(browser, "/");
  await page.locator("#map input.year-slider").focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  const year = Number(await page.locator("#map output.year-value").innerText());
  assert.notEqual(year, LAST_YEAR);
  const kit = page.locator("#map details.embed-code");
  assert.equal(await kit.evaluate((d) => (d as HTMLDetailsElement).open), false, "the kit starts closed");
  await kit.locator("summary").click();
  assert.match((await kit.getByRole("link", { name: "SVG" }).getAttribute("href"))!, new RegExp(`-${year}\\.svg$`));
  assert.equal(await kit.locator('select[name="year"]').inputValue(), String(year));
  assert.match(await kit.locator("textarea.code").inputValue(), new RegExp(`year=${year}\\b`));
  assert.match(await kit.locator("textarea.cite-text").inputValue(), new RegExp(`year=${year}\\b`));
  await context.close();
});

test("copy link to this view keeps the commune chosen by a tap or by the search, and the year", async () => {
  const { page, context } = await open(browser, "/", { permissions: ["clipboard-read", "clipboard-write"] });
  await page.locator("#map input.year-slider").focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const year = await page.locator("#map output.year-value").innerText();
  const kit = page.locator("#map details.embed-code");
  await kit.locator("summary").click();
  const copyLink = async () => {
    await kit.locator("button.copy-link").click();
    return new URL(await page.evaluate(() => navigator.clipboard.readText()));
  };
  // A tap on a commune.
  const tapped = (await page.locator("#map path[data-unit]:not([display])").nth(20).getAttribute("data-unit"))!;
  await page.locator(`#map path[data-unit="${tapped}"]:not([display])`).dispatchEvent("click");
  assert.equal(await page.locator("#map .map-card").isVisible(), true);
  // The link says what is on screen, not what the address says: drop the address's query, as a map
  // that does not write it (or a reader who edited it) would leave it.
  await page.evaluate(() => history.replaceState(null, "", location.pathname));
  let link = await copyLink();
  assert.equal(link.searchParams.get("unit"), tapped);
  assert.equal(link.searchParams.get("year"), year);
  assert.equal(link.hash, "#map");
  // The search: a commune whose name is unique, chosen from the hits.
  const names = await page.locator("#map tr[data-unit] th").evaluateAll((ths) => ths.map((th) => [th.closest("tr")!.getAttribute("data-unit")!, th.textContent!.trim()]));
  const counts = new Map<string, number>();
  for (const [, n] of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [found, name] = names.find(([u, n]) => u !== tapped && counts.get(n) === 1 && n.length > 4)!;
  await page.locator("#map .map-search-input").fill(name);
  await page.locator("#map .map-hits button").filter({ hasText: name }).first().click();
  await page.evaluate(() => history.replaceState(null, "", location.pathname));
  link = await copyLink();
  assert.equal(link.searchParams.get("unit"), found);
  assert.equal(link.searchParams.get("year"), year);
  // Closing the card drops the unit from the link.
  await page.locator("#map .card-close").click();
  assert.equal((await copyLink()).searchParams.get("unit"), null);
  // The copied link opens the same view: that year, that commune's card.
  await page.goto(link.href);
  assert.equal(await page.locator("#map output.year-value").innerText(), year);
  assert.equal(await page.locator("#map .map-card").isVisible(), true);
  assert.ok((await page.locator(`#map path[data-unit="${found}"].sel`).count()) > 0, "the linked commune is selected");
  await context.close();
});
