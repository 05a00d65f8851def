import { test } from "@playwright/test";
import assert from "node:assert/strict";
import type { Browser } from "@playwright/test";
import { open } from "./browser";
import { getDataset } from "../../src/data/load";
import { communes, destinations2025, indexUnits, predecessors2025, units2025 } from "../../src/lib/lineage";
import { normalize } from "../../src/lib/search";

// Every expectation below is computed from data/units.json through the same lineage functions the pages use.
const { units } = getDataset();
const index = indexUnits(units);
const list = units2025(units);
const shapes = communes(units);
const splitOnes = shapes.filter((u) => destinations2025(index, u.id).length > 1);
const merged = list.filter((u) => predecessors2025(units, index, u.id).length > 1);
const sample = merged[0];
const renamed = shapes.filter((u) => (u.lineage ?? []).some((e) => e.event === "renamed" && e.new_name));

let browser: Browser;
test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
});

test("the 2025 view draws every 2019 shape, stripes the split ones and names every unit of 2025, without JavaScript", async () => {
  for (const path of ["/sap-xep-2025/", "/en/reorganisation-2025/"]) {
    const { page, context } = await open(browser, path, { javaScriptEnabled: false });
    const map = page.locator("figure.reorg-map svg");
    assert.equal(await map.locator("path.c").count(), shapes.length);
    assert.equal(await map.locator("path.c.split").count(), splitOnes.length);
    for (const u of splitOnes) {
      const to = (await map.locator(`path[data-unit="${u.id}"]`).getAttribute("data-to"))?.split(" ");
      assert.deepEqual(to, destinations2025(index, u.id).map((d) => d.into), u.id);
    }
    const labels = await map.locator("text[data-label]").evaluateAll((ts) => ts.map((t) => t.getAttribute("data-label")));
    assert.deepEqual(new Set(labels), new Set(list.map((u) => u.id)));
    // The table: one row per unit of 2025, listing its 2019 communes.
    assert.equal(await page.locator("tr[data-unit2025]").count(), list.length);
    const row = page.locator(`tr[data-unit2025="${sample.id}"]`);
    const from = await row.locator("li[data-from]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-from")));
    assert.deepEqual(from.sort(), predecessors2025(units, index, sample.id).map((p) => p.unit.id).sort());
    if (sample.item) assert.match(await row.innerText(), new RegExp(`\\b${sample.item}\\b`));
    await context.close();
  }
});

test("a commune page says which unit(s) of 2025 it became, by which item, in both languages", async () => {
  const whole = predecessors2025(units, index, sample.id).find((p) => !p.destination.part)!.unit;
  for (const [base, u] of ["/xa/", "/en/commune/"].flatMap((b) => [splitOnes[0], whole].map((x) => [b, x] as const))) {
    const { page, context } = await open(browser, `${base}${u.id}/`, { javaScriptEnabled: false });
    const section = page.locator("section.successors-2025");
    const dest = destinations2025(index, u.id);
    assert.deepEqual((await section.getAttribute("data-successors"))?.split(" "), dest.map((d) => d.into));
    const text = await section.innerText();
    for (const d of dest) {
      assert.ok(text.includes(index.get(d.into)!.name), `${u.id}: ${d.into}`);
      if (d.item) assert.match(text, base === "/xa/" ? new RegExp(`khoản ${d.item} Điều 1`) : new RegExp(`item ${d.item} of Article 1`));
    }
    await context.close();
  }
});

test("the finder finds a unit of 2025 by its name and lists the 2019 communes that went into it", async () => {
  const expected = new Set(predecessors2025(units, index, sample.id).map((p) => p.unit.id));
  for (const path of ["/xa/", "/en/commune/"]) {
    const { page, context } = await open(browser, path);
    const input = page.locator("[data-finder] input");
    await input.fill(normalize(sample.name));
    const visible = new Set(await page.locator("li[data-search]:not([hidden])").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-id"))));
    for (const id of expected) assert.ok(visible.has(id), `${path}: "${sample.name}" should list ${id}`);
    await input.fill(sample.name);
    const again = await page.locator("li[data-search]:not([hidden])").count();
    assert.equal(again, visible.size, "accents change nothing");
    // A name from a renaming (e.g. Trới → Hoành Bồ) finds the commune too.
    for (const u of renamed) {
      await input.fill(u.lineage!.find((e) => e.event === "renamed")!.new_name!);
      const ids = await page.locator("li[data-search]:not([hidden])").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-id")));
      assert.ok(ids.includes(u.id), `${path}: renamed name finds ${u.id}`);
    }
    await context.close();
  }
});
