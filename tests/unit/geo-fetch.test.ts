/**
 * The fetch path for the boundaries, against a hand-made GADM-shaped fixture served
 * from 127.0.0.1: download, verify, prepare, cache — and each failure stops with its
 * own message and leaves no half-written cache.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { zipSync } from "fflate";
import { prepareFromGadm } from "../../src/geo/fetch";
import { respace } from "../../src/geo/prepare";
import { findGeoDir, geoIds } from "../../src/geo/source";

const json = readFileSync("tests/fixtures/geo/gadm-fixture.json");
const sha = createHash("sha256").update(json).digest("hex");
const zip = zipSync({ "gadm41_VNM_3.json": new Uint8Array(json) });
const crosswalkFile = "tests/fixtures/geo/crosswalk.csv";
let server: Server;
let origin = "";
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url!);
    if (req.url === "/gadm.zip") {
      res.writeHead(200, { "content-type": "application/zip", "content-length": zip.length });
      res.end(Buffer.from(zip));
    } else if (req.url === "/truncated.zip") {
      const half = Buffer.from(zip).subarray(0, Math.floor(zip.length / 2));
      res.writeHead(200, { "content-length": half.length });
      res.end(half);
    } else if (req.url === "/flaky.zip" && hits.filter((h) => h === "/flaky.zip").length === 1) {
      res.writeHead(503);
      res.end("busy");
    } else if (req.url === "/flaky.zip") {
      res.writeHead(200, { "content-length": zip.length });
      res.end(Buffer.from(zip));
    } else if (req.url === "/slow.zip") {
      // never answers
    } else {
      res.writeHead(404);
      res.end("not found");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fresh = () => {
  const root = mkdtempSync(join(tmpdir(), "ntm-geo-"));
  return { root, target: join(root, "prepared") };
};
const run = (url: string, target: string, more: Partial<Parameters<typeof prepareFromGadm>[0]> = {}) =>
  prepareFromGadm({ url, sha256: sha, target, crosswalkFile, timeoutMs: 2000, retries: 1, log: () => {}, ...more });
/** Nothing but the target folder may ever appear in the cache root: no temp folders left over. */
const leftovers = (root: string) => readdirSync(root);

describe("boundaries from their origin", () => {
  it("downloads, verifies, prepares and caches; a second call uses the cache", async () => {
    const { root, target } = fresh();
    const dir = await run(`${origin}/gadm.zip`, target);
    expect(dir).toBe(target);
    const communes = JSON.parse(readFileSync(join(dir, "quang-ninh-communes.geojson"), "utf8"));
    const props = communes.features.map((f: { properties: Record<string, unknown> }) => f.properties);
    expect(props.map((p: Record<string, unknown>) => [p.name, p.type, p.district, p.gso_code])).toEqual([
      ["Đồng Văn", "xã", "Bình Liêu", "06847"],
      ["Hoành Mô", "xã", "Bình Liêu", "06841"],
      ["Đầm Hà", "thị trấn", "Đầm Hà", "06895"],
      ["Đầm Hà", "xã", "Đầm Hà", "06916"],
      ["Bãi Cháy", "phường", "Hạ Long", "06673"],
      ["Trới", "thị trấn", "Hoành Bồ", "07030"],
    ]);
    const districts = JSON.parse(readFileSync(join(dir, "quang-ninh-districts.geojson"), "utf8"));
    expect(districts.features.map((f: { properties: Record<string, unknown> }) => [f.properties.district, f.properties.n_units_gadm]).sort()).toEqual([
      ["Bình Liêu", 2],
      ["Hạ Long", 2],
      ["Đầm Hà", 2],
    ]);
    expect(geoIds(dir)).toEqual(new Set(["06841", "06847", "06895", "06916", "06673", "07030"]));
    const before = hits.length;
    await run(`${origin}/gadm.zip`, target);
    expect(hits.length).toBe(before);
    expect(leftovers(root)).toEqual(["prepared"]);
    rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ["a wrong checksum", "/gadm.zip", { sha256: "0".repeat(64) }, /checksum mismatch for gadm41_VNM_3\.json: expected 0{64}, got [0-9a-f]{64}; refusing to build a map from unverified geometry/],
    ["a 404", "/missing.zip", {}, /HTTP 404 \(not found\)\. Check NTM_GEO_URL/],
    ["a timeout", "/slow.zip", { timeoutMs: 300 }, /no answer within 300 ms \(timed out\).*Set NTM_GEO_DIR/],
    ["a truncated zip", "/truncated.zip", {}, /the downloaded GADM archive is damaged or incomplete/],
  ])("stops on %s with its own message and caches nothing", async (_what, path, more, message) => {
    const { root, target } = fresh();
    await expect(run(`${origin}${path}`, target, more)).rejects.toThrow(message);
    expect(existsSync(target)).toBe(false);
    expect(leftovers(root)).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });

  it("retries a failed attempt, but never a 404", async () => {
    const { root, target } = fresh();
    const logged: string[] = [];
    await run(`${origin}/flaky.zip`, target, { retries: 3, log: (s) => logged.push(s) });
    expect(hits.filter((h) => h === "/flaky.zip")).toHaveLength(2);
    expect(logged.join("\n")).toMatch(/attempt 1 failed \(HTTP 503\); retrying/);
    expect(logged.join("\n")).toMatch(/downloading GADM: 0\.0 MB of 0\.0 MB/);
    const before = hits.filter((h) => h === "/gone.zip").length;
    await expect(run(`${origin}/gone.zip`, join(root, "other"), { retries: 3 })).rejects.toThrow(/HTTP 404/);
    expect(hits.filter((h) => h === "/gone.zip").length - before).toBe(1);
    expect(leftovers(root).sort()).toEqual(["prepared"]);
    rmSync(root, { recursive: true, force: true });
  });

  it("says which variable to set when offline", async () => {
    const { root, target } = fresh();
    await expect(run("http://127.0.0.1:9/gadm.zip", target)).rejects.toThrow(/could not download GADM boundaries from .* Set NTM_GEO_DIR/);
    rmSync(root, { recursive: true, force: true });
  });

  it("restores the spaces GADM strips from names", () => {
    expect(respace("BìnhLiêu")).toBe("Bình Liêu");
    expect(respace("ĐầmHà(Thịtrấn)")).toBe("Đầm Hà (Thịtrấn)");
    expect(respace("QuảngYên")).toBe("Quảng Yên");
  });
});

describe("where the prepared files are read from", () => {
  it("uses NTM_GEO_DIR when set, and names the missing file when it is incomplete", () => {
    const old = process.env.NTM_GEO_DIR;
    try {
      process.env.NTM_GEO_DIR = resolve("../shared/geo");
      expect(findGeoDir()).toBe(resolve("../shared/geo"));
      expect(geoIds(findGeoDir()!).size).toBe(186);
      process.env.NTM_GEO_DIR = resolve("tests/fixtures/geo");
      expect(() => findGeoDir()).toThrow(/NTM_GEO_DIR is set to .*tests\/fixtures\/geo, but quang-ninh-communes\.geojson is not there/);
    } finally {
      if (old === undefined) delete process.env.NTM_GEO_DIR;
      else process.env.NTM_GEO_DIR = old;
    }
  });
});
