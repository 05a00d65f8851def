import { test } from "@playwright/test";
import assert from "node:assert/strict";
import type { Browser } from "@playwright/test";
import { open, screenshot, url } from "./browser";
import { getDataset } from "../../src/data/load";
import { indexUnits, namesOfAllEras } from "../../src/lib/lineage";
import { normalize } from "../../src/lib/search";

const { recognitions, sources, units } = getDataset();
const publisher = (id: string) => sources.find((s) => s.id === id)!.publisher;

let browser: Browser;
test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
});

test("the story reads without JavaScript, in both languages", async () => {
  for (const [path, h2] of [["/", "Điểm xuất phát"], ["/en/", "Where it started"]]) {
    const { page, context } = await open(browser, path, { javaScriptEnabled: false });
    assert.ok((await page.locator("article h2").allInnerTexts()).includes(h2));
    assert.ok((await page.locator(".stat").count()) > 20, "figures come from <Stat>");
    assert.ok((await page.locator("figure.ntm-map svg path[data-key]").count()) > 186);
    await context.close();
  }
});

test("every figure's footnote leads to a numbered note and on to an existing source anchor", async () => {
  for (const [path, sourcesPath] of [["/", "/nguon/"], ["/en/", "/en/sources/"]]) {
    const { page, context } = await open(browser, path);
    const refs = await page.locator("sup.fn a").evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href") ?? "", text: a.textContent ?? "" })));
    assert.ok(refs.length > 20);
    const notes = await page.locator("section.footnotes ol > li").evaluateAll((lis) =>
      lis.map((li) => ({ id: li.id, href: (li.querySelector("a") as HTMLAnchorElement).href })),
    );
    for (const r of refs) {
      assert.match(r.href, /^#fn-/, `figure links to ${r.href}, not to a note`);
      const i = notes.findIndex((n) => n.id === r.href.slice(1));
      assert.ok(i >= 0, `no note ${r.href}`);
      assert.equal(r.text, String(i + 1), `note ${r.href} is number ${i + 1}`);
    }
    const sources = await context.newPage();
    await sources.goto(url(sourcesPath));
    const ids = new Set(await sources.locator("ol.sources > li").evaluateAll((lis) => lis.map((li) => li.id)));
    for (const n of notes) {
      const u = new URL(n.href);
      assert.equal(u.pathname.endsWith(sourcesPath), true, n.href);
      assert.ok(ids.has(decodeURIComponent(u.hash.slice(1))), `no source anchor for ${n.href}`);
    }
    await context.close();
  }
});

test("a commune page shows its recognition year, decision and source", async () => {
  const { page, context } = await open(browser, "/xa/viet-dan/");
  assert.equal(await page.locator("h1").innerText(), "Việt Dân");
  const recs = await page.locator("#recognitions + ul").innerText();
  assert.match(recs, /NTM kiểu mẫu năm 2019/);
  assert.match(recs, /NTM năm 2013/);
  // Sources are named by publisher, never by id.
  const km = recognitions.find((r) => r.id === "viet-dan-kieu-mau-2019")!;
  const line = await page.locator('li[id="viet-dan-kieu-mau-2019"]').innerText();
  assert.ok(line.includes(`Nguồn: ${publisher(km.sources[0])}`), line);
  assert.doesNotMatch(line, new RegExp(`\\b${km.sources[0]}\\b`));
  // The year-by-year table sits behind its summary (the page leads with a sentence and a strip).
  await page.locator("details.by-year summary").click();
  const table = await page.locator("details.by-year tbody").innerText();
  assert.match(table, /2012\s+Chưa đạt chuẩn/);
  assert.match(table, /2019\s+NTM kiểu mẫu/);
  await screenshot(page, "commune-viet-dan");
  await context.close();
});

test("a commune without a year of its own says so plainly, with its bound and a way to improve it", async () => {
  // Hoành Mô has no NTM record of its own: its bound is Bình Liêu district's standard year, as the data says.
  const district = recognitions.find((r) => r.unit === "binh-lieu" && r.level === "ntm" && r.wording === "recognised")!;
  assert.ok(!recognitions.some((r) => r.unit === "hoanh-mo" && r.level === "ntm" && r.wording === "recognised"));
  const { page, context } = await open(browser, "/en/commune/hoanh-mo/");
  assert.match(
    await page.locator(".unknown").innerText(),
    new RegExp(`No source we have found gives the exact year.*no later than ${district.year}, when Bình Liêu was recognised`, "s"),
  );
  // Three ways to improve it: the pre-filled correction form, the form-based editor, the JSON.
  const improve = page.locator(".improve");
  assert.match(await improve.innerText(), /Know the decision\? Improve this record/);
  const report = new URL((await improve.getByRole("link", { name: "report a correction (form)" }).getAttribute("href"))!);
  assert.equal(report.searchParams.get("template"), "correction.yml");
  assert.match(report.searchParams.get("commune")!, /^Hoành Mô commune \(Bình Liêu district\)$/);
  assert.match(report.searchParams.get("current")!, new RegExp(`${district.year}`));
  assert.match((await improve.getByRole("link", { name: "edit in the data editor" }).getAttribute("href"))!, /\/admin\/en\/#\/collections\/data\/entries\/recognitions$/);
  assert.match((await improve.getByRole("link", { name: "edit the JSON" }).getAttribute("href"))!, /\/edit\/main\/data\/recognitions\.json$/);
  await context.close();
});

test("the finder finds 'hoanh mo' without accents", async () => {
  const { page, context } = await open(browser, "/xa/");
  await page.getByLabel(/Tìm xã/).fill("hoanh mo");
  const visible = await page.locator("li[data-search]:not([hidden]) a").allInnerTexts();
  // Every commune one of whose names, of any era (2025 units included), is "Hoành Mô".
  const index = indexUnits(units);
  const expected = units.filter((u) => u.geo_id && namesOfAllEras(index, u).some((n) => normalize(n).includes("hoanh mo"))).map((u) => u.name);
  assert.deepEqual([...visible].sort(), [...expected].sort());
  assert.ok(visible.includes("Hoành Mô"));
  await page.getByRole("link", { name: "Hoành Mô" }).click();
  await page.waitForURL(/\/xa\/hoanh-mo\/$/);
  await context.close();
});

test("without JavaScript the commune index is a plain list grouped by district", async () => {
  const { page, context } = await open(browser, "/en/commune/", { javaScriptEnabled: false });
  assert.equal(await page.locator("li[data-search]").count(), 186);
  assert.ok(await page.locator("h2", { hasText: "Bình Liêu" }).isVisible());
  await context.close();
});

test("the language switch round-trips on a commune page", async () => {
  const { page, context } = await open(browser, "/xa/hoanh-mo/");
  await page.getByRole("link", { name: "English" }).click();
  await page.waitForURL(/\/en\/commune\/hoanh-mo\/$/);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await page.waitForURL(/\/xa\/hoanh-mo\/$/);
  await context.close();
});

test("district, methodology, sources and data pages render", async () => {
  const checks: [string, RegExp][] = [
    ["/huyen/binh-lieu/", /148\/QĐ-TTg/],
    ["/en/district/co-to/", /2476\/QĐ-TTg/],
    ["/phuong-phap/", /Khi các nguồn không thống nhất/],
    ["/en/methodology/", /53/],
    ["/en/sources/", /seed-003/],
    ["/du-lieu/", /datapackage\.json/],
  ];
  for (const [path, re] of checks) {
    const { page, context } = await open(browser, path);
    assert.match(await page.locator("main").innerText(), re, path);
    await context.close();
  }
});
