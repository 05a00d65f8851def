import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { getDataset } from "../../src/data/load";
import { releaseDataset } from "../../src/data/releases";
import { BOUNDARY_CREDIT } from "../../src/lib/credits";
import type { Dataset } from "../../src/data/types";
import { datasetModel } from "../../src/lib/status";
import { BASE_URL, launch, open, screenshot, url } from "./browser";

let browser: Browser;
let host: Server;
let hostUrl = "";
before(async () => {
  browser = await launch();
  // The newsroom's page, on another origin (another port) than the report.
  const site = BASE_URL.replace(/\/$/, "");
  const page = readFileSync("tests/fixtures/embed-host.html", "utf8").replaceAll("SITE", site);
  host = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page);
  });
  await new Promise<void>((r) => host.listen(0, "127.0.0.1", r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
after(async () => {
  await browser?.close();
  host?.close();
});

test("a host page embeds the map with the loader: the iframe grows to its content and shows 2016", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.goto(hostUrl);
  const frame = page.locator("iframe[data-ntm-embed]");
  await page.waitForFunction(() => (document.querySelector("iframe[data-ntm-embed]") as HTMLIFrameElement).offsetHeight > 400, null, { timeout: 10_000 });
  const inner = page.frameLocator("iframe[data-ntm-embed]");
  assert.equal(await inner.locator("output.year-value").innerText(), "2016");
  const contentHeight = await inner.locator("html").evaluate((el) => el.scrollHeight);
  const frameHeight = await frame.evaluate((el) => (el as HTMLIFrameElement).offsetHeight);
  assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `iframe ${frameHeight}px vs content ${contentHeight}px`);
  await screenshot(page, "embed-host");
  await context.close();
});

test("the loader ignores height messages from anything but the iframe's own window and origin", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(hostUrl);
  await page.waitForFunction(() => (document.querySelector("iframe[data-ntm-embed]") as HTMLIFrameElement).offsetHeight > 400, null, { timeout: 10_000 });
  const h0 = await page.locator("iframe[data-ntm-embed]").evaluate((el) => (el as HTMLIFrameElement).offsetHeight);
  // A message from the host page itself (wrong source and origin) must not resize anything.
  await page.evaluate(() => window.postMessage({ type: "ntm-embed:height", id: "/embed/map/", height: 3000 }, "*"));
  await page.waitForTimeout(200);
  assert.equal(await page.locator("iframe[data-ntm-embed]").evaluate((el) => (el as HTMLIFrameElement).offsetHeight), h0);
  await context.close();
});

test("controls=0 hides the slider, theme=dark darkens the page, lang=en switches language", async () => {
  let { page, context } = await open(browser, "/embed/map/?controls=0&year=2020");
  assert.equal(await page.locator(".map-controls").isVisible(), false);
  assert.equal(await page.locator("input.year-slider").isVisible(), false);
  assert.match(await page.locator(".map-totals").innerText(), /^Năm 2020/);
  await context.close();
  ({ page, context } = await open(browser, "/embed/timeline/?theme=dark"));
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(20, 20, 22)");
  await screenshot(page, "embed-dark");
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
  assert.equal(await page.getAttribute('link[rel="canonical"]', "href"), new URL("/#map", "https://example.org").href);
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

test("the copy button puts the embed code on the clipboard", async () => {
  const { page, context } = await open(browser, "/en/", { permissions: ["clipboard-read", "clipboard-write"] });
  const details = page.locator("#map details.embed-code");
  await details.locator("summary").click();
  await details.getByRole("button", { name: "Copy code" }).first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^<iframe title="[^"]+" src="https:\/\/example\.org\/en\/embed\/map\/" width="100%" height="\d+" loading="lazy"/);
  assert.match(copied, /<script async src="https:\/\/example\.org\/embed\.js"><\/script>$/);
  await context.close();
});

test("exported images exist at the right pixel sizes and are not blank", async () => {
  const { page, context } = await open(browser, "/");
  for (const [path, w] of [["/img/map-2018.png", 640], ["/img/map-2018@2x.png", 1280], ["/img/en/timeline.png", 680], ["/og/vi/home.png", 1200], ["/og/en/xa/hoanh-mo.png", 1200]] as const) {
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
