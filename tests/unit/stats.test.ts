import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/types";
import { resolveStat, statKeys, storyNotes } from "../../src/lib/stats";
import { formatDate, formatNumber } from "../../src/i18n/format";
import { loadDataset } from "../../src/data/load";

// Figures come from the small fixture (tests/fixtures/data/valid/), so an editor's correction of data/ cannot break
// these tests: Huyện A's Xã Một (NTM 2015, nâng cao 2019), Xã Hai (NTM no later than 2016, a ward from 2018), Phường Ba.
// Loaded in the first test, not at import: loading runs the checker (and so src/lib), and StrykerJS counts code run
// outside a test as "static", rerunning every test file for each of its mutants. The real stories: stats-stories.test.ts.
let fixture: Dataset;
beforeEach(() => {
  fixture ??= loadDataset("tests/fixtures/data/valid", { geoIds: false });
});

describe("Stat resolver", () => {
  it("finds a reported province total with its sources", () => {
    expect(resolveStat(fixture, "province.2019.ntm")).toMatchObject({ value: 1, kind: "number", sources: ["s1"] });
  });

  it("uses the point marked shown when several claims exist for a year", () => {
    const d = structuredClone(fixture);
    d.province.push({ ...d.province[0], id: "p2019-other", ntm: 2, sources: ["s2"], shown: true });
    d.province.push({ ...d.province[0], id: "p2019-hidden", ntm: 3, shown: false, why: "another frame" });
    expect(resolveStat(d, "province.2019.ntm")).toMatchObject({ value: 2, sources: ["s2"] });
  });

  it("resolves recognitions, indicators, computed totals and counts", () => {
    const d = structuredClone(fixture);
    d.recognitions[3].decision_date = "2017-12-30";
    expect(resolveStat(d, "recognition.huyen-a-ntm-2017.decision")).toMatchObject({ value: "1/QĐ-TTg", kind: "text", sources: ["s1"] });
    expect(resolveStat(d, "recognition.huyen-a-ntm-2017.decision_date")).toMatchObject({ value: "2017-12-30", kind: "date" });
    expect(resolveStat(d, "recognition.xa-hai-ntm-2016.year")).toMatchObject({ value: 2016, sources: ["s2"] });
    expect(resolveStat(d, "indicator.income.2019.rural")).toMatchObject({ value: 40.5, kind: "number", sources: ["s1"] });
    // three commune-level units on the 2019 list, one district
    expect(resolveStat(d, "count.communes2019").value).toBe(3);
    expect(resolveStat(d, "count.districts").value).toBe(1);
    // 2019: only Xã Một is still a commune (Xã Hai became a ward in 2018), at NTM and nâng cao
    expect(resolveStat(d, "computed.2019.communes").value).toBe(1);
    expect(resolveStat(d, "computed.2019.ntm").value).toBe(1);
    expect(resolveStat(d, "computed.2019.nang-cao").value).toBe(1);
    expect(resolveStat(d, "computed.2014.ntm").value).toBe(0);
  });

  it("fails naming the key when a figure does not exist", () => {
    expect(() => resolveStat(fixture, "province.2017.ntm")).toThrow('Unknown figure "province.2017.ntm": no province point for 2017 gives ntm');
    expect(() => resolveStat(fixture, "recognition.nope.year")).toThrow('Unknown figure "recognition.nope.year"');
    expect(() => resolveStat(fixture, "province.2020.bogus")).toThrow(/field must be one of/);
    expect(() => resolveStat(fixture, "weather.2020")).toThrow(/must start with/);
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
    const text = '<Stat of="province.2019.ntm" /> <Stat of="recognition.xa-hai-ntm-2016.year" /> <Stat of="indicator.income.2019" /> <Stat of="recognition.xa-mot-ntm-2015.year" />';
    expect(storyNotes(fixture, text)).toEqual(["s1", "s2"]);
  });
  it("fails the whole story on one unknown key", () => {
    expect(() => storyNotes(fixture, '<Stat of="province.2019.ntm" /> <Stat of="province.2017.ntm" />')).toThrow('Unknown figure "province.2017.ntm"');
  });
});
