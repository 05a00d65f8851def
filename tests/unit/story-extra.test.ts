/**
 * The story's additions of issue 16's last round: step images named from the MDX, the zoom box, the
 * timeline's note on a fall of the line, and cited facts (source-only and district-count figures).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { parseSteps, stepImagePath } from "../../src/charts/step-maps";
import { pathBox, zoomBox } from "../../src/charts/inset";
import { dropNotes } from "../../src/lib/timeline-notes";
import { dropNoteText } from "../../src/i18n/story";
import { resolveStat } from "../../src/lib/stats";
import { loadDataset } from "../../src/data/load";
import type { Totals } from "../../src/lib/totals";
import type { Dataset, Unit } from "../../src/data/types";

// Loaded in the tests that need it, not at import: loading runs the checker (and so src/lib), and StrykerJS counts
// code run outside a test as "static", rerunning every test file for each of its mutants.
let real: Dataset;

describe("story steps read from MDX", () => {
  it("reads year, places and zoom from each <Step> tag, in order", () => {
    const mdx = `<Step lang="vi" year={2010}>\n\ntext\n\n</Step>\n<Step lang="vi" year={2023} highlight="van-don  co-to" zoom>\n</Step>`;
    expect(parseSteps(mdx)).toEqual([
      { year: 2010, ids: [], zoom: false },
      { year: 2023, ids: ["van-don", "co-to"], zoom: true },
    ]);
  });
  it("fails on a step without a year instead of losing its map", () => {
    expect(() => parseSteps(`<Step lang="vi" highlight="x">`)).toThrow(/without a year/);
  });
  it("names a step's own image only when it brings places forward; otherwise the year's map", () => {
    expect(stepImagePath("vi", { year: 2015, ids: [] })).toBe("map-2015.svg");
    expect(stepImagePath("en", { year: 2015, ids: [] })).toBe("en/map-2015.svg");
    expect(stepImagePath("en", { year: 2023, ids: ["van-don", "co-to"], zoom: true })).toBe("step/en/van-don-co-to-zoom/map-2023.svg");
  });
});

describe("zoom box", () => {
  it("pads the places' box and widens it to the map's aspect ratio", () => {
    const [x, y, w, h] = zoomBox(pathBox("M100,100L140,100L140,120Z"), 640, 470, 10);
    expect(w / h).toBeCloseTo(640 / 470, 5);
    expect(x).toBeLessThanOrEqual(90);
    expect(y).toBeLessThanOrEqual(90);
    expect(x + w).toBeGreaterThanOrEqual(150);
    expect(y + h).toBeGreaterThanOrEqual(130);
  });
  it("stays inside the map at its edges", () => {
    const [x, y, w, h] = zoomBox([600, 440, 640, 470], 640, 470, 20);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(640 + 1e-9);
    expect(y + h).toBeLessThanOrEqual(470 + 1e-9);
  });
});

describe("timeline note on a fall of the line", () => {
  const t = (year: number, ntm: number, communes: number) => ({ year, ntm, communes }) as unknown as Totals;
  // Four communes in the programme; in 2024 one becomes a ward and one merges into another.
  const xa = (id: string, lineage: Unit["lineage"] = []) => ({ id, name: id, type: "xa", parent: "d", geo_id: id, lineage }) as unknown as Unit;
  const units = [
    xa("a"),
    xa("b", [{ event: "became-ward", date: "2024-11-01" } as never]),
    xa("c", [{ event: "merged-into", date: "2024-11-01", into: "a" } as never]),
    xa("e"),
  ];
  it("notes only the years in which the line falls, with the reasons counted from the units", () => {
    const notes = dropNotes([t(2022, 3, 4), t(2023, 4, 4), t(2024, 2, 2)], units);
    expect(notes.map((n) => [n.year, n.from, n.to])).toEqual([[2024, 4, 2]]);
    const c = notes[0].change;
    expect(c.before - c.after).toBe(c.wards + c.merged);
  });
  it("says nothing when the line holds or rises, even as communes leave the programme", () => {
    expect(dropNotes([t(2023, 4, 4), t(2024, 4, 2)], units)).toEqual([]);
    expect(dropNotes([t(2023, 3, 4), t(2024, 4, 2)], units)).toEqual([]);
    expect(dropNotes([t(2024, 2, 2)], units)).toEqual([]);
  });
  it("says nothing of a fall that communes leaving the programme do not explain", () => {
    expect(dropNotes([t(2021, 4, 4), t(2022, 3, 4)], units)).toEqual([]);
  });
  it("notes every fall, in order, each with its own year's change", () => {
    const late = [...units, xa("f", [{ event: "became-ward", date: "2025-03-01" } as never])];
    const notes = dropNotes([t(2023, 5, 5), t(2024, 3, 3), t(2025, 2, 2)], late);
    expect(notes.map((n) => [n.year, n.from, n.to])).toEqual([
      [2024, 5, 3],
      [2025, 3, 2],
    ]);
    expect(notes[1].change).toEqual({ before: 3, after: 2, wards: 1, merged: 0 });
    expect(notes[0].change).toMatchObject({ wards: 1, merged: 1 });
  });
  it("says it in both languages, with the numbers", () => {
    const n = { year: 2024, from: 98, to: 91, change: { before: 98, after: 91, wards: 4, merged: 3 } };
    expect(dropNoteText("vi", n)).toMatch(/2024: 98 → 91 xã[\s\S]*4 xã lên phường, 3 xã sáp nhập/);
    expect(dropNoteText("en", n)).toMatch(/2024: 98 → 91 communes[\s\S]*4 became wards, 3 merged/);
  });
});

describe("cited facts in words and district counts", () => {
  beforeEach(() => {
    real ??= loadDataset("data");
  });
  it("a source key shows no number and cites that source", () => {
    const id = real.sources[0].id;
    expect(resolveStat(real, `source.${id}`)).toEqual({ value: "", kind: "text", sources: [id] });
    expect(() => resolveStat(real, "source.nope")).toThrow(/no source "nope"/);
  });
  it("a district count gives its count and its total with the record's sources", () => {
    const c = real.counts.find((x) => typeof x.of === "number")!;
    expect(resolveStat(real, `count.${c.id}.count`)).toMatchObject({ value: c.count, sources: c.sources });
    expect(resolveStat(real, `count.${c.id}.of`)).toMatchObject({ value: c.of, sources: c.sources });
    expect(() => resolveStat(real, "count.nope.count")).toThrow(/district-counts id/);
  });
});
