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
