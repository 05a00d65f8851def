import { describe, expect, it } from "vitest";
import { citeBibtex, citeText, type Citation } from "../../src/lib/cite";

const c: Citation = {
  author: "Nhóm báo cáo NTM Quảng Ninh",
  title: "Bản đồ 100% xã_mới",
  container: "Quảng Ninh: hành trình nông thôn mới, 2010–2025",
  url: "https://r.example/?year=2015#map",
  version: "1.2.0",
  accessed: "2026-12-01",
  key: "qnntm-map-1.2.0",
};

describe("citations", () => {
  it("says who, what, where, which data version and when, in the reader's words", () => {
    const text = citeText(c, { dataVersion: (v) => `Dữ liệu phiên bản ${v}`, accessed: (d) => `truy cập ngày ${d}` }, () => "1/12/2026");
    expect(text).toBe(
      "Nhóm báo cáo NTM Quảng Ninh (2026). Bản đồ 100% xã_mới. Quảng Ninh: hành trình nông thôn mới, 2010–2025. Dữ liệu phiên bản 1.2.0. https://r.example/?year=2015#map (truy cập ngày 1/12/2026).",
    );
  });

  it("is valid BibTeX: TeX specials escaped, the author kept as one name, the URL and its date", () => {
    const b = citeBibtex(c);
    expect(b.split("\n")[0]).toBe("@misc{qnntm-map-1.2.0,");
    expect(b).toContain("author = {{Nhóm báo cáo NTM Quảng Ninh}},");
    expect(b).toContain("title = {Bản đồ 100\\% xã\\_mới},");
    expect(b).toContain("url = {https://r.example/?year=2015#map},");
    expect(b).toContain("urldate = {2026-12-01},");
    expect(b.endsWith("}")).toBe(true);
    // Braces balance, or BibTeX stops reading the entry.
    const depth = [...b.replace(/\\[{}]/g, "")].reduce((d, ch) => d + (ch === "{" ? 1 : ch === "}" ? -1 : 0), 0);
    expect(depth).toBe(0);
  });
});

describe("citations before the reader's date is known (server-rendered, no JavaScript)", () => {
  it("leave the date out rather than invent one", () => {
    const { accessed: _, ...undated } = c;
    expect(citeText(undated, { dataVersion: (v) => `v${v}`, accessed: (d) => d }, (d) => d)).toBe(
      "Nhóm báo cáo NTM Quảng Ninh. Bản đồ 100% xã_mới. Quảng Ninh: hành trình nông thôn mới, 2010–2025. v1.2.0. https://r.example/?year=2015#map.",
    );
    expect(citeBibtex(undated)).not.toMatch(/^\s+(year|urldate) =/m);
  });
});
