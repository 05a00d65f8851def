/**
 * The build and the warm-up process (scripts/png-warm.ts) share the PNG cache: an image one of them is
 * rendering (its claim, a .lock file with its pid, beside the cache entry) is not rendered by the other,
 * which waits for the file; a claim left by a process that died is taken over.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { timelineImageSvg } from "../../src/charts/images";
import { FONT_FILES, IMAGE_FONT, toPng } from "../../src/charts/png";
import { PAGE } from "../../src/charts/palette";
import { cacheStats, pngKey } from "../../src/charts/png-cache";
import { PNG_ENCODER } from "../../src/charts/png-encode";

let dir: string;
const saved = process.env.NTM_PNG_CACHE;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ntm-png-claim-"));
  process.env.NTM_PNG_CACHE = dir;
});
afterEach(() => {
  if (saved === undefined) delete process.env.NTM_PNG_CACHE;
  else process.env.NTM_PNG_CACHE = saved;
  rmSync(dir, { recursive: true, force: true });
});

/** Where toPng(svg, 1) keeps its PNG (the options as src/charts/png.ts passes them). */
function entry(svg: string) {
  const options = {
    fitTo: { mode: "zoom", value: 1 },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT },
    background: PAGE.light.paper,
    encoder: PNG_ENCODER,
  };
  const key = pngKey(svg, options, FONT_FILES);
  mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
  return join(dir, key.slice(0, 2), `${key}.png`);
}

describe("PNG cache claims", () => {
  it("waits for an image another living process is rendering, and takes its bytes", async () => {
    const svg = timelineImageSvg("vi");
    const file = entry(svg);
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      writeFileSync(`${file}.lock`, String(other.pid));
      const renders = cacheStats.renders;
      const pending = toPng(svg, 1);
      await new Promise((r) => setTimeout(r, 150));
      // The other process finishes: its file appears, its claim goes.
      const theirs = Buffer.from("not really a PNG: the bytes the other process wrote");
      writeFileSync(file, theirs);
      rmSync(`${file}.lock`);
      expect(Buffer.from(await pending).equals(theirs)).toBe(true);
      expect(cacheStats.renders).toBe(renders);
    } finally {
      other.kill();
    }
  });

  it("renders an image whose claim was left by a process that no longer runs, and releases its own claim", async () => {
    const svg = timelineImageSvg("en");
    const file = entry(svg);
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFileSync(`${file}.lock`, dead);
    const renders = cacheStats.renders;
    const png = await toPng(svg, 1);
    expect(cacheStats.renders).toBe(renders + 1);
    expect(Array.from(png.slice(1, 4))).toEqual([80, 78, 71]); // "PNG"
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("renders an image once when this process asks for it twice at the same time", async () => {
    const svg = timelineImageSvg("vi");
    const renders = cacheStats.renders;
    const [a, b] = await Promise.all([toPng(svg, 1), toPng(svg, 1)]);
    expect(cacheStats.renders).toBe(renders + 1);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
