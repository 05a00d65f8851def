import { describe, expect, it } from "vitest";
import { rgb } from "d3";
import { ACHIEVEMENT_FILLS, DARK, LADDER, LEGEND_ORDER, LINES, OTHER_STATES, PAGE, PALETTE, PATTERN_COLOURS, darkCss, fillFor, paletteCss, statusCss } from "../../src/charts/palette";
import { STATUSES } from "../../src/lib/status";

const lin = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) => {
  const { r, g, b } = rgb(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

// Machado, Oliveira & Fernandes (2009) matrices, severity 1.0, applied in linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
function simulatedLuminance(hex: string, m: number[][]): number {
  const { r, g, b } = rgb(hex);
  const v = [lin(r), lin(g), lin(b)];
  const out = m.map((row) => Math.min(1, Math.max(0, row[0] * v[0] + row[1] * v[1] + row[2] * v[2])));
  return 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2];
}

const patternIds = (css: string) => [...new Set([...css.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]))];

describe("palette", () => {
  it("has a swatch for every status and lists each once in the legend", () => {
    expect(Object.keys(PALETTE).sort()).toEqual([...STATUSES].sort());
    // Every status the map can draw is in the legend once; "merged" is never drawn (its successor is).
    expect([...LEGEND_ORDER].sort()).toEqual(STATUSES.filter((s) => s !== "merged").sort());
    expect(new Set(LEGEND_ORDER).size).toBe(LEGEND_ORDER.length);
    expect(LEGEND_ORDER).toEqual([...LADDER, ...OTHER_STATES]);
  });

  it("draws no state that is not an achievement in an achievement colour, solid or in its pattern", () => {
    for (const s of STATUSES.filter((x) => !["ntm", "nang-cao", "kieu-mau"].includes(x))) {
      const sw = PALETTE[s];
      const colours = sw.pattern ? PATTERN_COLOURS[sw.pattern] : [sw.fill];
      for (const c of colours) {
        expect(ACHIEVEMENT_FILLS, `${s} uses ${c}`).not.toContain(c);
        // Neutral: a grey (no hue) or the ladder's "not yet" cream.
        const { r, g, b } = rgb(c);
        if (c !== PALETTE.none.fill) expect(Math.max(r, g, b) - Math.min(r, g, b), `${s} ${c}`).toBeLessThanOrEqual(8);
      }
    }
    expect(patternIds(statusCss("#m1", "m1"))).toEqual(["m1-hatch", "m1-cross"]);
  });

  it("keeps the tiers ordered light → dark for normal vision and under each colour-vision deficiency", () => {
    const ladder = (["none", "ntm", "nang-cao", "kieu-mau"] as const).map((s) => PALETTE[s].fill);
    const check = (lum: (h: string) => number) => {
      const ls = ladder.map(lum);
      for (let i = 1; i < ls.length; i++) expect(ls[i - 1] / ls[i]).toBeGreaterThan(1.3);
    };
    check(luminance);
    for (const m of Object.values(CVD)) check((h) => simulatedLuminance(h, m));
  });

  it("draws legend edges and district lines at ≥ 3:1 against white", () => {
    for (const s of STATUSES) expect(contrast(PALETTE[s].edge, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrast(LINES.district, "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("uses patterns, not colour alone, for undetermined and no-data", () => {
    expect(fillFor("undetermined", "m1")).toBe("url(#m1-hatch)");
    expect(fillFor("no-data", "m1")).toBe("url(#m1-cross)");
    expect(fillFor("ntm", "m1")).toBe(PALETTE.ntm.fill);
    expect(statusCss("#m1", "m1")).toContain("#m1 .s-undetermined{fill:url(#m1-hatch)}");
  });
});

describe("dark theme (embeds)", () => {
  const paper = PAGE.dark.paper;
  it("keeps text readable: ink 7:1, soft ink and links 4.5:1 on the dark page", () => {
    expect(contrast(PAGE.dark.ink, paper)).toBeGreaterThanOrEqual(7);
    expect(contrast(PAGE.dark["ink-soft"], paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PAGE.dark.accent, paper)).toBeGreaterThanOrEqual(4.5);
  });

  it("draws outlines and legend edges light enough to see (3:1), and no ward as a near-white block", () => {
    expect(contrast(DARK.lines.district, paper)).toBeGreaterThanOrEqual(3);
    expect(contrast(DARK.lines.province, paper)).toBeGreaterThanOrEqual(3);
    expect(contrast(DARK.legendEdge, paper)).toBeGreaterThanOrEqual(3);
    expect(luminance(DARK.fills["not-in-programme"]!)).toBeLessThan(0.1);
    // Every solid fill of the dark map stays apart from the page (3:1) or from the ward fill it sits next to.
    for (const s of LEGEND_ORDER.filter((x) => !PALETTE[x].pattern)) {
      const fill = DARK.fills[s] ?? PALETTE[s].fill;
      if (s !== "not-in-programme") expect(contrast(fill, DARK.fills["not-in-programme"]!), s).toBeGreaterThan(1.3);
    }
  });

  it("is CSS scoped to the theme selector and to each map", () => {
    const css = darkCss(':root[data-theme="dark"]', ["map"]);
    expect(css.startsWith(`:root[data-theme="dark"]{--ink:${PAGE.dark.ink}`)).toBe(true);
    expect(css).toContain(`:root[data-theme="dark"] #map path.districts{stroke:${DARK.lines.district}}`);
    expect(css).toContain(`:root[data-theme="dark"] #map .s-not-in-programme{fill:${DARK.fills["not-in-programme"]}}`);
  });

  it("starts from the light page colours that global.css takes from the palette (never its own copy)", async () => {
    const { readFileSync } = await import("node:fs");
    const css = readFileSync("src/styles/global.css", "utf8");
    expect(css).toContain('@import "./generated/palette.css";');
    for (const k of Object.keys(PAGE.light)) expect(css, k).not.toMatch(new RegExp(`--${k}\\s*:`));
    for (const [k, v] of Object.entries(PAGE.light)) expect(paletteCss(), k).toContain(`--${k}:${v}`);
  });
});
