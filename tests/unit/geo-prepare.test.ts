/**
 * Preparing GADM's level-3 file the way ../shared/geo/PROVENANCE.md documents it,
 * on the hand-made GADM-shaped fixture (the real 11 MB file is not in the repository):
 * province filter, names, the two Đầm Hà units, sliver clean-up, the crosswalk's
 * codes, and the 13-district dissolve with Hoành Bồ in Hạ Long. The property sets
 * must be those of the prepared files the site reads today.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection, Polygon, Position } from "geojson";
import { asciiName, extract, parseCrosswalk, prepare, respace } from "../../src/geo/prepare";
import { GEO_FILES } from "../../src/geo/source";

const gadm = JSON.parse(readFileSync("tests/fixtures/geo/gadm-fixture.json", "utf8")) as FeatureCollection;
const crosswalk = parseCrosswalk(readFileSync("tests/fixtures/geo/crosswalk.csv", "utf8"));
const shared = (f: string) => JSON.parse(readFileSync(`../shared/geo/${f}`, "utf8")) as FeatureCollection;

/** Planar area of a polygon's outer ring minus holes, in square degrees (enough to compare overlaps). */
const ringArea = (r: Position[]) => Math.abs(r.reduce((s, [x, y], i) => s + x * r[(i + 1) % r.length][1] - r[(i + 1) % r.length][0] * y, 0)) / 2;
const area = (f: Feature) => {
  const g = f.geometry as Polygon;
  return ringArea(g.coordinates[0]) - g.coordinates.slice(1).reduce((s, r) => s + ringArea(r), 0);
};
const byId = (fc: FeatureCollection, id: string) => fc.features.find((f) => f.properties!.id === id)!;

let communes: FeatureCollection;
let districts: FeatureCollection;
beforeAll(async () => {
  ({ communes, districts } = await prepare(gadm, crosswalk));
});

describe("names (01_extract.py)", () => {
  it("restores spaces and builds the ASCII name", () => {
    expect(respace("BìnhLiêu")).toBe("Bình Liêu");
    expect(respace("HạLong")).toBe("Hạ Long");
    expect(respace("ĐầmHà(Xã)")).toBe("Đầm Hà (Xã)");
    expect(respace("CôTô")).toBe("Cô Tô");
    expect(asciiName("Đồng Văn")).toBe("Dong Van");
    expect(asciiName("Hoành Bồ")).toBe("Hoanh Bo");
  });

  it("agrees with the names of the prepared files for every GADM district", () => {
    const real = shared(GEO_FILES.communes);
    // GADM's district names are the prepared names without their spaces; putting the spaces back must give them again.
    for (const f of real.features) {
      const d = f.properties!.district as string;
      expect(respace(d.replace(/ /g, ""))).toBe(d);
    }
  });
});

describe("extract", () => {
  it("rebuilds every property of the 186 prepared communes from GADM-style properties", () => {
    // Turn the prepared file back into what GADM ships (names without spaces, Đầm Hà suffixes, GADM types)
    // and check that extract gives back exactly the prepared properties, for every real name.
    const real = shared(GEO_FILES.communes);
    const gadmType: Record<string, string> = { xã: "Xã", phường: "Phường", "thị trấn": "Thịtrấn" };
    const back: FeatureCollection = {
      type: "FeatureCollection",
      features: real.features.map((f) => {
        const p = f.properties!;
        const suffix = p.name === "Đầm Hà" && p.district === "Đầm Hà" ? `(${gadmType[p.type]})` : "";
        return {
          type: "Feature",
          geometry: f.geometry,
          properties: { GID_1: "VNM.49_1", GID_2: p.district_id, NAME_2: p.district.replace(/ /g, ""), GID_3: p.id, NAME_3: p.name.replace(/ /g, "") + suffix, TYPE_3: gadmType[p.type] },
        };
      }),
    };
    const codes = parseCrosswalk(readFileSync("data/gadm-crosswalk.csv", "utf8"));
    const got = extract(back, codes).features.map((f) => f.properties);
    const want = [...real.features].sort((a, b) => (a.properties!.id < b.properties!.id ? -1 : 1)).map((f) => f.properties);
    expect(got).toEqual(want);
  });

  it("keeps only Quảng Ninh and strips the Đầm Hà suffixes, telling the two apart by type and code", () => {
    const fc = extract(gadm, crosswalk);
    expect(gadm.features.some((f) => f.properties!.GID_1 !== "VNM.49_1")).toBe(true);
    expect(fc.features.map((f) => f.properties!.id)).toEqual(["VNM.49.2.3_1", "VNM.49.2.4_1", "VNM.49.5.2_1", "VNM.49.5.3_1", "VNM.49.7.2_1", "VNM.49.9.12_1"]);
    const damHa = fc.features.filter((f) => f.properties!.name === "Đầm Hà").map((f) => [f.properties!.name_full, f.properties!.gso_code]);
    expect(damHa).toEqual([
      ["Thị trấn Đầm Hà", "06895"],
      ["Xã Đầm Hà", "06916"],
    ]);
    expect(byId(fc, "VNM.49.9.12_1").properties).toMatchObject({ district: "Hoành Bồ", district_2020: "Hạ Long", district_id: "VNM.49.9_1" });
  });

  it("refuses a unit the crosswalk does not know, and an unknown unit type", () => {
    const short = new Map([...crosswalk].filter(([id]) => id !== "VNM.49.7.2_1"));
    expect(() => extract(gadm, short)).toThrow(/VNM\.49\.7\.2_1 \(Bãi Cháy, Hạ Long\) has no row in data\/gadm-crosswalk\.csv/);
    const odd = structuredClone(gadm);
    odd.features[1].properties!.TYPE_3 = "Huyện";
    expect(() => extract(odd, crosswalk)).toThrow(/unknown TYPE_3 "Huyện"/);
  });

  it("fails when the file holds no Quảng Ninh unit", () => {
    const other = { ...gadm, features: gadm.features.filter((f) => f.properties!.GID_1 !== "VNM.49_1") };
    expect(() => extract(other, crosswalk)).toThrow(/no feature of VNM\.49_1/);
  });
});

