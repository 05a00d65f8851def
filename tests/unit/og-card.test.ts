/**
 * Social cards are drawn over a once-rendered image of their district's map (src/charts/og.ts cardPng), not
 * as vectors each time: the PNG must show the picture of the all-vector card (cardSvg), pixel for pixel up to
 * antialiasing. Cards chosen from the data: a home card, a district card, and the commune cards whose
 * outline box is the largest, the smallest and one at the map's edge (the highlight drawn in a cut-out).
 */
import { Resvg } from "@resvg/resvg-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardPng, cardSvg } from "../../src/charts/og";
import { FONT_FILES, IMAGE_FONT } from "../../src/charts/png";
import { PAGE } from "../../src/charts/palette";
import { pathBox } from "../../src/charts/choropleth";
import { mapGeometry } from "../../src/charts/geometry";
import { chartContext } from "../../src/charts/context";
import { successorAt } from "../../src/lib/lineage";

const saved = process.env.NTM_PNG_CACHE;
beforeAll(() => {
  process.env.NTM_PNG_CACHE = "off";
});
afterAll(() => {
  if (saved === undefined) delete process.env.NTM_PNG_CACHE;
  else process.env.NTM_PNG_CACHE = saved;
});

const pixels = (svg: string) =>
  new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT }, background: PAGE.light.paper }).render().pixels;
const decode = (png: Uint8Array) =>
  new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${Buffer.from(png).toString("base64")}"/></svg>`).render()
    .pixels;

/** Channels that differ at all, and by more than antialiasing's rounding (8 of 255). */
function compare(a: Uint8Array, b: Uint8Array) {
  expect(b.length).toBe(a.length);
  let differ = 0;
  let far = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (d) differ++;
    if (d > 8) far++;
  }
  return { differ, far };
}

/** Commune cards: id, district (as the card route computes it) and the size of the outline's box. */
async function communeCards() {
  const ctx = chartContext();
  const out: { id: string; name: string; district: string; area: number; edge: number }[] = [];
  for (const c of ctx.communes) {
    const district = c.parent ? successorAt(ctx.index, c.parent, 2020)?.id : undefined;
    if (!district) continue;
    const g = await mapGeometry({ district: ctx.index.get(district)?.geo_district, width: 640, height: 520 });
    const shapes = ctx.shapes.filter((s) => s.unit === c.id);
    if (!shapes.length) continue;
    const [x0, y0, x1, y1] = pathBox(g.shape(shapes[0].codes));
    out.push({ id: c.id, name: c.name, district, area: (x1 - x0) * (y1 - y0), edge: Math.min(x0, y0, 640 - x1, 520 - y1) });
  }
  return out;
}

describe("social cards over a once-rendered map", () => {
  it("draw the home and district cards exactly as the vector card", async () => {
    const district = chartContext().districts[0].id;
    for (const [title, opts] of [
      ["Quảng Ninh", {}],
      [district, { district }],
    ] as const) {
      const { differ } = compare(pixels(await cardSvg("vi", title, opts)), decode(await cardPng("vi", title, opts)));
      expect(differ, title).toBe(0);
    }
  });

  it("draw a highlighted commune as the vector card does, up to antialiasing", async () => {
    const cards = await communeCards();
    const byArea = [...cards].sort((a, b) => a.area - b.area);
    const pick = [byArea[0], byArea[byArea.length - 1], [...cards].sort((a, b) => a.edge - b.edge)[0]];
    for (const c of pick) {
      const opts = { district: c.district, highlight: c.id, subtitle: c.district };
      const vector = pixels(await cardSvg("en", c.name, opts));
      const png = decode(await cardPng("en", c.name, opts));
      const { differ, far } = compare(vector, png);
      // The card is 1200 × 630 × 4 channels; the outline itself is thousands of them.
      expect(far, c.id).toBeLessThanOrEqual(40);
      expect(differ, c.id).toBeLessThan(5000);
      // Not trivially equal: without the highlight the card would differ by the whole outline.
      const plain = compare(pixels(await cardSvg("en", c.name, { district: c.district, subtitle: c.district })), png);
      expect(plain.far, c.id).toBeGreaterThan(100);
    }
  }, 120_000);
});
