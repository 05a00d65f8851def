/**
 * Snapshots an editor can review, in the manner of Observable Plot's suite (update them on purpose with
 * `npx vitest run -u tests/unit/snapshots.test.ts` and read the diff):
 *  - status-table.txt: every shape of the map × every year, one character per year in the map's own codes,
 *    from the same chart context the pages use, of the newest frozen release (data/releases/): an editor's
 *    correction leaves it alone; the release that publishes it changes it, and the data-release workflow
 *    refreshes it in the release's commit, where the rows whose colours change can be reviewed.
 *  - fixture-map-*.svg, fixture-timeline.svg: the map and timeline renderers on the small hand-made province of
 *    fixture-units.ts, with a stand-in projection (each boundary code a 9 × 9 square), one element per line.
 *    A change to how a status is drawn shows in a few short lines; no boundary geometry is kept here (the
 *    committed boundaries are checked in geo-committed.test.ts).
 */
import { describe, expect, it } from "vitest";
import { releaseVersions } from "../../src/data/releases";
import { chartContext } from "../../src/charts/context";
import { choroplethSvg, type MapGeometry } from "../../src/charts/choropleth";
import { timelineSvg } from "../../src/charts/timeline";
import { indexUnits } from "../../src/lib/lineage";
import { mapShapes, statusCodes } from "../../src/lib/map-frames";
import { makeStatusModel } from "../../src/lib/status";
import { STATUSES } from "../../src/lib/status-codes.mjs";
import { provinceTotals } from "../../src/lib/totals";
import { points, recognitions, units } from "./fixture-units";

const lines = (svg: string) => `${svg.replace(/></g, ">\n<")}\n`;

describe("status table of the data (commune × year)", () => {
  it("every shape of the map, every year", async () => {
    const ctx = chartContext(releaseVersions().at(-1));
    const name = (id: string) => ctx.index.get(id)?.name ?? id;
    const width = Math.max(...ctx.shapes.map((s) => s.key.length));
    const table = [
      `# One row per shape of the map; one character per year ${ctx.years[0]}–${ctx.years[ctx.years.length - 1]} (src/lib/status-codes.mjs):`,
      `# ${STATUSES.map((s, i) => `${i} ${s}`).join(" · ")} · - not drawn`,
      ...ctx.shapes.map((s) => `${s.key.padEnd(width)}  ${s.status}  ${name(s.unit)}`),
    ].join("\n");
    await expect(`${table}\n`).toMatchFileSnapshot("../snapshots/status-table.txt");
  });
});

describe("chart snapshots of the fixture province", () => {
  const years = [2014, 2016, 2018, 2019, 2020, 2022];
  const model = makeStatusModel(units, recognitions, points);
  const shapes = mapShapes(units, indexUnits(units), years).map((s) => ({ ...s, status: statusCodes(model, s, years) }));
  const geometry: MapGeometry = {
    width: 80,
    height: 10,
    shape: (codes) => codes.map((c) => `M${(Number(c) - 1) * 10},0h9v9h-9Z`).join(""),
    districts: "M40,0v10",
    outline: "M0,0h80v10h-80Z",
  };
  const map = (year: number) =>
    choroplethSvg({ id: "fx", years, year, shapes, geometry, label: { title: `Fixture province, ${year}`, description: "Seven communes of two districts" }, all: true });

  it.each([2016, 2020])("map %i", async (year) => {
    await expect(lines(map(year))).toMatchFileSnapshot(`../snapshots/fixture-map-${year}.svg`);
  });

  // The image of a map (title, legend, source and licence around the drawing) is the chart frame's:
  // tests/unit/frame.test.ts and its fixture snapshot frame-fixture.svg.

  it("timeline", async () => {
    const totals = provinceTotals(model, units, years);
    const svg = timelineSvg({ lang: "en", totals, points, events: [{ year: 2018, label: "Huyện Một" }] });
    await expect(lines(svg)).toMatchFileSnapshot("../snapshots/fixture-timeline.svg");
  });
});
