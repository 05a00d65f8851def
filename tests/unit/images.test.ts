/**
 * Exported images: what is drawn into them (title, legend, source, licence,
 * data version, only the district's communes for a district map), that PNGs come
 * out at 1× and 2× of the SVG size and not blank, that the bundled font really
 * draws Vietnamese letters, and that the render queue hands each request its own result.
 */
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { unzlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { chartContext, inDistrict } from "../../src/charts/context";
import { districtsImageSvg, mapImageSvg, timelineImageSvg } from "../../src/charts/images";
import { FONT_FILES, toPng } from "../../src/charts/png";
import { sourceText } from "../../src/charts/frame";
import { timelineSpec } from "../../src/charts/specs";
import { renderQueue } from "../../src/charts/render-queue";
import { BOUNDARY_CREDIT } from "../../src/lib/credits";
import { statusShort } from "../../src/i18n/status";
import { fmtInt, reconcileLines } from "../../src/i18n/sentences";
import { LEGEND_ORDER } from "../../src/charts/palette";
import { programmeChange, reconcile } from "../../src/lib/reconcile";
import { totalsFor } from "../../src/lib/totals";

const ctx = chartContext();
/** The text of an SVG: its <text> contents joined, so wrapped lines read as one. */
const words = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
const size = (svg: string) => {
  const m = /<svg [^>]*width="(\d+(?:\.\d+)?)"[^>]*height="(\d+(?:\.\d+)?)"/.exec(svg);
  return m ? { w: Math.round(Number(m[1])), h: Math.round(Number(m[2])) } : undefined;
};

/** Width, height and the inflated scanlines of a PNG (enough to tell an empty image from a drawn one). */
function readPng(png: Uint8Array) {
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(Array.from(png.slice(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  let w = 0;
  let h = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const len = dv.getUint32(at);
    const type = String.fromCharCode(...png.slice(at + 4, at + 8));
    if (type === "IHDR") {
      w = dv.getUint32(at + 8);
      h = dv.getUint32(at + 12);
    }
    if (type === "IDAT") idat.push(png.slice(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const all = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
  idat.reduce((o, c) => (all.set(c, o), o + c.length), 0);
  return { w, h, raw: unzlibSync(all) };
}

describe("image SVGs", () => {
  it("draw title, legend, totals, source with the data version and the boundary licence, in the bundled font", async () => {
    for (const lang of ["vi", "en"] as const) {
      const svg = await mapImageSvg(lang, 2018);
      expect(svg).toMatch(/^<svg [^>]*font-family="Be Vietnam Pro, sans-serif"/);
      expect(svg).toContain(lang === "vi" ? "Các xã Quảng Ninh theo mức đạt chuẩn nông thôn mới, 2018" : "Quảng Ninh's communes by New Rural status, 2018");
      const t = totalsFor(ctx.model, ctx.communes, 2018);
      // The subtitle states the year's count out of the year's communes, from the data.
      const count = lang === "vi" ? `${fmtInt(lang, t.ntm)} trên ${fmtInt(lang, t.communes)} xã` : `${fmtInt(lang, t.ntm)} of ${fmtInt(lang, t.communes)} communes`;
      expect(svg).toMatch(new RegExp(`<text [^>]*>[^<]*${count}`));
      expect(words(svg)).toContain(sourceText(lang, { version: ctx.data.version, pinned: false }).replace(/&/g, "&amp;"));
      expect(svg).toContain(`v${ctx.data.version}`);
      // The boundary credit, wrapped over consecutive lines that read as the one credit.
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      expect(texts.join(" ")).toContain(BOUNDARY_CREDIT[lang]);
      expect(svg).not.toMatch(/GADM|non-commercial|phi thương mại/);
      // Every legend word is in the image.
      for (const s of LEGEND_ORDER) expect(svg).toContain(`>${statusShort[lang][s]}<`);
      // Reported vs placed, from the same functions as the page.
      const lines = reconcileLines(lang, reconcile(t, ctx.data.province, ctx.data.counts.filter((c) => c.unit === "quang-ninh")), 2018 > ctx.years[0] ? programmeChange(ctx.communes, 2018) : undefined);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(svg).toContain(`>${line.replace(/&/g, "&amp;")}<`);
    }
  });

  it("fit every line of the map image's footer (source, boundary credit) inside the image, measured with the bundled font", async () => {
    for (const lang of ["vi", "en"] as const) {
      const svg = await mapImageSvg(lang, 2018);
      const { w } = size(svg)!;
      const foot = [...svg.matchAll(/<text x="(\d+)" y="[^"]*" font-size="11"[^>]*>([^<]*)<\/text>/g)];
      expect(foot.length).toBeGreaterThanOrEqual(2);
      for (const [, x, text] of foot) {
        const box = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="40"><text x="${x}" y="20" font-size="11">${text}</text></svg>`, {
          font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Be Vietnam Pro" },
        }).getBBox();
        expect(box!.x + box!.width, text).toBeLessThanOrEqual(w - 4);
      }
    }
  });

  it("show a district's communes only on its map", async () => {
    const district = ctx.districts.find((d) => ctx.shapes.some((s) => inDistrict(ctx, s.unit, d.id)))!;
    const svg = await mapImageSvg("vi", 2025, district.id);
    const drawn = new Set([...svg.matchAll(/data-unit="([^"]+)"/g)].map((m) => m[1]));
    expect(drawn.size).toBeGreaterThan(0);
    for (const u of drawn) expect(inDistrict(ctx, u, district.id), u).toBe(true);
    expect(svg).toContain(district.name);
    const whole = await mapImageSvg("vi", 2025);
    expect(new Set([...whole.matchAll(/data-unit="([^"]+)"/g)].map((m) => m[1])).size).toBeGreaterThan(drawn.size);
  });

  it("timeline and districts images carry title and source, and name every district", () => {
    for (const lang of ["vi", "en"] as const) {
      const tl = timelineImageSvg(lang);
      expect(words(tl)).toContain(sourceText(lang, { version: ctx.data.version, pinned: false }).replace(/&/g, "&amp;"));
      // The frame's margin on both sides of the drawing.
      expect(size(tl)!.w).toBe(timelineSpec(lang).body.width + 32);
      const grid = districtsImageSvg(lang);
      for (const d of ctx.districts) expect(grid).toContain(`>${d.name}<`);
      expect(grid).toContain(`v${ctx.data.version}`);
    }
  });
});

describe("PNG export", () => {
  it("renders at 1× and 2× the SVG's size, with something drawn", async () => {
    const svg = timelineImageSvg("vi");
    const { w, h } = size(svg)!;
    const one = readPng(await toPng(svg, 1));
    const two = readPng(await toPng(svg, 2));
    expect([one.w, one.h]).toEqual([w, h]);
    expect([two.w, two.h]).toEqual([2 * w, 2 * h]);
    // A blank white image filters down to one or two byte values; a chart has many.
    expect(new Set(one.raw).size).toBeGreaterThan(40);
    const blank = readPng(await toPng(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"></svg>`, 1));
    expect(new Set(blank.raw).size).toBeLessThan(5);
  });

  it("draws Vietnamese letters with the bundled font (no system fonts)", () => {
    for (const f of FONT_FILES) expect(existsSync(f), f).toBe(true);
    const box = (text: string) => {
      const r = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><text x="20" y="120" font-size="60" font-family="Be Vietnam Pro">${text}</text></svg>`, {
        font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Be Vietnam Pro" },
      });
      return r.getBBox();
    };
    const plain = box("e");
    const marked = box("ệ");
    expect(plain).toBeDefined();
    expect(marked).toBeDefined();
    // Circumflex above and dot below: the marked letter reaches higher and lower than the plain one.
    expect(marked!.y).toBeLessThan(plain!.y - 5);
    expect(marked!.y + marked!.height).toBeGreaterThan(plain!.y + plain!.height + 3);
    // "Đ" draws as one glyph with its bar, as wide as or wider than "D".
    expect(box("Đ")!.width).toBeGreaterThanOrEqual(box("D")!.width - 0.5);
  });
});

describe("render queue", () => {
  it("hands each key its own result, whatever order they are asked in, and keeps failures to their key", async () => {
    const started: string[] = [];
    const q = renderQueue(
      () => ["a", "b", "bad", "c"],
      async (k) => {
        started.push(k);
        await new Promise((r) => setTimeout(r, k === "a" ? 20 : 1));
        if (k === "bad") throw new Error("no image for bad");
        return k.toUpperCase();
      },
      2,
    );
    expect(await q("c")).toBe("C");
    expect(await q("a")).toBe("A");
    await expect(q("bad")).rejects.toThrow("no image for bad");
    expect(await q("b")).toBe("B");
    expect(started).toEqual(["a", "b", "bad", "c"]);
    expect(() => q("zzz")).toThrow(/nothing to render for "zzz"/);
  });
});
