import { test } from "@playwright/test";
import { copiedCode as copiedCode_, startHost, type Host } from "./host";
import assert from "node:assert/strict";
import type { Browser, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { csvParse } from "d3";
import { getDataset } from "../../src/data/load";
import { releaseDataset } from "../../src/data/releases";
import { BOUNDARY_CREDIT } from "../../src/lib/credits";
import type { Dataset } from "../../src/data/types";
import { datasetModel } from "../../src/lib/status";
import { makeStatusModel } from "../../src/lib/status";
import { EMBED_WIDTHS } from "../../src/charts/embed-heights";
import { YEARS } from "../../src/config";
import { BASE_URL, open, screenshot, url } from "./browser";

let browser: Browser;
let host: Host;
test.beforeAll(async ({ browser: shared }, worker) => {
  browser = shared;
  host = await startHost(worker.parallelIndex);
});
test.afterAll(() => host?.close());
const article = (path: string, code: string) => host.article(path, code);
const copiedCode = (path: string, figure: string, before?: (page: Page) => Promise<void>) => copiedCode_(browser, path, figure, before);

const frameHeight = (page: Page) => page.locator("iframe[data-ntm-embed]").evaluate((el) => (el as HTMLIFrameElement).offsetHeight);

test("the copied code names the site's own origin and works pasted on another origin: the iframe fits its content", async () => {
  const code = await copiedCode("/?year=2016", "map");
  const origin = new URL(BASE_URL).origin;
  assert.match(code, /^<div data-ntm-embed-box style="[^"]+"><iframe title="[^"]+" src="([^"]+)" loading="lazy"/);
  const src = new URL(/src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, "&"));
  assert.equal(src.origin, origin, `the code points at ${src.origin}, the site is served at ${origin}: build with NTM_SITE=${origin}`);
  assert.equal(src.searchParams.get("year"), "2016", "the code carries the year on screen");
  assert.match(code, new RegExp(`<script async src="${origin.replace(/[.]/g, "\\.")}/[^"]*embed\\.js"></script>$`));

  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.goto(article("/article", code));
  const inner = page.frameLocator("iframe[data-ntm-embed]");
  assert.equal(await inner.locator("output.year-value").innerText(), "2016");
  await page.waitForFunction(
    () => {
      const f = document.querySelector("iframe[data-ntm-embed]") as HTMLIFrameElement;
      const d = f.contentDocument; // cross-origin: null; use the reported height instead
      return !d && /px$/.test(f.style.height);
    },
    null,
    { timeout: 10_000 },
  );
  const content = await inner.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  assert.ok(Math.abs((await frameHeight(page)) - content) <= 2, `iframe ${await frameHeight(page)}px vs content ${content}px`);
  await screenshot(page, "embed-host");
  await context.close();
});

test("a guest: moving the embedded slider adds no history to the host, and every link opens a new tab", async () => {
  const code = await copiedCode("/", "map");
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.goto(article("/guest", code));
  const before = await page.evaluate(() => history.length);
  const inner = page.frameLocator("iframe[data-ntm-embed]");
  const slider = inner.locator("input.year-slider");
  // The iframe loads lazily and its script after it: wait until the map's script is ready (the last step of
  // its start marks the search box), or the key presses move a slider that nothing listens to yet.
  await inner.locator(".map-search.js-ready").waitFor({ state: "attached" });
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
  assert.equal(await inner.locator("output.year-value").innerText(), String(YEARS[YEARS.length - 4]));
  assert.equal(await page.evaluate(() => history.length), before, "history entries added to the host page");
  assert.equal(page.url(), `${host.origin}/guest`);
  const links = await inner.locator("a").evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href"), target: a.getAttribute("target"), rel: a.getAttribute("rel") ?? "" })));
  assert.ok(links.length > 5, "the embed has links");
  const bad = links.filter((l) => l.target !== "_blank" || !l.rel.split(/\s+/).includes("noopener"));
  assert.deepEqual(bad, [], "links without a new-tab target");
  await context.close();
});

test("the loader ignores height messages from anything but the iframe's own window and origin", async () => {
  const code = await copiedCode("/", "map");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(article("/forged", code));
  await page.waitForFunction(() => /px$/.test((document.querySelector("iframe[data-ntm-embed]") as HTMLIFrameElement).style.height), null, { timeout: 10_000 });
  const h0 = await frameHeight(page);
  // A message from the host page itself (wrong source and origin) must not resize anything.
  await page.evaluate(() => window.postMessage({ type: "ntm-embed:height", id: "/embed/map/", height: 3000 }, "*"));
  await page.waitForTimeout(200);
  assert.equal(await frameHeight(page), h0);
  await context.close();
});

