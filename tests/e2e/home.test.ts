import { test } from "@playwright/test";
import assert from "node:assert/strict";
import type { Browser } from "@playwright/test";
import { open, screenshot } from "./browser";

let browser: Browser;
test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
});

test("/ is the Vietnamese report with a footer giving the data version", async () => {
  const { page, context, foreign } = await open(browser, "/");
  assert.equal(await page.getAttribute("html", "lang"), "vi");
  assert.match(await page.locator("h1").first().innerText(), /Quảng Ninh/);
  assert.match(await page.locator("h1").first().innerText(), /nông thôn mới/i);
  const footer = await page.locator("footer").innerText();
  assert.match(footer, /Dữ liệu phiên bản\s+\d+\.\d+\.\d+/);
  assert.deepEqual(foreign, []);
  await screenshot(page, "home-vi");
  await context.close();
});

test("/en/ is the English report and the language switch round-trips", async () => {
  const { page, context } = await open(browser, "/en/");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await page.locator("h1").first().innerText(), /New Rural/);
  await screenshot(page, "home-en");
  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await page.waitForLoadState("load");
  assert.equal(await page.getAttribute("html", "lang"), "vi");
  await page.getByRole("link", { name: "English" }).click();
  await page.waitForLoadState("load");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await context.close();
});

test("an unknown address gets the site's own 404 page with status 404", async () => {
  const { page, context } = await open(browser, "/khong-co-trang-nay/");
  assert.match(await page.locator("h1").innerText(), /Không tìm thấy trang/);
  const res = await page.request.get(page.url());
  assert.equal(res.status(), 404);
  await context.close();
});
