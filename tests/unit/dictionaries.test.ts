/**
 * Every dictionary under src/i18n/ has both languages for every key. The `words()` helper makes a missing
 * key a type error; this test covers the dictionaries written as plain objects too, at any depth
 * (`{ vi: {...}, en: {...} }` anywhere in an export), and checks that no word is empty. (A sentence may
 * leave a value unused in one language, "1 result" / "1 kết quả", so the number of values is the types' job.)
 */
import { describe, expect, it } from "vitest";

const modules = import.meta.glob<Record<string, unknown>>("../../src/i18n/*.ts", { eager: true });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The differences between the Vietnamese and the English side of one dictionary, as paths. */
function mismatches(vi: unknown, en: unknown, path: string): string[] {
  if (typeof vi === "string" || typeof en === "string") {
    if (typeof vi !== "string" || typeof en !== "string") return [`${path}: a word in one language, ${typeof (typeof vi === "string" ? en : vi)} in the other`];
    return vi.trim() && en.trim() ? [] : [`${path}: empty`];
  }
  if (typeof vi === "function" || typeof en === "function") {
    if (typeof vi !== "function" || typeof en !== "function") return [`${path}: a sentence in one language only`];
    return [];
  }
  if (Array.isArray(vi) || Array.isArray(en)) {
    if (!Array.isArray(vi) || !Array.isArray(en) || vi.length !== en.length) return [`${path}: lists of different lengths`];
    return vi.flatMap((v, i) => mismatches(v, en[i], `${path}[${i}]`));
  }
  if (isObject(vi) && isObject(en)) {
    const keys = new Set([...Object.keys(vi), ...Object.keys(en)]);
    return [...keys].flatMap((k) =>
      !(k in vi) ? [`${path}.${k}: English only`] : !(k in en) ? [`${path}.${k}: Vietnamese only`] : mismatches(vi[k], en[k], `${path}.${k}`),
    );
  }
  return [];
}

/** Every `{ vi, en }` pair inside a value, with its path. */
function dictionaries(value: unknown, path: string): [string, unknown, unknown][] {
  if (!isObject(value)) return [];
  const keys = Object.keys(value).sort();
  if (keys.length === 2 && keys[0] === "en" && keys[1] === "vi") return [[path, value.vi, value.en]];
  return Object.entries(value).flatMap(([k, v]) => dictionaries(v, `${path}.${k}`));
}

const found = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).flatMap(([name, value]) => dictionaries(value, `${file.replace("../../", "")}:${name}`)),
);

describe("dictionaries under src/i18n/", () => {
  it("finds the dictionaries", () => {
    // The site's own words (ui.ts) are among them, so a broken glob cannot pass as "no problems".
    expect(found.map(([p]) => p)).toContain("src/i18n/ui.ts:ui");
  });

  it("has both languages for every key", () => {
    expect(found.flatMap(([path, vi, en]) => mismatches(vi, en, path))).toEqual([]);
  });

  it("tells a missing key, an empty word and a word against a sentence apart", () => {
    expect(mismatches({ a: "x", b: "y" }, { a: "x" }, "d")).toEqual(["d.b: Vietnamese only"]);
    expect(mismatches({ a: "" }, { a: "x" }, "d")).toEqual(["d.a: empty"]);
    expect(mismatches({ f: (n: number) => `${n}` }, { f: "n" }, "d")).toEqual(["d.f: a word in one language, function in the other"]);
    expect(mismatches({ l: [{ a: "x" }] }, { l: [{ a: "y", b: "z" }] }, "d")).toEqual(["d.l[0].b: English only"]);
  });
});