test("without the script (a CMS that strips it) each iframe shows its whole chart at 320, 600 and 1000 px", async () => {
  const codes: [string, string][] = [];
  for (const [path, fig] of [["/", "map"], ["/", "timeline"], ["/", "districts"], ["/en/district/binh-lieu/", "map-binh-lieu"]]) {
    codes.push([`${path}#${fig}`, await copiedCode(path, fig)]);
  }
  // The pinned variant of the map, as the builder writes it.
  codes.push(["pinned map", await copiedCode("/", "map", async (page) => {
    await page.locator("#map details.embed-code summary").click();
    await page.locator('#map details.embed-code input[name="pin"][value="pinned"]').check();
  })]);
  for (const [name, code] of codes) {
    if (name === "pinned map") assert.match(code, /\/v\d+\.\d+\.\d+\/map\//);
    const bare = code.replace(/\n?<script[^>]*><\/script>/, "");
    assert.doesNotMatch(bare, /<script/);
    for (const width of EMBED_WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(article(`/bare-${width}`, bare));
      const frame = page.frameLocator("iframe");
      await frame.locator(".embed-credit").waitFor();
      const r = await frame.locator("body").evaluate(async (b) => {
        await document.fonts.ready;
        return { content: Math.ceil(b.getBoundingClientRect().height), viewport: window.innerHeight, credit: Math.ceil(document.querySelector(".embed-credit")!.getBoundingClientRect().bottom) };
      });
      assert.ok(r.content <= r.viewport && r.credit <= r.viewport, `${name} at ${width}px: content ${r.content}px in a ${r.viewport}px iframe (run npm run measure:embeds)`);
      if (width === 320) await screenshot(page, `embed-bare-${name.replace(/\W+/g, "-")}-${width}`);
      await context.close();
    }
  }
});

test("?theme=dark has its own palette and passes axe; the default is light whatever the reader's OS says", async () => {
  for (const chart of ["map", "timeline", "districts"]) {
    const { page, context } = await open(browser, `/embed/${chart}/?theme=dark`);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(bg, "rgb(255, 255, 255)");
    const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), [], `${chart} dark`);
    if (chart === "map") {
      // Outlines light on the dark page, wards not near-white blocks.
      const stroke = await page.locator("#map path.districts").evaluate((p) => getComputedStyle(p).stroke);
      const ward = await page.locator("#map path.s-not-in-programme:not([display])").first().evaluate((p) => getComputedStyle(p).fill);
      const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      assert.ok(lum(stroke) > 180, `district outline ${stroke}`);
      assert.ok(lum(ward) < 100, `ward fill ${ward}`);
      await screenshot(page, "embed-dark-map");
    }
    await context.close();
  }
  const { page, context } = await open(browser, "/embed/map/", { colorScheme: "dark" });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(255, 255, 255)");
  await context.close();
});

test("the map's CSV agrees with the map's classes for a sampled year", async () => {
  const { page, context } = await open(browser, "/");
  // The file the map's press kit links to, as a reader downloads it.
  const href = await page.locator('#map details.embed-code a[href$="/chart-map.csv"]').getAttribute("href");
  const csv = csvParse(await (await page.request.get(new URL(href!, page.url()).href)).text());
  // The sampled year: the one where the CSV shows the most different statuses (the hardest to get right).
  const years = csv.columns.filter((c) => c.startsWith("status_")).map((c) => Number(c.slice(7)));
  assert.ok(years.length > 0 && csv.length > 100, `${href}: no status columns or rows`);
  const year = years.reduce((best, y) => (new Set(csv.map((r) => r[`status_${y}`])).size > new Set(csv.map((r) => r[`status_${best}`])).size ? y : best));
  const status = new Map(csv.map((r) => [r.id, r[`status_${year}`]]));
  await page.goto(url(`/?year=${year}`));
  const shown = await page.locator("#map path[data-unit]:not([display])").evaluateAll((ps) => ps.map((p) => [p.getAttribute("data-unit")!, p.getAttribute("class")!]));
  assert.ok(shown.length > 100);
  const wrong = shown.filter(([unit, cls]) => cls !== `s-${status.get(unit)}`);
  assert.deepEqual(wrong, [], `${year}: map classes that the CSV does not give`);
  await context.close();
});

