/**
 * The PNG render cache: a second request for the same SVG returns the stored bytes without
 * rendering, a changed SVG or scale renders anew, and rendering itself is pure (the same SVG
 * rendered twice with the cache off gives the same bytes) — which is what lets
 * check:determinism take its second build's PNGs from the cache.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { timelineImageSvg } from "../../src/charts/images";
import { toPng } from "../../src/charts/png";
import { cacheStats, pngCachePrune } from "../../src/charts/png-cache";

let dir: string;
const saved = process.env.NTM_PNG_CACHE;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ntm-png-cache-"));
  process.env.NTM_PNG_CACHE = dir;
});
afterEach(() => {
  if (saved === undefined) delete process.env.NTM_PNG_CACHE;
  else process.env.NTM_PNG_CACHE = saved;
  rmSync(dir, { recursive: true, force: true });
});
const files = (d: string): string[] => readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);

describe("PNG render cache", () => {
  it("renders each input once and returns identical bytes for identical input", async () => {
    const svg = timelineImageSvg("en");
    const r0 = cacheStats.renders;
    const first = await toPng(svg, 1);
    expect(cacheStats.renders).toBe(r0 + 1);
    const h0 = cacheStats.hits;
    const again = await toPng(svg, 1);
    expect(cacheStats.hits).toBe(h0 + 1);
    expect(cacheStats.renders).toBe(r0 + 1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(files(dir)).toHaveLength(1);
  });

  it("renders again when the SVG or the scale changes", async () => {
    const svg = timelineImageSvg("en");
    const a = await toPng(svg, 1);
    const b = await toPng(svg, 2);
    // A small black square in the corner: a change in the pixels.
    const c = await toPng(svg.replace(/<\/svg>$/, '<rect width="10" height="10"/></svg>'), 1);
    expect(files(dir)).toHaveLength(3);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it("renders the same SVG to the same bytes without the cache (resvg is deterministic)", async () => {
    process.env.NTM_PNG_CACHE = "off";
    const svg = timelineImageSvg("vi");
    const one = await toPng(svg, 2);
    const two = await toPng(svg, 2);
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect(files(dir)).toHaveLength(0);
  });

  it("after a complete build, keeps the images that build used and deletes the rest", async () => {
    const svg = timelineImageSvg("en");
    await toPng(svg, 1); // an image of an earlier build
    await toPng(svg, 2);
    const { hooks } = pngCachePrune();
    const messages: string[] = [];
    hooks["astro:build:start"]();
    const kept = await toPng(svg, 2); // the next build uses only the 2× image
    hooks["astro:build:done"]({ logger: { info: (m: string) => messages.push(m) } });
    expect(files(dir)).toHaveLength(1);
    expect(messages.join("")).toMatch(/1 image\(s\) used by this build, 1 unused entry deleted/);
    expect(Buffer.from(await toPng(svg, 2)).equals(Buffer.from(kept))).toBe(true);
    // Outside a build (no build:start), nothing is pruned.
    await toPng(svg, 1);
    hooks["astro:build:done"]({ logger: { info: (m: string) => messages.push(m) } });
    expect(files(dir)).toHaveLength(2);
  });
});
