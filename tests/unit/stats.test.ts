import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/types";
import { resolveStat, statKeys, storyNotes } from "../../src/lib/stats";
import { readFileSync } from "node:fs";
import { formatDate, formatNumber } from "../../src/i18n/format";
import { loadDataset } from "../../src/data/load";

// Loaded in the first test's beforeEach, not at import: loading runs the checker (and so src/lib), and StrykerJS
// counts code run outside a test as "static", rerunning the whole suite for each of its mutants.
let real: Dataset;
beforeEach(() => {
  real ??= loadDataset("data");
});

describe("Stat resolver", () => {
  it("finds a reported province total with its sources", () => {
    expect(resolveStat(real, "province.2020.ntm")).toMatchObject({ value: 91, kind: "number", sources: ["seed-001"] });
  });

  it("uses the point marked shown when several claims exist for a year", () => {
    // June 2025: 54 (two sources, shown) vs 53 (S01, not shown).
    expect(resolveStat(real, "province.2025.nang-cao")).toMatchObject({ value: 54, sources: ["seed-003", "S04"] });
  });

  it("resolves recognitions, indicators, computed totals and counts", () => {
    expect(resolveStat(real, "recognition.binh-lieu-ntm-2024.decision").value).toBe("148/QĐ-TTg");
    expect(resolveStat(real, "recognition.quang-ninh-ntm-2024.decision_date")).toMatchObject({ value: "2025-05-27", kind: "date" });
    expect(resolveStat(real, "indicator.income-per-capita.2024.rural").value).toBe(84.14);
    expect(resolveStat(real, "count.communes2019").value).toBe(186);
    expect(resolveStat(real, "count.districts").value).toBe(13);
    expect(typeof resolveStat(real, "computed.2020.ntm").value).toBe("number");
  });

  it("fails naming the key when a figure does not exist", () => {
    expect(() => resolveStat(real, "province.2017.ntm")).toThrow('Unknown figure "province.2017.ntm": no province point for 2017 gives ntm');
    expect(() => resolveStat(real, "recognition.nope.year")).toThrow('Unknown figure "recognition.nope.year"');
    expect(() => resolveStat(real, "province.2020.bogus")).toThrow(/field must be one of/);
    expect(() => resolveStat(real, "weather.2020")).toThrow(/must start with/);
  });
});

describe("number and date formats", () => {
  it("formats numbers per language", () => {
    expect(formatNumber("vi", 84.14)).toBe("84,14");
    expect(formatNumber("en", 84.14)).toBe("84.14");
    expect(formatNumber("vi", 1234)).toBe("1.234");
    expect(formatNumber("en", 1234)).toBe("1,234");
  });
  it("formats dates per language, keeping partial dates partial", () => {
    expect(formatDate("vi", "2025-05-27")).toBe("27/5/2025");
    expect(formatDate("en", "2025-05-27")).toBe("27 May 2025");
    expect(formatDate("en", "2023-12")).toBe("December 2023");
    expect(formatDate("vi", "2023-12")).toBe("12/2023");
  });
});

describe("story footnotes", () => {
  const mdx = 'A <Stat of="province.2025.nang-cao" /> and <Stat lang="en" of=\'province.2020.ntm\' /> then <Stat of="province.2025.kieu-mau" />.';
  it("reads the keys of every <Stat> in reading order", () => {
    expect(statKeys(mdx)).toEqual(["province.2025.nang-cao", "province.2020.ntm", "province.2025.kieu-mau"]);
  });
  it("numbers each source once, by its first citation", () => {
    const order = storyNotes(real, mdx);
    expect(order.slice(0, 2)).toEqual(resolveStat(real, "province.2025.nang-cao").sources);
    expect(order.indexOf("seed-001")).toBe(2);
    expect(new Set(order).size).toBe(order.length);
  });
  it("fails the whole story on one unknown key", () => {
    expect(() => storyNotes(real, '<Stat of="province.2017.ntm" />')).toThrow('Unknown figure "province.2017.ntm"');
  });
  it("covers every figure of the real stories", () => {
    for (const lang of ["vi", "en"]) {
      const body = readFileSync(`src/content/story/${lang}.mdx`, "utf8");
      const order = storyNotes(real, body);
      for (const key of statKeys(body)) for (const id of resolveStat(real, key).sources) expect(order).toContain(id);
      expect(order.every((id) => real.sources.some((s) => s.id === id))).toBe(true);
    }
  });
});
