/**
 * The chart frame: every output of a chart spec — the standalone image and the social card here, the page and
 * the embed through ChartFrame.astro — says the same title, legend, source line, credit and alt text, because
 * each comes from the spec once. Tested on the real specs of every chart, in both languages, and on a small
 * fixture spec whose image is kept as a reviewable snapshot (no map geometry in it).
 */
import { releaseVersions } from "../../src/data/releases";
import { describe, expect, it } from "vitest";
import { cardSvg, esc, fullTitle, imageSvg, legendLabels, sourceParts, sourceText, type ChartSpec } from "../../src/charts/frame";
import { chartTitle, districtsSpec, mapSpec, reorgSpec, timelineSpec } from "../../src/charts/specs";
import { chartContext } from "../../src/charts/context";
import { BOUNDARY_CREDIT } from "../../src/lib/credits";
import { fillFor } from "../../src/charts/palette";
import type { Lang } from "../../src/i18n/ui";

const langs: Lang[] = ["vi", "en"];
/** The text of an SVG: its <text> contents, joined (wrapped lines read as one). */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
const descOf = (svg: string) => /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1];
const titleOf = (svg: string) => /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1];

/**
 * The charts of the newest frozen release (data/releases/), not of the working data: an editor's correction
 * does not change these snapshots; the release that publishes it does, and the data-release workflow
 * refreshes them in the release's own commit, where the changed words can be reviewed.
 */
const version = releaseVersions().at(-1);
async function specs(lang: Lang): Promise<ChartSpec[]> {
  const ctx = chartContext(version);
  const district = ctx.districts[0].id;
  return [await mapSpec(lang, { year: ctx.years[8], version }), await mapSpec(lang, { district, version }), timelineSpec(lang, { version }), districtsSpec(lang, { version })];
}

