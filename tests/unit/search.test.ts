import { describe, expect, it } from "vitest";
import { normalize, searchUnits } from "../../src/lib/search";

const items = [
  { id: "hoanh-mo", text: "Hoành Mô Bình Liêu" },
  { id: "hoanh-bo", text: "Hoành Bồ" },
  { id: "dong-tam", text: "Đồng Tâm Bình Liêu" },
  { id: "mong-duong", text: "Mông Dương Cẩm Phả" },
];

describe("accent-insensitive search", () => {
  it("normalizes tones, đ and case", () => {
    expect(normalize("Hoành Mô")).toBe("hoanh mo");
    expect(normalize("ĐỒNG TÂM")).toBe("dong tam");
    expect(normalize("  Quảng-Ninh ")).toBe("quang ninh");
  });

  it("finds Hoành Mô from 'hoanh mo' and from 'Hoành Mô'", () => {
    expect(searchUnits(items, "hoanh mo").map((x) => x.id)).toEqual(["hoanh-mo"]);
    expect(searchUnits(items, "Hoành Mô").map((x) => x.id)).toEqual(["hoanh-mo"]);
  });

  it("matches word prefixes, ranks names that start with the query first", () => {
    expect(searchUnits(items, "hoanh").map((x) => x.id)).toEqual(["hoanh-bo", "hoanh-mo"]);
    expect(searchUnits(items, "binh lieu").map((x) => x.id)).toEqual(["dong-tam", "hoanh-mo"]);
    expect(searchUnits(items, "dong").map((x) => x.id)).toEqual(["dong-tam"]);
    expect(searchUnits(items, "duong").map((x) => x.id)).toEqual(["mong-duong"]);
    expect(searchUnits(items, "")).toEqual([]);
    expect(searchUnits(items, "xyz")).toEqual([]);
  });
});

describe("search: edges", () => {
  it("folds every run of punctuation and space to one space and keeps digits", () => {
    expect(normalize("Khu 5 -- Hà  Tu")).toBe("khu 5 ha tu");
    expect(normalize("Cẩm Phả (thành phố)")).toBe("cam pha thanh pho");
    expect(normalize("Ỗ")).toBe("o");
    expect(normalize("?!")).toBe("");
  });

  it("needs every word of the query; a word inside a name also matches", () => {
    expect(searchUnits(items, "hoanh xyz")).toEqual([]);
    expect(searchUnits(items, "uong").map((x) => x.id)).toEqual(["mong-duong"]);
    expect(searchUnits(items, "  ,  ")).toEqual([]);
  });

  it("ranks a name that starts with the query, then one that contains it, then one whose words match apart", () => {
    const xs = [
      { id: "apart", text: "Hoà Bình Tân" },
      { id: "inside", text: "Xã Bình Hoà" },
      { id: "start", text: "Bình Hoà" },
    ];
    expect(searchUnits(xs, "binh hoa").map((x) => x.id)).toEqual(["start", "inside", "apart"]);
    // "hoa binh": now "apart" starts with it, the others match word by word (alphabetical)
    expect(searchUnits(xs, "hoa binh").map((x) => x.id)).toEqual(["apart", "start", "inside"]);
  });

  it("returns at most 20 unless told, in Vietnamese alphabetical order within a rank", () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ id: String(i), text: `Xã ${String.fromCharCode(90 - i)}` }));
    const hits = searchUnits(many, "xa");
    expect(hits).toHaveLength(20);
    expect(hits[0].text).toBe("Xã B");
    expect(searchUnits(many, "xa", 3).map((x) => x.text)).toEqual(["Xã B", "Xã C", "Xã D"]);
  });
});
