/**
 * Words live in dictionaries under src/i18n/, not in `vi ? "…" : "…"` written into the code: a ternary on
 * the language is where a translation goes missing or one language's page gets the other's word. This test
 * reads every source file under src/ and counts the ternaries whose condition is the language. A ternary
 * that must stay carries a `lang-ternary:` comment (on its line or the line above) saying why; there may be
 * only a handful of those. Files another change is still converting have a ceiling that may only go down.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

/** The condition is `vi`, `isVi`, or `<…>lang === "vi"` / `!== "en"` and so on; `?.` and `??` are not ternaries. */
const TERNARY = /(?<![.\w$])(?:isVi|vi)\s*\?(?![.?])|\blang\s*[!=]==?\s*["'](?:vi|en)["']\s*\?(?![.?])/g;
const JUSTIFIED = /lang-ternary:\s*\S/;

/** At most this many justified ternaries in all of src/. */
const MAX_JUSTIFIED = 5;

/**
 * Files other changes of issue 20 are rewriting, which move their words into src/i18n/ as they go: the
 * chart components and modules (item 2, one chart frame) and the embed code (the press kit). Their counts
 * may only fall; remove a line when it reaches zero.
 */
const PENDING: Record<string, number> = {};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mts|mjs|js|astro|mdx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

interface Hit {
  file: string;
  line: number;
  justified: boolean;
}

function languageTernaries(file: string, text: string): Hit[] {
  const lines = text.split("\n");
  const hits: Hit[] = [];
  for (const m of text.matchAll(TERNARY)) {
    const line = text.slice(0, m.index).split("\n").length;
    const here = lines[line - 1] ?? "";
    const above = lines[line - 2] ?? "";
    hits.push({ file, line, justified: JUSTIFIED.test(here) || JUSTIFIED.test(above) });
  }
  return hits;
}

const all = files(SRC).flatMap((f) => languageTernaries(relative(ROOT, f).split("\\").join("/"), readFileSync(f, "utf8")));

describe("inline language ternaries", () => {
  it("finds the forms it claims to find", () => {
    const sample = [
      'const a = vi ? "Năm" : "Year";',
      'const b = lang === "vi" ? "x" : "y";',
      "const c = isVi\n  ? 1\n  : 2;",
      'const d = cfg.lang !== "en" ? 1 : 2;',
      "const e = o.vi?.name ?? vi;",
      'const f = vi ? 1 : 2; // lang-ternary: a locale code, not a word',
    ].join("\n");
    const hits = languageTernaries("sample.ts", sample);
    expect(hits.map((h) => [h.line, h.justified])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [6, false],
      [8, true],
    ]);
  });

  it("leaves none unjustified outside the files still being converted", () => {
    const loose = all.filter((h) => !h.justified && !(h.file in PENDING)).map((h) => `${h.file}:${h.line}`);
    expect(loose).toEqual([]);
  });

  it("keeps the justified ones to a handful", () => {
    const justified = all.filter((h) => h.justified).map((h) => `${h.file}:${h.line}`);
    expect(justified.length, justified.join("\n")).toBeLessThanOrEqual(MAX_JUSTIFIED);
  });

  it("does not let the files still being converted gain any", () => {
    for (const [file, ceiling] of Object.entries(PENDING)) {
      const n = all.filter((h) => h.file === file && !h.justified).length;
      expect(n, `${file}: ${n} inline language ternaries, ceiling ${ceiling}`).toBeLessThanOrEqual(ceiling);
    }
  });
});
