/**
 * The subset web font keeps every glyph the site shows: each letter with a diacritic (and every
 * other non-ASCII character) that occurs in data/, the story and page content and the interface
 * words has a real glyph in each subset WOFF2 — not .notdef, and not the bare letter — and the
 * marked letters draw with their marks. The characters are gathered here from the files
 * themselves, independently of the subsetter's own collection.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { Resvg } from "@resvg/resvg-js";
import { sourceFont, WEIGHTS, writeSubsets } from "../../src/fonts/subset";

const walk = (d: string): string[] => readdirSync(d).flatMap((x) => (statSync(join(d, x)).isDirectory() ? walk(join(d, x)) : [join(d, x)]));

/** Every string value in the data files (what pages print), and the text of the content and i18n files. */
function shownText(): string {
  const parts: string[] = [];
  const strings = (v: unknown): void => {
    if (typeof v === "string") parts.push(v);
    else if (Array.isArray(v)) v.forEach(strings);
    else if (v && typeof v === "object") Object.values(v).forEach(strings);
  };
  for (const f of readdirSync("data").filter((f) => f.endsWith(".json"))) strings(JSON.parse(readFileSync(join("data", f), "utf8")));
  for (const f of [...walk("src/content"), ...walk("src/i18n")]) parts.push(readFileSync(f, "utf8"));
  return parts.join("\n").normalize("NFC");
}

let dir: string;
let files: Record<number, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ntm-fonts-"));
  files = await writeSubsets(join(dir, "out"), undefined, join(dir, "cache"));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("subset web font", () => {
  const shown = [...new Set(shownText())].filter((c) => c.codePointAt(0)! > 0x7e && /[\p{L}\p{N}\p{P}\p{S}]/u.test(c));
  const full = fontkit.openSync(sourceFont(400));
  // What the full font draws must survive the cut; a symbol the full font lacks (e.g. "→") was
  // always drawn by the reader's system font, and still is.
  const needed = shown.filter((c) => full.hasGlyphForCodePoint(c.codePointAt(0)!));
  const vietnamese = shown.filter((c) => c.normalize("NFD").length > 1 || c === "đ" || c === "Đ");
  /** The letter without its marks; a lower-case i's marks replace its dot, so it compares with dotless ı. */
  const bare = (c: string) => {
    const b = c.normalize("NFD")[0].replace("đ", "d").replace("Đ", "D");
    return b === "i" ? "ı" : b;
  };

  it("has material to check: the site's text has Vietnamese letters with marks, all in the full font", () => {
    expect(vietnamese.length).toBeGreaterThan(50);
    expect(vietnamese.filter((c) => !needed.includes(c))).toEqual([]);
  });

  it.each(WEIGHTS.map((w) => [w]))("weight %i: a glyph for every non-ASCII character the site shows, distinct from the bare letter", (w) => {
    const font = fontkit.create(readFileSync(files[w]));
    const missing = needed.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!) || font.glyphForCodePoint(c.codePointAt(0)!).id === 0);
    expect(missing).toEqual([]);
    for (const c of vietnamese) {
      const b = c.normalize("NFD")[0].replace("đ", "d").replace("Đ", "D");
      expect(font.glyphForCodePoint(c.codePointAt(0)!).id, `${c} vs ${b}`).not.toBe(font.glyphForCodePoint(b.codePointAt(0)!).id);
    }
  });

  it("draws each marked letter with its marks: ink reaches beyond the bare letter's", () => {
    // resvg reads TrueType/OpenType, not WOFF2: fontkit hands the subset's glyph outlines over as paths.
    type Outlines = { glyphForCodePoint(c: number): { path: { toSVG(): string }; bbox: { minY: number; maxY: number; minX: number; maxX: number } } };
    const font = fontkit.create(readFileSync(files[400])) as unknown as Outlines;
    const whole = full as unknown as Outlines;
    const flat = vietnamese.filter((c) => {
      const g = font.glyphForCodePoint(c.codePointAt(0)!).bbox;
      const b = whole.glyphForCodePoint(bare(c).codePointAt(0)!).bbox;
      // A mark above or below makes the box taller; đ/Đ's bar makes it at least as wide.
      return !(g.maxY > b.maxY + 20 || g.minY < b.minY - 20 || ((c === "đ" || c === "Đ") && g.maxX - g.minX >= b.maxX - b.minX - 1));
    });
    expect(flat).toEqual([]);
    // And the outline really renders: one marked letter through resvg gives ink.
    const path = font.glyphForCodePoint("ệ".codePointAt(0)!).path.toSVG();
    const png = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><path transform="translate(20,80) scale(0.06,-0.06)" d="${path}"/></svg>`).render();
    expect(new Set(png.pixels).size).toBeGreaterThan(2);
  });
});
