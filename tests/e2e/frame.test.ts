/**
 * One chart frame, seen from outside: the page figure, the embed and the exported image of each chart, as
 * served, show the same title, legend labels, source line, boundary credit and description. Expectations come
 * from the served outputs themselves (no copy of the frame's wording here): what the page says must be in the
 * image, and the other way round.
 */
import { test } from "@playwright/test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { LAST_YEAR } from "../../src/config";
import { url } from "./browser";

const get = async (path: string) => {
  const res = await fetch(url(path));
  assert.equal(res.status, 200, path);
  return res.text();
};
const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
const unesc = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
/** An image's words: its <text> contents joined (wrapped lines read as one), its title and its description. */
function image(svg: string) {
  return {
    words: norm([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unesc(m[1])).join(" ")),
    title: unesc(/<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? ""),
    desc: unesc(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? ""),
  };
}
/** What a page figure says around its chart. */
function figure(html: string, id: string) {
  const { document } = parseHTML(html);
  const fig = document.querySelector(`figure#${id}`);
  assert.ok(fig, `figure#${id}`);
  const source = fig.querySelector(".source-line");
  const credit = norm(source?.querySelector(".geo-attribution")?.textContent);
  const sourceParts = norm(source?.textContent).replace(credit, "").split(" · ").map(norm);
  return {
    title: norm(fig.querySelector(".chart-title")?.textContent),
    legend: [...fig.querySelectorAll(".legend-wrap li")].map((li: Element) => norm(li.querySelector("strong")?.textContent ?? li.textContent)),
    notes: [...fig.querySelectorAll(".chart-note, .map-reconcile li")].map((p: Element) => norm(p.textContent)),
    desc: norm(fig.querySelector("svg.ntm-map-svg desc")?.textContent),
    sourceParts,
    credit,
  };
}

for (const [lang, prefix] of [["vi", "/"], ["en", "/en/"]] as const) {
  const img = (name: string) => `/img/${lang === "en" ? "en/" : ""}${name}.svg`;
  const charts = [
    { id: "map", page: prefix, image: img(`map-${LAST_YEAR}`) },
    { id: "map", page: `${prefix}embed/map/`, image: img(`map-${LAST_YEAR}`) },
    { id: "timeline", page: prefix, image: img("timeline") },
    { id: "districts", page: prefix, image: img("districts") },
  ];
  for (const c of charts) {
    test(`${lang}: ${c.page}#${c.id} and ${c.image} say the same around the chart`, async () => {
      const page = figure(await get(c.page), c.id);
      const pic = image(await get(c.image));
      assert.ok(page.title.length > 10, "the page names the chart");
      assert.equal(pic.title, page.title, "title");
      for (const label of page.legend) assert.ok(pic.words.includes(label), `legend "${label}" in the image`);
      for (const note of page.notes) assert.ok(pic.words.includes(note), `note "${note}" in the image`);
      if (page.desc) assert.equal(pic.desc, page.desc, "description");
      // The source and the data version, as the page writes them (the methodology link is the page's own navigation).
      for (const part of page.sourceParts.slice(0, 2)) assert.ok(pic.words.includes(part), `source "${part}" in the image`);
      assert.equal(pic.words.includes(page.credit || "\u0000"), !!page.credit, "the boundary credit on both or neither");
    });
  }
}
