/**
 * Parts of the pull-request comment (src/data/pr-comment.ts) that the fixture diff of pr-comment.test.ts does not
 * reach: runs of years from no data, the check section with warnings and with many errors, folding of long
 * tables, an unchanged dataset, a removed field, a decision with its date. All on the valid fixture.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/types";
import { loadDataset } from "../../src/data/load";
import { SAMPLE, colourChanges, prComment } from "../../src/data/pr-comment";
import type { Problem } from "../../src/data/check";
import { makeStatusModel } from "../../src/lib/status";

// Loaded in beforeEach, not at import: loading runs the checker, and StrykerJS counts what runs at import as static
// (every mutant of it would run every test file).
let before: Dataset;
beforeEach(() => {
  before = loadDataset("tests/fixtures/data/valid", { geoIds: false });
});
const ok = { errors: [], warnings: [] };
const lines = (s: string) => s.split("\n");
const folded0 = (n: number) => `<details><summary>${n} dòng nữa / more rows</summary>`;

describe("colourChanges", () => {
  it("from no data: one run per commune on the map and status, over contiguous years, with its district", () => {
    const run = (unit: string, name: string, from: number, to: number, after: string) => ({ unit, name, district: "Huyện A", from, to, before: "no-data", after });
    // Xã Một: NTM 2015, nâng cao 2019. Xã Hai: NTM no later than 2016, a ward from 2018. Phường Ba: a ward throughout.
    expect(colourChanges(undefined, before)).toEqual([
      run("xa-mot", "Xã Một", 2010, 2014, "none"),
      run("xa-mot", "Xã Một", 2015, 2018, "ntm"),
      run("xa-mot", "Xã Một", 2019, 2025, "nang-cao"),
      run("xa-hai", "Xã Hai", 2010, 2015, "undetermined"),
      run("xa-hai", "Xã Hai", 2016, 2017, "ntm"),
      run("xa-hai", "Xã Hai", 2018, 2025, "not-in-programme"),
      run("phuong-ba", "Phường Ba", 2010, 2025, "not-in-programme"),
    ]);
  });

  it("leaves out communes not on the map, and shows a commune new in the data as coming from no data", () => {
    const after = structuredClone(before);
    after.units.push({ id: "xa-bon", name: "Xã Bốn", type: "xa", parent: "huyen-a", sources: ["s1"] });
    after.units.push({ id: "xa-nam", name: "Xã Năm", type: "xa", parent: null, geo_id: "00005", sources: ["s1"] });
    const changes = colourChanges(before, after);
    expect(changes.map((c) => c.unit)).toEqual(["xa-nam"]);
    // no record of its own: the model's status for it (the same in every year) is what it changes to
    const status = makeStatusModel(after.units, after.recognitions, after.province).statusAt("xa-nam", 2010).status;
    expect(changes[0]).toEqual({ unit: "xa-nam", name: "Xã Năm", district: undefined, from: 2010, to: 2025, before: "no-data", after: status });
  });

  it("keeps runs apart when only the status before, or only the status after, differs from the year before", () => {
    const after = structuredClone(before);
    after.recognitions[0] = { ...after.recognitions[0], year: 2013 }; // NTM 2013 (was 2015)
    after.recognitions[1] = { ...after.recognitions[1], year: 2014 }; // nâng cao 2014 (was 2019)
    expect(colourChanges(before, after).map((c) => [c.from, c.to, c.before, c.after])).toEqual([
      [2013, 2013, "none", "ntm"],
      [2014, 2014, "none", "nang-cao"],
      [2015, 2018, "ntm", "nang-cao"],
    ]);
  });

  it("leaves the district empty when the parent is not in the data", () => {
    const after = structuredClone(before);
    after.units.push({ id: "xa-sau", name: "Xã Sáu", type: "xa", parent: "huyen-z", geo_id: "00006", sources: ["s1"] });
    expect(colourChanges(before, after).map((c) => [c.unit, c.district])).toEqual([["xa-sau", undefined]]);
  });

  it("starts a new run when the change differs from the year before, even if the years touch", () => {
    const after = structuredClone(before);
    after.recognitions[0] = { ...after.recognitions[0], year: 2013 }; // NTM two years earlier
    expect(colourChanges(before, after)).toEqual([{ unit: "xa-mot", name: "Xã Một", district: "Huyện A", from: 2013, to: 2014, before: "none", after: "ntm" }]);
    after.recognitions[1] = { ...after.recognitions[1], year: 2015 }; // and nâng cao from 2015
    expect(colourChanges(before, after).map((c) => [c.from, c.to, c.before, c.after])).toEqual([
      [2013, 2014, "none", "ntm"],
      [2015, 2018, "ntm", "nang-cao"],
    ]);
  });
});

describe("prComment", () => {
  it("lists warnings folded under a valid check, and says when no record changed", () => {
    const body = prComment(before, before, { errors: [], warnings: [{ file: "data/province-series.json", index: 0, id: "p2019", field: "ntm", message: "reports too few" }] });
    expect(body).toBe(
      [
        "<!-- ntm-data-diff -->",
        `## Dữ liệu thay đổi / Data changes: ${before.version} → ${before.version}`,
        "",
        "✅ **data:check:** dữ liệu hợp lệ / the data is valid — 1 lưu ý / warning(s).",
        "",
        "<details><summary>Lưu ý / Warnings</summary>",
        "",
        '- data/province-series.json › record #0 (id "p2019") › field "ntm": reports too few.',
        "",
        "</details>",
        "",
        "Không hồ sơ nào thay đổi. / No record changed.",
        "",
      ].join("\n"),
    );
  });

  it("shows the first errors and folds the rest when the data does not load", () => {
    const errors: Problem[] = Array.from({ length: SAMPLE + 2 }, (_, i) => ({ file: "data/units.json", index: i, message: `problem ${i}` }));
    expect(lines(prComment(undefined, undefined, { errors, warnings: [] }))).toEqual([
      "<!-- ntm-data-diff -->",
      "## Dữ liệu thay đổi / Data changes",
      "",
      `❌ **data:check:** ${SAMPLE + 2} lỗi phải sửa trước khi gộp / error(s) to fix before merging:`,
      "",
      ...errors.slice(0, SAMPLE).map((_, i) => `- data/units.json › record #${i}: problem ${i}.`),
      "",
      "<details><summary>2 lỗi / errors nữa / more</summary>",
      "",
      ...errors.slice(SAMPLE).map((_, i) => `- data/units.json › record #${i + SAMPLE}: problem ${i + SAMPLE}.`),
      "",
      "</details>",
      "",
      "_Sửa các lỗi trên để xem thay đổi. / Fix the errors above to see the changes._",
      "",
    ]);
  });

  it("describes a recognition's exact year and dated decision, and a removed field", () => {
    const after = { ...structuredClone(before), version: "1.0.1" };
    after.recognitions.push({ id: "xa-hai-ntm-2015", unit: "xa-hai", level: "ntm", year: 2015, precision: "exact", wording: "basically-met", decision: "7/QĐ-UBND", decision_date: "2015-11-02", sources: ["s2", "s1"] });
    delete (after.recognitions[3] as { decision?: string }).decision;
    const body = lines(prComment(before, after, ok));
    expect(body).toContain("- `xa-hai-ntm-2015` — Xã Hai: NTM / New Rural, 2015 (cơ bản đạt (chưa phải công nhận) / basically met (not a recognition)) · QĐ / decision 7/QĐ-UBND (2015-11-02) · nguồn / sources s2, s1");
    expect(body).toContain("- `huyen-a-ntm-2017`: `decision` bỏ / removed (“1/QĐ-TTg”)");
    expect(body).toContain("| recognitions.json | 1 | 0 | 1 |");
  });

  it("describes removed records from the earlier data, and escapes a | in a table cell", () => {
    const after = { ...structuredClone(before), version: "1.1.0" };
    after.sources = after.sources.filter((x) => x.id !== "s2");
    after.units = after.units.filter((u) => u.id !== "xa-hai");
    after.recognitions = after.recognitions.filter((r) => r.unit !== "xa-hai");
    after.recognitions[0] = { ...after.recognitions[0], decision: "3/QĐ", year: 2014 };
    after.units.find((u) => u.id === "xa-mot")!.name = "Xã Một|Mốt";
    const body = lines(prComment(before, after, ok));
    const s2 = before.sources.find((x) => x.id === "s2")!;
    expect(body).toContain(`- \`s2\` — ${s2.publisher}: “${s2.title}”`);
    expect(body).toContain("- `xa-hai-ntm-2016` — Xã Hai: NTM / New Rural, ≤ 2016 (được công nhận / recognised) · nguồn / sources s2");
    expect(body).toContain("- `xa-mot-ntm-2015`: `decision` thêm / added “3/QĐ”; `year` 2015 → 2014");
    expect(body.filter((l) => l.startsWith("| Xã Một\\|Mốt (Huyện A) |"))).not.toHaveLength(0);
  });

  it("says when no colour and no total changes, shows exactly SAMPLE items unfolded, and names units by their new name", () => {
    const after = { ...structuredClone(before), version: "1.1.0" };
    for (let i = 0; i < SAMPLE; i++) after.sources.push({ id: `x${i}`, title: `T${i}`, publisher: "P", url: null, published: null, language: "vi" });
    after.units.find((u) => u.id === "xa-mot")!.name = "Xã Một Mới";
    after.units.push({ id: "thon-a", name: "Thôn A", type: "xa", parent: "huyen-a", sources: ["s1"] });
    after.recognitions.push({ id: "xa-mot-ntm-2015-target", unit: "xa-mot", level: "ntm", year: 2015, precision: "year", wording: "target", decision: "3/QĐ", sources: ["s1"] });
    const body = lines(prComment(before, after, ok));
    expect(body.join("\n")).not.toContain("<details>");
    expect(body.filter((l) => /^- `x\d` — P: “T\d”$/.test(l))).toHaveLength(SAMPLE);
    expect(body).toContain("- `thon-a`");
    expect(body).toContain("- `xa-mot-ntm-2015-target` — Xã Một Mới: NTM / New Rural, 2015 (mục tiêu, kế hoạch / target or plan) · QĐ / decision 3/QĐ · nguồn / sources s1");
    const colours = body.indexOf("### Màu trên bản đồ / Map colours");
    expect(body.slice(colours, colours + 3)).toEqual(["### Màu trên bản đồ / Map colours", "", "Không xã nào đổi màu. / No commune changes colour."]);
    expect(body.slice(-4)).toEqual(["### Tổng theo năm / Yearly totals", "", "Không tổng nào thay đổi. / No yearly total changed.", ""]);
  });

  it("names a data set with no earlier version by a dash, and folds long tables under their header", () => {
    const body = prComment(undefined, before, ok);
    expect(lines(body)[1]).toBe(`## Dữ liệu thay đổi / Data changes: — → ${before.version}`);
    const colours = colourChanges(undefined, before);
    expect(colours.length).toBeGreaterThan(SAMPLE);
    expect(body).toContain(`3 xã đổi màu / commune(s) change colour:`);
    const header = "| xã / commune | năm / years | trước / before | sau / after |\n|---|---|---|---|";
    const folded = `<details><summary>${colours.length - SAMPLE} dòng nữa / more rows</summary>`;
    expect(body).toContain(`${header}\n| Xã Một (Huyện A) | 2010–2014 | Không có dữ liệu / No data | Chưa đạt / Not yet |`);
    expect(body).toContain(`\n\n${folded}\n\n${header}\n`);
    expect(body.split(header)).toHaveLength(3);
    const [open, rest] = body.split(folded0(colours.length - SAMPLE));
    expect(open.split(header)[1].trim().split("\n").filter((l) => l.startsWith("| "))).toHaveLength(SAMPLE);
    expect(rest.split("</details>")[0].split(header)[1].trim().split("\n").filter((l) => l.startsWith("| "))).toHaveLength(colours.length - SAMPLE);
    expect(body).toContain("| Phường Ba (Huyện A) | 2010–2025 |");
    expect(body).toContain("| năm / year | số / figure | trước / before | sau / after |\n|---|---|---:|---:|\n| 2010 | xã trong chương trình / communes in the programme | 0 | ");
  });
});
