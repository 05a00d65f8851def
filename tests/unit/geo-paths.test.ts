import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { loadTopology } from "../../src/geo/topology";
import { makeProjector } from "../../src/geo/project";
import { communePath, districtMesh, mergedPath, provinceOutline, districtPaths } from "../../src/geo/paths";
import { findGeoDir } from "../../src/geo/source";

const dir = findGeoDir() ?? resolve("../shared/geo");

/** Every coordinate of an SVG path made of absolute M/L/Z commands, as d3-geo writes them. */
const coords = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?/g)].map((m) => m[0].split(",").map(Number));

describe("boundaries → topology → projected paths", async () => {
  const topo = await loadTopology(dir);
  const p = makeProjector(topo, { width: 640, height: 470, padding: 8 });
  const codes = topo.objects.communes.geometries.map((g) => (g.properties as { gso_code: string }).gso_code);

  it("has 186 communes with unique 5-digit codes and 13 districts", () => {
    expect(codes).toHaveLength(186);
    expect(new Set(codes).size).toBe(186);
    expect(codes.every((c) => /^\d{5}$/.test(c))).toBe(true);
    expect(topo.objects.districts.geometries).toHaveLength(13);
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

  it("projects communes smaller than the province (rings wound as d3-geo expects)", () => {
    // A wrongly wound ring is read as "the globe minus the commune" and fills the whole frame.
    const span = (d: string) => {
      const xs = coords(d).map(([x]) => x);
      return Math.max(...xs) - Math.min(...xs);
    };
    const province = span(provinceOutline(p));
    expect(province).toBeGreaterThan(600);
    for (const c of codes) expect(span(communePath(p, c)), c).toBeLessThan(province / 2);
  });

  it("merges neighbours into one outline (Lương Mông + Minh Cầm → Lương Minh)", () => {
    const a = communePath(p, "06985");
    const b = communePath(p, "06991");
    const m = mergedPath(p, ["06985", "06991"]);
    expect(m).not.toBe(a + b);
    expect(coords(m).length).toBeLessThan(coords(a).length + coords(b).length);
    expect(mergedPath(p, ["06985"])).toBe(a);
  });

  it("draws district lines, the outline and one path per district", () => {
    expect(districtMesh(p).length).toBeGreaterThan(100);
    expect(districtPaths(p).map((x) => x.district)).toContain("Hạ Long");
  });

  it("fits to one district on request", () => {
    const q = makeProjector(topo, { width: 300, height: 240, focus: { district: "Cô Tô" } });
    const xs = coords(districtPaths(q).find((x) => x.district === "Cô Tô")!.d).map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(200);
    expect(() => makeProjector(topo, { width: 300, height: 240, focus: { district: "Atlantis" } })).toThrow(/Atlantis/);
  });

  it("is deterministic and reuses its cache", async () => {
    const again = await loadTopology(dir);
    expect(JSON.stringify(again.objects)).toBe(JSON.stringify(topo.objects));
    expect(communePath(makeProjector(again, { width: 640, height: 470, padding: 8 }), "06970")).toBe(communePath(p, "06970"));
  });
});
