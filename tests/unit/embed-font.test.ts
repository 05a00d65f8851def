/**
 * The embeds' font cut (src/fonts/embed-font.ts): from a built site's embed pages and scripts it keeps
 * every character they contain, Vietnamese marks included, and only those beyond ASCII, so the map
 * embed stays in its budget. Built here from a small site written to a temporary folder.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { fallbackMetrics, siteProse } from "../../src/fonts/subset";
import { embedCharacters, embedFontCss, embedFontWoff2, writeEmbedFont, EMBED_FONT_PATH } from "../../src/fonts/embed-font";

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "ntm-embed-font-"));
  mkdirSync(join(dist, "embed", "map"), { recursive: true });
  mkdirSync(join(dist, "en", "embed", "v1.0.0", "timeline"), { recursive: true });
  mkdirSync(join(dist, "_astro"), { recursive: true });
  mkdirSync(join(dist, "xa", "a"), { recursive: true });
  writeFileSync(join(dist, "embed", "map", "index.html"), '<p>Quảng Ninh</p><svg><path d="M1,2L3,4ỹ"/></svg>');
  writeFileSync(join(dist, "en", "embed", "v1.0.0", "timeline", "index.html"), "<p>Đầm Hà — 2018</p>");
  writeFileSync(join(dist, "_astro", "map.js"), 'const a="Năm ";');
  // A page that is not an embed: its letters stay out.
  writeFileSync(join(dist, "xa", "a", "index.html"), "<p>Tiên Yên ữ</p>");
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe("embed font", () => {
  it("keeps the characters of embed pages and scripts, not of path data or other pages", () => {
    const chars = embedCharacters(dist);
    for (const c of "QuảngĐầmHà—Năm0123456789 \u00a0") expect(chars).toContain(c);
    for (const c of "ỹữ") expect(chars).not.toContain(c);
  });

  it("writes one WOFF2 with a real glyph for each of them, and no glyph for a letter no embed shows", async () => {
    const out = await writeEmbedFont(dist, join(dist, ".cache"));
    expect(out.file).toBe(join(dist, EMBED_FONT_PATH));
    const font = fontkit.create(await embedFontWoff2(embedCharacters(dist)));
    for (const c of "ảĐầàă") expect(font.glyphForCodePoint(c.codePointAt(0)!).id, c).not.toBe(0);
    expect(font.hasGlyphForCodePoint("ữ".codePointAt(0)!)).toBe(false);
  });

  it("declares Be Vietnam Pro 400 from the given URL and one metric-matched fallback face, with the 400's metrics", async () => {
    const css = await embedFontCss("/sub/fonts/x.woff2");
    expect(css).toMatch(/@font-face\{font-family:"Be Vietnam Pro";font-style:normal;font-weight:400;font-display:swap;src:url\("\/sub\/fonts\/x\.woff2"\) format\("woff2"\)\}/);
    // Text at 600 is emboldened from the 400 after the swap, so from the fallback's 400 before it: one face.
    expect(css.match(/"Be Vietnam Pro Fallback";font-style:normal;font-weight:\d+/g)).toEqual(['"Be Vietnam Pro Fallback";font-style:normal;font-weight:400']);
    const m = await fallbackMetrics(400, siteProse());
    expect(css).toContain(`size-adjust:${(100 * m.sizeAdjust).toFixed(2)}%`);
    expect(css).not.toMatch(/font-weight:600;font-display/);
  });
});
