import { beforeEach, describe, expect, it } from "vitest";
import { choroplethSvg, type MapGeometry } from "../../src/charts/choropleth";
import { stripParts, stripSvg } from "../../src/charts/strip";
import { indexUnits } from "../../src/lib/lineage";
import { mapShapes, statusCodes, type Shape } from "../../src/lib/map-frames";
import { makeStatusModel, type StatusModel } from "../../src/lib/status";
import { provinceTotals } from "../../src/lib/totals";
import { points, recognitions, units } from "./fixture-units";

const years = [2019, 2020];
// Built in beforeEach, not at import: StrykerJS then knows which tests cover the code (no "static" mutants
// that rerun the whole suite), and each test gets a fresh model.
let model: StatusModel;
let shapes: (Shape & { status: string })[];
beforeEach(() => {
  model = makeStatusModel(units, recognitions, points);
  shapes = mapShapes(units, indexUnits(units), years).map((s) => ({ ...s, status: statusCodes(model, s, years) }));
});
// A stand-in projection: each code becomes a unit square in a row, so the SVG can be read.
const geometry: MapGeometry = {
  width: 100,
  height: 20,
  shape: (codes) => codes.map((c) => `M${Number(c) * 10},0h9v9h-9Z`).join(""),
  districts: "M0,0L1,1",
  outline: "M0,0L2,2",
};
const render = (year: number, page = true) =>
  choroplethSvg({ id: "m", years, year, shapes, geometry, label: page ? { title: "T", description: "D" } : undefined, all: page });

describe("choropleth SVG", () => {
  // (Replaces "is deterministic", which rendered the same pure call twice and could not fail.)
  it("colours each shape by the model's status for the year drawn, and changes nothing else between years", () => {
    const span = [2016, 2019]; // a reaches nâng cao in 2019
    const frames = mapShapes(units, indexUnits(units), span).map((sh) => ({ ...sh, status: statusCodes(model, sh, span) }));
    const draw = (year: number) => choroplethSvg({ id: "m", years: span, year, shapes: frames, geometry, label: { title: "T", description: "D" }, all: true });
    const classes = (svg: string) => new Map([...svg.matchAll(/<path\b[^>]*\bclass="s-([a-z-]+)"[^>]*\bdata-key="([^"]+)"/g)].map((m) => [m[2], m[1]]));
    const drawn = frames.filter((sh) => span.every((y) => sh.years.includes(y)) && !sh.orphan);
    for (const year of span) {
      const got = classes(draw(year));
      for (const sh of drawn) expect(got.get(sh.key), `${sh.key} ${year}`).toBe(model.statusAt(sh.unit, year).status);
    }
    expect(drawn.filter((sh) => model.statusAt(sh.unit, 2016).status !== model.statusAt(sh.unit, 2019).status).length).toBeGreaterThan(0);
    const withoutColour = (svg: string) => svg.replace(/ class="s-[a-z-]+"/g, "").replace(/ fill="[^"]*"/g, "");
    expect(withoutColour(draw(2019))).toBe(withoutColour(draw(2016)));
    expect(draw(2019)).not.toBe(draw(2016));
  });

  it("draws one path per shape with its unit, key and the year's status class", () => {
    const svg = render(2019);
    expect(svg).toContain(`class="s-nang-cao" fill="#3aa6b9" data-unit="a" data-key="a"`);
    expect(svg).toMatch(/class="s-undetermined" fill="url\(#m-hatch\)" data-unit="f"/);
    expect(svg.match(/data-key=/g)).toHaveLength(shapes.length);
  });

  it("hides shapes that are not drawn in the year, and shows the merged union instead", () => {
    const svg = render(2020);
    expect(svg).toMatch(/data-unit="f" data-key="f" display="none"/);
    expect(svg).toContain(`<path d="M50,0h9v9h-9ZM60,0h9v9h-9Z"`);
  });

  it("is labelled for screen readers", () => {
    expect(render(2019)).toMatch(/role="img" aria-labelledby="m-t m-d"[^>]*><title id="m-t">T<\/title><desc id="m-d">D<\/desc>/);
  });

  it("in an image, draws only the year's shapes and leaves naming to the frame", () => {
    const svg = render(2020, false);
    expect(svg).not.toContain('display="none"');
    expect(svg).not.toMatch(/<title|<desc|role=/);
    expect(svg.match(/data-key=/g)!.length).toBeLessThan(shapes.length);
  });
});

describe("district strip", () => {
  it("splits a year's communes into exclusive parts that add up to N", () => {
    const [t] = provinceTotals(model, units, [2019]);
    const parts = stripParts(t);
    expect(parts.reduce((a, [, n]) => a + n, 0)).toBe(t.communes);
    expect(stripSvg("s", "label", [t])).toContain('aria-label="label"');
  });
});
