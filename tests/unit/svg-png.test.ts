/** The in-browser PNG's pure part (src/lib/svg-png.ts), on a district map's image SVG as the build writes it. */
import { describe, expect, it } from "vitest";
import { pngName, svgSize, withFontFaces } from "../../src/lib/svg-png";
import { imageSvg } from "../../src/charts/frame";
import { mapSpec } from "../../src/charts/specs";
import { chartContext } from "../../src/charts/context";
import { IMAGE_FONT } from "../../src/charts/png";

describe("svgSize", () => {
  it("reads the root's width and height, not a child's", () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="412" height="530.5" viewBox="0 0 1 1"><svg width="9" height="9"/></svg>')).toEqual({ width: 412, height: 530.5 });
    expect(svgSize('<svg width="12px" height="7px">')).toEqual({ width: 12, height: 7 });
  });
  it("falls back to the viewBox when the size is missing or relative", () => {
    expect(svgSize('<svg viewBox="0 0 300 150">')).toEqual({ width: 300, height: 150 });
    expect(svgSize('<svg width="100%" height="100%" viewBox="-5,-5 640,320">')).toEqual({ width: 640, height: 320 });
  });
  it("refuses what has no size or is no SVG", () => {
    expect(() => svgSize("<svg>")).toThrow(/no size/);
    expect(() => svgSize('<svg width="0" height="4">')).toThrow(/no size/);
    expect(() => svgSize("<html></html>")).toThrow(/not an SVG/);
  });
  it("gives a district map image its drawn size", async () => {
    const d = chartContext().districts[0].id;
    const spec = await mapSpec("vi", { district: d });
    const svg = imageSvg(spec, IMAGE_FONT);
    const size = svgSize(svg);
    expect(size.width).toBe(spec.body.width + 32);
    expect(size.height).toBeGreaterThan(spec.body.height);
  });
});

describe("withFontFaces", () => {
  const faces = [
    { family: "Be Vietnam Pro", weight: 400, src: "data:font/woff2;base64,AAA" },
    { family: 'A "quoted" face', weight: 600, src: "data:font/woff2;base64,BBB" },
  ];
  it("puts one @font-face per face, as the root's first child, leaving the rest as it was", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><title>t</title><svg width="1"/></svg>';
    const out = withFontFaces(svg, faces);
    expect(out.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><style>@font-face{')).toBe(true);
    expect(out.match(/@font-face/g)).toHaveLength(2);
    expect(out).toContain('font-family:"Be Vietnam Pro";font-style:normal;font-weight:400;src:url("data:font/woff2;base64,AAA") format("woff2")');
    expect(out).toContain('font-family:"A \\"quoted\\" face";font-style:normal;font-weight:600;src:url("data:font/woff2;base64,BBB")');
    expect(out.replace(/<style>.*?<\/style>/, "")).toBe(svg);
  });
  it("returns the SVG unchanged without faces, and refuses a non-SVG", () => {
    expect(withFontFaces("<svg></svg>", [])).toBe("<svg></svg>");
    expect(() => withFontFaces("<p>", faces)).toThrow(/not an SVG/);
  });
});

describe("pngName", () => {
  it("names the file after the image and the year, @2x at 2×", () => {
    expect(pngName("map-ba-che", 2014, 1)).toBe("map-ba-che-2014.png");
    expect(pngName("map-ba-che", 2014, 2)).toBe("map-ba-che-2014@2x.png");
  });
});