test("PNG and SVG links, the builder's year and the link to this view follow the year on screen", async () => {
  const { page, context } = await open(browser, "/", { permissions: ["clipboard-read", "clipboard-write"] });
  const kit = page.locator("#map details.embed-code");
  await page.locator("#map input.year-slider").focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  const year = await page.locator("#map output.year-value").innerText();
  await kit.locator("summary").click();
  assert.match((await kit.getByRole("link", { name: "PNG", exact: true }).getAttribute("href"))!, new RegExp(`map-${year}\\.png$`));
  assert.match((await kit.getByRole("link", { name: "SVG" }).getAttribute("href"))!, new RegExp(`map-${year}\\.svg$`));
  assert.equal(await kit.locator('select[name="year"]').inputValue(), year);
  assert.match(await kit.locator("textarea.code").inputValue(), new RegExp(`year=${year}`));
  await kit.locator("button.copy-link").click();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(link.searchParams.get("year"), year);
  assert.equal(link.hash, "#map");
  // The preview loads once the kit is open, and follows the options.
  await kit.locator('input[name="theme"][value="dark"]').check();
  assert.match((await kit.locator("iframe.preview-frame").getAttribute("src"))!, /theme=dark/);
  assert.match(await kit.locator("textarea.cite-bibtex").inputValue(), /^@misc\{/);
  await context.close();
});

test("controls=0 hides the slider, lang=en switches language", async () => {
  let { page, context } = await open(browser, "/embed/map/?controls=0&year=2020");
  assert.equal(await page.locator(".map-controls").isVisible(), false);
  assert.equal(await page.locator("input.year-slider").isVisible(), false);
  assert.match(await page.locator(".map-totals").innerText(), /^Năm 2020/);
  await context.close();
  ({ page, context } = await open(browser, "/embed/districts/?lang=en"));
  await page.waitForURL(/\/en\/embed\/districts\/\?lang=en$/);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await context.close();
});

test("a pinned embed says which data version it shows and links to the changelog", async () => {
  const { page, context, foreign } = await open(browser, "/embed/v1.0.0/map/");
  assert.match(await page.locator(".pinned").innerText(), /Dữ liệu phiên bản 1\.0\.0, cố định/);
  assert.match((await page.locator(".pinned a").getAttribute("href"))!, /du-lieu\/#changelog$/);
  assert.equal(await page.getAttribute('link[rel="canonical"]', "href"), url("/#map"));
  assert.equal(await page.getAttribute('meta[name="robots"]', "content"), "noindex");
  assert.deepEqual(foreign, []);
  await context.close();
});

test("a pinned embed keeps its version's data after the data changes", async () => {
  // Expected classes come from the status model run on each version's data, not typed in: a pinned
  // embed must draw its frozen release, the live embed the current data/.
  const unit = "hoanh-mo";
  const year = 2023;
  const expected = (d: Dataset) => `s-${datasetModel(d).statusAt(unit, year).status}`;
  const pinned = expected(releaseDataset("1.0.0"));
  const live = expected(getDataset());
  // 1.1.0 dated Bình Liêu's standard year (2023) where 1.0.0 only bounded it by 2024; while that holds,
  // the two embeds must differ for this commune, which makes the comparison meaningful.
  assert.notEqual(pinned, live, "pick a unit and year whose status differs between the two versions");
  const classIn = async (path: string) => {
    const { page, context } = await open(browser, `${path}?year=${year}`);
    assert.match(await page.locator(".map-totals").innerText(), new RegExp(`^Năm ${year}`));
    const cls = await page.locator(`path[data-unit="${unit}"]:not([display])`).getAttribute("class");
    await context.close();
    return cls ?? "";
  };
  assert.equal(await classIn("/embed/v1.0.0/map/"), pinned);
  assert.equal(await classIn("/embed/map/"), live);
});

test("robots.txt keeps crawlers out of both embed folders and names the sitemap", async () => {
  const { page, context } = await open(browser, "/");
  const robots = await (await page.request.get(url("/robots.txt"))).text();
  assert.match(robots, new RegExp(`^Disallow: ${new URL(url("/embed/")).pathname}$`, "m"));
  assert.match(robots, new RegExp(`^Disallow: ${new URL(url("/en/embed/")).pathname}$`, "m"));
  assert.match(robots, new RegExp(`^Sitemap: ${url("/sitemap.xml").replace(/[.]/g, "\\.")}$`, "m"));
  await context.close();
});

test("exported images exist at the right pixel sizes and are not blank", async () => {
  const { page, context } = await open(browser, "/");
  // An image's PNGs are its SVG's width at 1× and 2×; social cards are 1200 px wide.
  const svgWidth = async (svg: string) => Number(/<svg [^>]*width="(\d+)"/.exec(await (await page.request.get(url(svg))).text())![1]);
  const mapW = await svgWidth("/img/map-2018.svg");
  const timelineW = await svgWidth("/img/en/timeline.svg");
  for (const [path, w] of [["/img/map-2018.png", mapW], ["/img/map-2018@2x.png", 2 * mapW], ["/img/en/timeline.png", timelineW], ["/og/vi/home.png", 1200], ["/og/en/xa/hoanh-mo.png", 1200]] as const) {
    const r = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext("2d")!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, c.width, c.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < px.length; i += 4 * 97) colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
      return { w: img.naturalWidth, h: img.naturalHeight, colours: colours.size };
    }, url(path));
    assert.equal(r.w, w, path);
    assert.ok(r.h > 100, path);
    assert.ok(r.colours > 8, `${path} looks blank (${r.colours} colours)`);
  }
  const svg = await (await page.request.get(url("/img/map-2018.svg"))).text();
  assert.match(svg, /Các xã Quảng Ninh theo mức đạt chuẩn nông thôn mới, 2018/);
  // The credit is wrapped over several <text> lines; read together, they are the one credit line.
  const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
  assert.ok(words.includes(BOUNDARY_CREDIT.vi), "the image credits the boundaries");
  assert.doesNotMatch(svg, /GADM/);
  await context.close();
});
