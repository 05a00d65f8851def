/**
 * PNGs are written by src/charts/png-encode.ts from resvg's pixels: the file must decode to exactly the
 * pixels resvg rendered (and encodes itself), and an image that is not opaque is left to resvg's encoder.
 */
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { timelineImageSvg } from "../../src/charts/images";
import { opaquePng } from "../../src/charts/png-encode";
import { FONT_FILES, IMAGE_FONT } from "../../src/charts/png";
import { PAGE } from "../../src/charts/palette";

const decode = (png: Uint8Array, w: number, h: number) =>
  new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><image width="${w}" height="${h}" href="data:image/png;base64,${Buffer.from(png).toString("base64")}"/></svg>`).render()
    .pixels;

describe("PNG encoder", () => {
  it("writes the rendered pixels exactly, as RGB, smaller than resvg's own file", async () => {
    const svg = timelineImageSvg("vi");
    const img = new Resvg(svg, { fitTo: { mode: "zoom", value: 2 }, font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT }, background: PAGE.light.paper }).render();
    const png = (await opaquePng(img.pixels, img.width, img.height))!;
    expect(png).toBeDefined();
    expect(png[25]).toBe(2); // IHDR colour type: truecolour
    expect(Buffer.from(decode(png, img.width, img.height)).equals(Buffer.from(img.pixels))).toBe(true);
    expect(png.length).toBeLessThan(img.asPng().length);
    // The same pixels give the same bytes.
    expect(Buffer.from((await opaquePng(img.pixels, img.width, img.height))!).equals(Buffer.from(png))).toBe(true);
  });

  it("declines an image with any pixel not opaque", async () => {
    const img = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="19" height="10" fill="#123456"/></svg>`).render();
    expect(await opaquePng(img.pixels, img.width, img.height)).toBeUndefined();
    const full = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#123456"/></svg>`).render();
    expect(await opaquePng(full.pixels, full.width, full.height)).toBeDefined();
  });
});