describe("chart frame, real specs", () => {
  it("draws the spec's title, legend, notes, source and credit into the image, and names it by the spec's title and alt", async () => {
    for (const lang of langs) {
      for (const spec of await specs(lang)) {
        const svg = imageSvg(spec, "Be Vietnam Pro");
        const words = texts(svg);
        expect(titleOf(svg), spec.kind).toBe(esc(fullTitle(spec)));
        expect(descOf(svg), spec.kind).toBe(esc(spec.alt));
        expect(words).toContain(esc(fullTitle(spec)));
        for (const label of legendLabels(spec)) expect(words, label).toContain(esc(label));
        for (const note of spec.notes) expect(words, note).toContain(esc(note));
        expect(words).toContain(esc(sourceText(lang, spec.source)));
        if (spec.source.credit) expect(words).toContain(esc(spec.source.credit));
      }
    }
  });

  it("gives the social card the chart's alt text and boundary credit", async () => {
    for (const lang of langs) {
      const spec = await mapSpec(lang, { id: "og", size: { width: 640, height: 520 } });
      const card = cardSvg({ lang, title: "Page title", chart: spec }, "Be Vietnam Pro");
      expect(titleOf(card)).toBe("Page title");
      expect(descOf(card)).toBe(esc(spec.alt));
      expect(texts(card)).toContain(esc(BOUNDARY_CREDIT[lang]));
      expect(card).toContain(spec.body.svg);
    }
  });

  it("credits the boundaries on maps only, and says a pinned version is pinned", async () => {
    for (const lang of langs) {
      for (const spec of await specs(lang)) expect(spec.source.credit !== undefined, spec.kind).toBe(spec.kind === "map");
      const ctx = chartContext();
      const pinned = sourceParts(lang, { version: ctx.data.version, pinned: true });
      const live = sourceParts(lang, { version: ctx.data.version, pinned: false });
      expect(pinned[1].suffix).toBeTruthy();
      expect(pinned[1].href).toMatch(/#changelog$/);
      expect(live[1].suffix).toBeUndefined();
    }
  });

  it("titles the maps with the year and the place, and the other charts without a year", async () => {
    const ctx = chartContext();
    const d = ctx.districts[0];
    for (const lang of langs) {
      const [province, district, timeline, grid] = await specs(lang);
      expect(fullTitle(province)).toMatch(new RegExp(`, ${ctx.years[8]}$`));
      expect(district.title).toContain(d.name);
      expect(province.title).not.toContain(d.name);
      expect(timeline.year).toBeUndefined();
      // The grid counts its districts from the data.
      expect(grid.title).toContain(String(ctx.districts.length));
    }
  });

  it("gives the embed (its <title>, the code's iframe, the citation) the title the chart's spec has, in both languages", async () => {
    const ctx = chartContext(version);
    for (const lang of langs) {
      const [, district, timeline, grid] = await specs(lang);
      expect(chartTitle(lang, "map", ctx)).toBe((await mapSpec(lang, { version })).title);
      expect(chartTitle(lang, "map", ctx, ctx.districts[0].id)).toBe(district.title);
      expect(chartTitle(lang, "timeline", ctx)).toBe(timeline.title);
      expect(chartTitle(lang, "districts", ctx)).toBe(grid.title);
    }
    // The two languages differ (no untranslated title).
    for (const kind of ["map", "timeline", "districts"] as const) expect(chartTitle("vi", kind, ctx)).not.toBe(chartTitle("en", kind, ctx));
  });

  it("gives the district grid a legend of the states its strips stack, each drawn in the image", async () => {
    for (const lang of langs) {
      const grid = districtsSpec(lang, { version });
      const states = grid.legend.flatMap((g) => g.items.flatMap((i) => (i.swatch.shape === "status" ? [i.swatch.status] : [])));
      // Every fill a strip stacks (not the 1-px line of a year without communes) is a legend state's.
      const pattern = (f: string) => f.replace(/^url\(#.*-(\w+)\)$/, "pattern $1");
      const legendFills = new Set(states.map((st) => pattern(fillFor(st, "p"))));
      const used = new Set([...grid.body.svg.matchAll(/<rect x=[^>]*height="([\d.]+)" fill="([^"]+)"/g)].filter((m) => m[1] !== "1").map((m) => pattern(m[2])));
      expect(used.size).toBeGreaterThan(1);
      for (const f of used) expect(legendFills.has(f), `${lang}: ${f}`).toBe(true);
      expect(states.length).toBeGreaterThanOrEqual(5);
      // The reported counts' mark is in the legend exactly when the strips draw one.
      const marks = grid.body.svg.includes('class="reported"');
      expect(legendLabels(grid).length).toBe(states.length + (marks ? 1 : 0));
      expect(marks).toBe(chartContext(version).data.counts.some((c) => c.wording === "recognised"));
    }
  });

  it("gives the 2025 view a spec: its legend, note, the resolution as its source, and the boundary credit", async () => {
    const ctx = chartContext();
    for (const lang of langs) {
      const spec = await reorgSpec(lang, { id: `t-${lang}` });
      expect(spec.kind).toBe("reorg");
      expect(spec.body.svg).toMatch(/^<svg/);
      expect(spec.source.credit).toBe(BOUNDARY_CREDIT[lang]);
      const parts = sourceParts(lang, spec.source);
      const cited = ctx.data.sources.filter((s) => s.id === "L13" || s.id === "L14");
      expect(parts.slice(0, cited.length).map((p) => p.href)).toEqual(cited.map((s) => s.url ?? undefined));
      expect(parts[0].prefix).toBeTruthy();
      expect(legendLabels(spec).length).toBeGreaterThanOrEqual(2);
      expect(spec.notes.length).toBe(1);
      // Every unit of 2025 has a colour for the table's swatch.
      expect(spec.colours.size).toBeGreaterThan(0);
      const svg = imageSvg(spec, "Be Vietnam Pro");
      for (const label of legendLabels(spec)) expect(texts(svg)).toContain(esc(label));
    }
  });

  it("keeps the words of every chart in a reviewable snapshot (no geometry)", async () => {
    for (const lang of langs) {
      const out = (await specs(lang)).map((s) =>
        [
          `# ${s.kind}`,
          `title: ${fullTitle(s)}`,
          s.subtitle ? `subtitle: ${s.subtitle}` : "",
          `alt: ${s.alt}`,
          ...s.legend.flatMap((g) => [g.name ? `legend group: ${g.name}` : "legend:", ...g.items.map((i) => `  [${i.swatch.shape === "status" ? i.swatch.status : `${i.swatch.shape} ${"colour" in i.swatch ? i.swatch.colour : i.swatch.colours.join("/")}`}] ${i.label}${i.note ? ` — ${i.note}` : ""}`)]),
          ...s.notes.map((n) => `note: ${n}`),
          `source: ${sourceText(lang, s.source)}`,
          s.source.credit ? `credit: ${s.source.credit}` : "",
          `body: ${s.body.width}×${s.body.height}`,
        ]
          .filter(Boolean)
          .join("\n"),
      );
      await expect(`${out.join("\n\n")}\n`).toMatchFileSnapshot(`../snapshots/chart-words-${lang}.txt`);
    }
  });
});

/** A spec with a one-rectangle body: the frame's layout, small enough to read in a diff. */
const fixture = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  kind: "map",
  lang: "en",
  id: "fx",
  title: "Fixture communes by status",
  year: 2020,
  subtitle: "In 2020 the map places 3 of 5 communes.",
  alt: "Map for 2020. Three of five.",
  legend: [
    { name: "Standard reached", items: [{ label: "Not yet", swatch: { shape: "status", status: "none" } }, { label: "New Rural", swatch: { shape: "status", status: "ntm" } }] },
    { name: "Other", items: [{ label: "Undetermined", swatch: { shape: "status", status: "undetermined" } }] },
    { items: [{ label: "Reported", swatch: { shape: "diamond", colour: "#000000" } }, { label: "Range", swatch: { shape: "band", colour: "#000000" } }] },
  ],
  notes: ["New Rural: the province reported 4; the map places 3."],
  source: { version: "9.9.9", pinned: false, credit: "Boundaries: fixture credit." },
  body: { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100"/></svg>', width: 300, height: 100 },
  ...over,
});

describe("chart frame, fixture", () => {
  it("lays out an image as the snapshot shows", async () => {
    const svg = imageSvg(fixture(), "Be Vietnam Pro");
    await expect(`${svg.replace(/></g, ">\n<")}\n`).toMatchFileSnapshot("../snapshots/frame-fixture.svg");
  });

  it("wraps a long credit, note or title over lines that read as the original, and grows the image to hold them", () => {
    const height = (s: string) => Number(/height="(\d+)"/.exec(s)![1]);
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const short = imageSvg(fixture(), "F");
    for (const over of [{ source: { version: "1", pinned: false, credit: long } }, { notes: [long] }, { title: long }]) {
      const wrapped = imageSvg(fixture(over), "F");
      const lines = [...wrapped.matchAll(/<text[^>]*>(word[^<]*)<\/text>/g)].map((m) => m[1]);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join(" ")).toContain(long);
      expect(height(wrapped)).toBeGreaterThan(height(short));
    }
  });

  it("places the body whole, and defines the patterns its legend swatches use under its own prefix", () => {
    const svg = imageSvg(fixture(), "F");
    expect(svg).toContain(fixture().body.svg);
    expect(svg).toContain('id="fx-lg-hatch"');
    expect(svg).toContain('fill="url(#fx-lg-hatch)"');
  });
});