describe("prepare (mapshaper -clean, -dissolve)", () => {
  it("gives communes the property set of the prepared commune file, in the same order", () => {
    const want = Object.keys(shared(GEO_FILES.communes).features[0].properties!);
    for (const f of communes.features) expect(Object.keys(f.properties!)).toEqual(want);
  });

  it("removes the overlap between neighbours", () => {
    const before = extract(gadm, crosswalk);
    const pair = ["VNM.49.2.3_1", "VNM.49.2.4_1"];
    const sum = (fc: FeatureCollection) => pair.reduce((s, id) => s + area(byId(fc, id)), 0);
    // The fixture's two Bình Liêu squares overlap by a 0.0002° strip; together they cover 0.2° × 0.1°.
    expect(sum(before)).toBeGreaterThan(0.02 + 1e-5);
    expect(sum(communes)).toBeCloseTo(0.02, 8);
  });

  it("dissolves the 13-district layout with the prepared district file's properties", () => {
    const want = Object.keys(shared(GEO_FILES.districts).features[0].properties!);
    expect(districts.features.map((f) => Object.keys(f.properties!))).toEqual(districts.features.map(() => want));
    const props = Object.fromEntries(districts.features.map((f) => [f.properties!.district, f.properties]));
    expect(Object.keys(props).sort()).toEqual(["Bình Liêu", "Hạ Long", "Đầm Hà"]);
    expect(props["Hạ Long"]).toEqual({ district: "Hạ Long", province: "Quảng Ninh", n_units_gadm: 2, gadm_districts: "Hoành Bồ, Hạ Long" });
    // Neighbours merge into one shape: each district is a single polygon of the communes' total area.
    for (const f of districts.features) {
      expect(f.geometry.type).toBe("Polygon");
      const parts = communes.features.filter((c) => c.properties!.district_2020 === f.properties!.district);
      expect(area(f)).toBeCloseTo(parts.reduce((s, c) => s + area(c), 0), 8);
    }
  });

  it("writes the same Hạ Long source list as the prepared district file", () => {
    const real = shared(GEO_FILES.districts).features.find((f) => f.properties!.district === "Hạ Long")!;
    expect(props(districts, "Hạ Long").gadm_districts).toBe(real.properties!.gadm_districts);
  });
});

const props = (fc: FeatureCollection, district: string) => fc.features.find((f) => f.properties!.district === district)!.properties!;

describe("the project's crosswalk", () => {
  const rows = readFileSync("data/gadm-crosswalk.csv", "utf8").trim().split(/\r?\n/);
  it("has a row for each of the 186 GADM units with the codes of the prepared commune file", () => {
    expect(rows[0]).toBe("gadm_id,gso_code,name,type,district");
    const real = new Map(shared(GEO_FILES.communes).features.map((f) => [f.properties!.id as string, f.properties!]));
    expect(rows.length - 1).toBe(186);
    const map = parseCrosswalk(rows.join("\n"));
    expect(new Set(map.keys())).toEqual(new Set(real.keys()));
    for (const [id, code] of map) expect([id, code]).toEqual([id, real.get(id)!.gso_code]);
    expect(new Set(map.values()).size).toBe(186);
  });

  it("carries the correction: GADM's thị trấn Đầm Hà is 06895, xã Đầm Hà 06916", () => {
    expect(rows).toContain("VNM.49.5.2_1,06895,Đầm Hà,thị trấn,Đầm Hà");
    expect(rows).toContain("VNM.49.5.3_1,06916,Đầm Hà,xã,Đầm Hà");
  });
});
