/**
 * Colours live in one module: src/charts/palette.ts. Anywhere else in src/, a colour is a token — an import
 * of the palette in TypeScript, or a CSS custom property that the palette generates (paletteCss) in styles.
 * This test fails when a hex colour is written anywhere else in src/, so a colour cannot be copied into a
 * component again and drift from the palette.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE, paletteCss, UI } from "../../src/charts/palette";

const root = join(import.meta.dirname, "../..");
const PALETTE_FILE = "src/charts/palette.ts";
/**
 * Files that may hold hex colours, with the reason. Empty: keep it short. Folders named generated/ are skipped:
 * src/styles/generated/ is written from palette.ts at build (paletteCss), src/fonts/generated/ by the font subsetter.
 */
const ALLOWED: Record<string, string> = {};

/** A hex colour: #rgb, #rgba, #rrggbb or #rrggbbaa, not part of an HTML numeric entity (&#8212;) or a longer word. */
const HEX = /(?<![&\w])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![\w-])/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : files(p);
    return /\.(ts|mts|mjs|js|astro|css|mdx|md|json|svg)$/.test(e.name) ? [p] : [];
  });
}

describe("colours only in the palette", () => {
  it("finds no hex colour in src/ outside src/charts/palette.ts", () => {
    const found: string[] = [];
    for (const f of files(join(root, "src"))) {
      const rel = relative(root, f);
      if (rel === PALETTE_FILE || ALLOWED[rel]) continue;
      readFileSync(f, "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const m of line.matchAll(HEX)) found.push(`${rel}:${i + 1}: ${m[0]}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("catches a colour written into a component (the pattern is not too narrow)", () => {
    for (const s of ["color: #1f4e99;", 'fill="#fff"', "border: 1px solid #76767680"]) expect(s.match(HEX), s).not.toBeNull();
    for (const s of ["&#8212;", "#map-2018", "url(#m-hatch)", "#changelog", "#${id}"]) expect(s.match(HEX), s).toBeNull();
  });

  it("generates a CSS custom property for every page and UI token", () => {
    const css = paletteCss();
    for (const [k, v] of Object.entries({ ...PAGE.light, ...UI })) expect(css).toContain(`--${k}:${v}`);
  });
});
