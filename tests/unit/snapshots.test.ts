/**
 * Snapshot tests in the manner of Observable Plot's suite: the build-time SVG
 * of the map for a few years and of the timeline are kept in tests/snapshots/,
 * one element per line, so a pull request shows which communes changed colour.
 * Update them on purpose with `npx vitest run -u` and review the diff.
 */
import { describe, expect, it } from "vitest";
import { chartContext } from "../../src/charts/context";
import { choroplethSvg } from "../../src/charts/choropleth";
import { mapGeometry } from "../../src/charts/geometry";
import { timelineSvg } from "../../src/charts/timeline";

const lines = (svg: string) => `${svg.replace(/></g, ">\n<")}\n`;

describe("chart snapshots", async () => {
  const ctx = chartContext();
  const geometry = await mapGeometry();

  it.each([2012, 2018, 2025])("map %i", async (year) => {
    const svg = choroplethSvg({ id: "snap", lang: "vi", years: ctx.years, year, shapes: ctx.shapes, geometry, title: "map", description: String(year) });
    await expect(lines(svg)).toMatchFileSnapshot(`../snapshots/map-${year}.svg`);
  });

  it("timeline", async () => {
    const events = ctx.data.recognitions
      .filter((r) => r.level === "ntm" && r.wording === "recognised" && ctx.index.get(r.unit)?.parent === "quang-ninh")
      .map((r) => ({ year: r.year, label: ctx.index.get(r.unit)!.name }));
    const svg = timelineSvg({ lang: "en", totals: ctx.totals, points: ctx.data.province, events });
    await expect(lines(svg)).toMatchFileSnapshot("../snapshots/timeline.svg");
  });
});
