/**
 * Snapshot tests in the manner of Observable Plot's suite: the build-time SVG
 * of the map and of the timeline are kept in tests/snapshots/, one element per
 * line, so a pull request shows which communes changed colour. The maps of a few
 * years are kept without their path data (one short line per shape: unit, class,
 * fill); the geometry, drawn from the committed boundaries (data/geo/), is kept
 * once, in map-geometry.svg. Update them on purpose with `npx vitest run -u` and
 * review the diff.
 */
import { describe, expect, it } from "vitest";
import { chartContext } from "../../src/charts/context";
import { choroplethSvg } from "../../src/charts/choropleth";
import { mapGeometry } from "../../src/charts/geometry";
import { timelineSpec } from "../../src/charts/specs";

const lines = (svg: string) => `${svg.replace(/></g, ">\n<")}\n`;
/** The SVG without path data: what each shape is coloured, one short line each. */
const withoutGeometry = (svg: string) => lines(svg.replace(/ d="[^"]*"/g, ""));
/** Only the paths' geometry, one line per path: which unit or line it is, then its path data. */
const geometryOnly = (svg: string) =>
  `${[...svg.matchAll(/<path ([^>]*)\/>/g)]
    .map(([, attrs]) => Object.fromEntries([...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])))
    .filter((a) => a["data-key"] || a.class === "districts" || a.class === "outline")
    .map((a) => {
      const who = a["data-key"] ? `data-unit="${a["data-unit"]}" data-key="${a["data-key"]}"` : `class="${a.class}"`;
      return `<path ${who} d="${a.d}"/>`;
    })
    .join("\n")}\n`;

describe("chart snapshots", async () => {
  const ctx = chartContext();
  const geometry = await mapGeometry();

  it.each([2012, 2018, 2025])("map %i", async (year) => {
    const svg = choroplethSvg({ id: "snap", years: ctx.years, year, shapes: ctx.shapes, geometry, label: { title: "map", description: String(year) }, all: true });
    await expect(withoutGeometry(svg)).toMatchFileSnapshot(`../snapshots/map-${year}.svg`);
  });

  it("map geometry (every shape of every year, district lines, outline)", async () => {
    const svg = choroplethSvg({ id: "snap", years: ctx.years, year: ctx.years[ctx.years.length - 1], shapes: ctx.shapes, geometry, all: true });
    await expect(geometryOnly(svg)).toMatchFileSnapshot("../snapshots/map-geometry.svg");
  });

  it("timeline (the body of the real spec, as page and image draw it)", async () => {
    await expect(lines(timelineSpec("en").body.svg)).toMatchFileSnapshot("../snapshots/timeline.svg");
  });
});
