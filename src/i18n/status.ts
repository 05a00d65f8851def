/** Words for statuses, levels and precisions, in both languages: the legend, tooltips, tables and pages use these. */
import type { Level, Precision, UnitType, Wording } from "../data/types";
import type { Status } from "../lib/status";
import type { Lang } from "./ui";

export const statusLabel: Record<Lang, Record<Status, string>> = {
  vi: {
    none: "Chưa đạt chuẩn",
    ntm: "Đạt chuẩn NTM",
    "nang-cao": "NTM nâng cao",
    "kieu-mau": "NTM kiểu mẫu",
    bounded: "Đạt chuẩn chậm nhất vào năm sau (chưa rõ năm)",
    unknown: "Chưa rõ",
    "not-in-programme": "Phường, thị trấn (ngoài chương trình)",
    "no-data": "Đã sáp nhập, chưa rõ vào đâu",
  },
  en: {
    none: "Not yet",
    ntm: "New Rural",
    "nang-cao": "Advanced",
    "kieu-mau": "Model",
    bounded: "Reached by a later known year (exact year unknown)",
    unknown: "Unknown",
    "not-in-programme": "Ward or township (not in the programme)",
    "no-data": "Merged, successor unknown",
  },
};

/** Short legend labels. */
export const statusShort: Record<Lang, Record<Status, string>> = {
  vi: {
    none: "Chưa đạt",
    ntm: "NTM",
    "nang-cao": "Nâng cao",
    "kieu-mau": "Kiểu mẫu",
    bounded: "Chậm nhất năm sau",
    unknown: "Chưa rõ",
    "not-in-programme": "Phường, thị trấn",
    "no-data": "Không có dữ liệu",
  },
  en: {
    none: "Not yet",
    ntm: "New Rural",
    "nang-cao": "Advanced",
    "kieu-mau": "Model",
    bounded: "By a later year",
    unknown: "Unknown",
    "not-in-programme": "Ward / township",
    "no-data": "No data",
  },
};

export const levelLabel: Record<Lang, Record<Level, string>> = {
  vi: { ntm: "NTM", "nang-cao": "NTM nâng cao", "kieu-mau": "NTM kiểu mẫu" },
  en: { ntm: "New Rural", "nang-cao": "advanced New Rural", "kieu-mau": "model New Rural" },
};

export const precisionLabel: Record<Lang, Record<Precision, string>> = {
  vi: { exact: "ngày quyết định", year: "năm đạt chuẩn", "no-later-than": "chậm nhất" },
  en: { exact: "decision date", year: "standard year", "no-later-than": "no later than" },
};

export const wordingLabel: Record<Lang, Record<Wording, string>> = {
  vi: {
    recognised: "được công nhận",
    "basically-met": "cơ bản đạt (chưa phải công nhận)",
    "criteria-completed": "hoàn thành tiêu chí (chưa có quyết định)",
    appraised: "đã thẩm định (chờ quyết định)",
    target: "mục tiêu, kế hoạch",
  },
  en: {
    recognised: "recognised",
    "basically-met": "basically met (not a recognition)",
    "criteria-completed": "criteria completed (no decision yet)",
    appraised: "appraised (decision pending)",
    target: "target or plan",
  },
};

export const typeLabel: Record<Lang, Record<UnitType, string>> = {
  vi: { tinh: "tỉnh", huyen: "huyện", "thi-xa": "thị xã", "thanh-pho": "thành phố", xa: "xã", phuong: "phường", "thi-tran": "thị trấn", "dac-khu": "đặc khu" },
  en: { tinh: "province", huyen: "district", "thi-xa": "town", "thanh-pho": "city", xa: "commune", phuong: "ward", "thi-tran": "township", "dac-khu": "special zone" },
};

/** "2018" / "no later than 2018" for an evidence year. */
export function yearPhrase(lang: Lang, year: number, precision: Precision): string {
  if (precision === "no-later-than") return lang === "vi" ? `chậm nhất năm ${year}` : `no later than ${year}`;
  return lang === "vi" ? `năm ${year}` : `in ${year}`;
}
