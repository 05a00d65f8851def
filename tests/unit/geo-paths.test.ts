import { describe, expect, it } from "vitest";
import { buildTopology, loadTopology } from "../../src/geo/topology";
import { makeProjector } from "../../src/geo/project";
import { communePath, districtMesh, mergedPath, provinceOutline, districtPaths } from "../../src/geo/paths";
import { committedSource, readCommunes } from "../../src/geo/source";

/** Every coordinate of an SVG path made of absolute M/L/Z commands, as d3-geo writes them. */
const coords = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?/g)].map((m) => m[0].split(",").map(Number));

describe("committed boundaries → topology → projected paths", async () => {
  const topo = await loadTopology(committedSource());
  const p = makeProjector(topo, { width: 640, height: 470, padding: 8 });
  const codes = topo.objects.communes.geometries.map((g) => (g.properties as { gso_code: string }).gso_code);

  it("has one geometry per commune of the file, with unique 5-digit codes", () => {
    expect(codes).toHaveLength(readCommunes(committedSource()).fc.features.length);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^\d{5}$/.test(c))).toBe(true);
  });

  it("draws every commune (islands included) inside the frame", () => {
    for (const c of codes) {
      const d = communePath(p, c);
      expect(d, c).not.toBe("");
      for (const [x, y] of coords(d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(640);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(470);
      }
    }
  });

  it("projects communes and districts smaller than the province (rings wound as d3-geo expects)", () => {
    // A wrongly wound ring is read as "the globe minus the commune" and fills the whole frame.
    const span = (d: string) => {
      const xs = coords(d).map(([x]) => x);
      return Math.max(...xs) - Math.min(...xs);
    };
    const province = span(provinceOutline(p));
    expect(province).toBeGreaterThan(600);
    for (const c of codes) expect(span(communePath(p, c)), c).toBeLessThan(province / 2);
    for (const { district, d } of districtPaths(p)) expect(span(d), district).toBeLessThan(province);
  });

  it("merges neighbours into one outline (Lương Mông + Minh Cầm → Lương Minh)", () => {
    const a = communePath(p, "06985");
    const b = communePath(p, "06991");
    const m = mergedPath(p, ["06985", "06991"]);
    expect(m).not.toBe(a + b);
    expect(coords(m).length).toBeLessThan(coords(a).length + coords(b).length);
    expect(mergedPath(p, ["06985"])).toBe(a);
  });

  it("draws district lines only where two districts meet, and the outline where one meets the sea or another province", () => {
    const inner = coords(districtMesh(p)).length;
    const outer = coords(provinceOutline(p)).length;
    expect(inner).toBeGreaterThan(0);
    expect(outer).toBeGreaterThan(0);
    // Both are parts of the communes' edges: together they are fewer points than all commune outlines.
    const all = codes.reduce((n, c) => n + coords(communePath(p, c)).length, 0);
    expect(inner + outer).toBeLessThan(all);
  });

  it("fits to one district on request", () => {
    const q = makeProjector(topo, { width: 300, height: 240, focus: { district: "Cô Tô" } });
    const xs = coords(districtPaths(q).find((x) => x.district === "Cô Tô")!.d).map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(200);
    expect(() => makeProjector(topo, { width: 300, height: 240, focus: { district: "Atlantis" } })).toThrow(/Atlantis/);
  });

  it("builds the same topology from two separate reads of the file (what the disk cache holds)", () => {
    const a = buildTopology(readCommunes(committedSource()).fc);
    const b = buildTopology(readCommunes(committedSource()).fc);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a.objects)).toBe(JSON.stringify(topo.objects));
  });
});
