/**
 * The committed boundaries (data/geo/): they stand alone (no ../shared, no network), join data/units.json,
 * dissolve to the 13 district-level units of 2020–2025, keep the island districts, and a missing, changed or
 * misnamed file stops data:check and the build with the file's name and both checksums.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Dataset, Unit } from "../../src/data/types";
import { execFile } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { feature } from "topojson-client";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { loadDataset, checkDir } from "../../src/data/load";
import { formatProblem } from "../../src/data/check";
import { districts2020, indexUnits, successorAt, type UnitIndex } from "../../src/lib/lineage";
import { CHECKSUM_FILE, GEO_FILE, GeoError, committedSource, expectedChecksum, geoSource, readCommunes, readVerified, sha256 } from "../../src/geo/source";
import { loadTopology } from "../../src/geo/topology";
import { makeProjector } from "../../src/geo/project";
import { communePath } from "../../src/geo/paths";

// Loaded in the first test's beforeEach, not at import: loading runs the checker (and so src/lib), and StrykerJS
// counts code run outside a test as "static", rerunning the whole suite for each of its mutants.
let data: Dataset;
let index: UnitIndex;
let communeUnits: Unit[];
beforeEach(() => {
  data ??= loadDataset("data", { geoIds: false });
  index = indexUnits(data.units);
  communeUnits = data.units.filter((u) => u.geo_id);
});
const { fc } = readCommunes(committedSource());

describe("the committed boundary file", () => {
  it("is a small TopoJSON whose checksum is the one recorded beside it", () => {
    const bytes = readFileSync(join("data", "geo", GEO_FILE));
    expect(bytes.length).toBeLessThanOrEqual(300 * 1024);
    expect(JSON.parse(bytes.toString("utf8")).type).toBe("Topology");
    expect(expectedChecksum(join("data", "geo"), GEO_FILE, true)).toBe(sha256(bytes));
  });

  it("joins data/units.json one to one on geo_id = gso_code", () => {
    const file = new Set(fc.features.map((f) => f.properties.gso_code));
    const units = new Set(communeUnits.map((u) => u.geo_id!));
    expect(units.size).toBe(communeUnits.length);
    expect([...file].sort()).toEqual([...units].sort());
    expect(file.size).toBe(186);
  });

  it("gives each commune the district of 2020 that data/units.json gives it (Hoành Bồ's communes in Hạ Long)", () => {
    const byCode = new Map(fc.features.map((f) => [f.properties.gso_code, f.properties.district_2020]));
    for (const u of communeUnits) {
      const district = successorAt(index, u.parent!, 2020);
      expect(byCode.get(u.geo_id!), u.id).toBe(district?.geo_district);
    }
  });

  it("dissolves to the 13 district-level units of 2020–2025, as named in data/units.json", async () => {
    const topo = await loadTopology(committedSource());
    const names = topo.objects.districts.geometries.map((g) => (g.properties as { district: string }).district).sort();
    const expected = districts2020(data.units).map((d) => d.geo_district!).sort();
    expect(names).toEqual(expected);
    expect(names).toHaveLength(13);
    expect(names).not.toContain("Hoành Bồ");
  });

  it.each([
    ["van-don", 12],
    ["co-to", 3],
  ])("has every unit of the island district %s (%i), each drawn, and the district's islands", async (id, n) => {
    const district = index.get(id)!;
    const units = communeUnits.filter((u) => u.parent === id);
    expect(units).toHaveLength(n);
    const topo = await loadTopology(committedSource());
    const p = makeProjector(topo, { width: 640, height: 470 });
    for (const u of units) {
      const f = fc.features.find((x) => x.properties.gso_code === u.geo_id);
      expect(f, u.id).toBeDefined();
      expect(f!.properties.district_2020, u.id).toBe(district.geo_district);
      expect(communePath(p, u.geo_id!), u.id).not.toBe("");
    }
    // Islands: the dissolved district is several separate polygons, not one.
    const g = topo.objects.districts.geometries.find((x) => (x.properties as { district: string }).district === district.geo_district)!;
    const shape = feature(topo, g) as Feature<Polygon | MultiPolygon>;
    expect(shape.geometry.type).toBe("MultiPolygon");
    expect((shape.geometry as MultiPolygon).coordinates.length).toBeGreaterThan(n);
  });
});

describe("a missing or corrupt boundary file", () => {
  const tmp: string[] = [];
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    for (const d of tmp.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  /** A copy of data/ (boundaries included) to break. */
  const copy = () => {
    const root = mkdtempSync(join(tmpdir(), "ntm-geo-"));
    tmp.push(root);
    cpSync("data", join(root, "data"), { recursive: true, filter: (src) => !src.includes("releases") });
    return join(root, "data");
  };
  const want = sha256(readFileSync(join("data", "geo", GEO_FILE)));

  it("a changed file: names it, with the expected and the actual checksum", () => {
    const dir = copy();
    const file = join(dir, "geo", GEO_FILE);
    appendFileSync(file, " ");
    const got = sha256(readFileSync(file));
    expect(() => readVerified({ file, committed: true })).toThrow(GeoError);
    expect(() => readVerified({ file, committed: true })).toThrow(`${file}: checksum mismatch: expected sha256 ${want}, got ${got}`);
  });

  it("a missing file: names it, with the checksum it should have", () => {
    const dir = copy();
    const file = join(dir, "geo", GEO_FILE);
    rmSync(file);
    expect(() => readVerified({ file, committed: true })).toThrow(`${file}: is missing (expected sha256 ${want})`);
  });

  it("a missing checksum file or a missing line in it is an error too, never a skipped check", () => {
    const dir = copy();
    const file = join(dir, "geo", GEO_FILE);
    writeFileSync(join(dir, "geo", CHECKSUM_FILE), "");
    expect(() => readVerified({ file, committed: true })).toThrow(`has no line for ${GEO_FILE}`);
    rmSync(join(dir, "geo", CHECKSUM_FILE));
    expect(() => readVerified({ file, committed: true })).toThrow(`${CHECKSUM_FILE}: is missing`);
  });

  it("a malformed record: names the file, the feature and the field", () => {
    const dir = copy();
    const geo = join(dir, "geo");
    const topo = JSON.parse(readFileSync(join(geo, GEO_FILE), "utf8"));
    const name = topo.objects.communes.geometries[3].properties.name;
    topo.objects.communes.geometries[3].properties.gso_code = "6X";
    const text = JSON.stringify(topo);
    writeFileSync(join(geo, GEO_FILE), text);
    writeFileSync(join(geo, CHECKSUM_FILE), `${sha256(text)}  ${GEO_FILE}\n`);
    expect(() => readCommunes({ file: join(geo, GEO_FILE), committed: true })).toThrow(
      `feature #3 (${name}) › field "gso_code": must be a 5-digit GSO code, is "6X".`,
    );
  });

  it("data:check reports it as an error (load.ts no longer swallows it)", () => {
    const dir = copy();
    appendFileSync(join(dir, "geo", GEO_FILE), "x");
    process.env.NTM_DATA_DIR = dir;
    const r = checkDir(dir);
    expect(r.parsed).toBeUndefined();
    expect(r.errors.map(formatProblem).join("\n")).toMatch(new RegExp(`${GEO_FILE}: checksum mismatch: expected sha256 ${want}, got [0-9a-f]{64}`));
  });

  it("a mistyped NTM_GEO_DIR fails loudly, naming the folder", () => {
    process.env.NTM_GEO_DIR = "/nonexistent/geo-typo";
    expect(() => geoSource()).toThrow(/\/nonexistent\/geo-typo: NTM_GEO_DIR points here, but none of quang-ninh-communes-2019\.topojson/);
    const r = checkDir("data");
    expect(r.errors[0].file).toBe("/nonexistent/geo-typo");
  });

  it("stops the build's first step and data:check (exit 1, file and checksum in the message)", { timeout: 120_000 }, async () => {
    const dir = copy();
    appendFileSync(join(dir, "geo", GEO_FILE), "x");
    const run = (script: string) =>
      new Promise<{ code: number; out: string }>((resolve) =>
        execFile("npx", ["tsx", script], { env: { ...process.env, NTM_DATA_DIR: dir, NTM_GEO_DIR: "" } }, (err, stdout, stderr) =>
          resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
        ),
      );
    for (const script of ["scripts/geo.ts", "scripts/data-check.ts"]) {
      const r = await run(script);
      expect(r.code, script).toBe(1);
      expect(r.out, script).toContain(`${join(dir, "geo", GEO_FILE)}: checksum mismatch: expected sha256 ${want}, got `);
    }
  });
});
