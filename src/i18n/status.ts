/** Words for statuses, levels and precisions, in both languages: the legend, tooltips, tables and pages use these. */
import type { Level, Precision, UnitType, Wording } from "../data/types";
import type { Status } from "../lib/status";
import type { Lang } from "./ui";
import { words } from "./words";

export const statusLabel: Record<Lang, Record<Status, string>> = {
  vi: {
    none: "Chưa đạt chuẩn",
    ntm: "Đạt chuẩn NTM",
    "nang-cao": "NTM nâng cao",
    "kieu-mau": "NTM kiểu mẫu",
    undetermined: "Chưa rõ đã đạt chuẩn hay chưa",
    "not-in-programme": "Phường, thị trấn (ngoài chương trình)",
    merged: "Đã sáp nhập",
    "no-data": "Đã sáp nhập, chưa rõ vào đơn vị nào",
  },
  en: {
    none: "Not yet",
    ntm: "New Rural",
    "nang-cao": "Advanced",
    "kieu-mau": "Model",
    undetermined: "Not known whether reached yet",
    "not-in-programme": "Ward or township (not in the programme)",
    merged: "Merged",
    "no-data": "Merged into a unit we cannot name",
  },
};

/** Short legend labels. */
export const statusShort: Record<Lang, Record<Status, string>> = {
  vi: {
    none: "Chưa đạt",
    ntm: "NTM",
    "nang-cao": "Nâng cao",
    "kieu-mau": "Kiểu mẫu",
    undetermined: "Chưa rõ năm đạt",
    "not-in-programme": "Phường, thị trấn",
    merged: "Đã sáp nhập",
    "no-data": "Không có dữ liệu",
  },
  en: {
    none: "Not yet",
    ntm: "New Rural",
    "nang-cao": "Advanced",
    "kieu-mau": "Model",
    undetermined: "Year not known",
    "not-in-programme": "Ward / township",
    merged: "Merged",
    "no-data": "No data",
  },
};

/** One short line per legend entry: what the state means. */
export const statusNote: Record<Lang, Record<Status, string>> = {
  vi: {
    none: "Có nguồn cho biết xã chưa được công nhận.",
    ntm: "Được công nhận đạt chuẩn nông thôn mới.",
    "nang-cao": "Được công nhận đạt chuẩn nông thôn mới nâng cao.",
    "kieu-mau": "Được công nhận đạt chuẩn nông thôn mới kiểu mẫu.",
    undetermined: "Có thể đã đạt chuẩn; nguồn chỉ cho biết muộn nhất năm nào, nên không tính là đã đạt.",
    "not-in-programme": "Phường, thị trấn không thuộc chương trình nông thôn mới.",
    merged: "Xã đã sáp nhập vào xã khác; bản đồ tô theo xã mới.",
    "no-data": "Xã đã sáp nhập nhưng chưa rõ vào đơn vị nào, nên không có dữ liệu.",
  },
  en: {
    none: "A source shows it was not yet recognised.",
    ntm: "Recognised as meeting the New Rural standard.",
    "nang-cao": "Recognised as an advanced New Rural commune.",
    "kieu-mau": "Recognised as a model New Rural commune.",
    undetermined: "May already have reached the standard; sources give only the latest possible year, so it is not counted.",
    "not-in-programme": "Wards and townships are outside the New Rural programme.",
    merged: "Merged into another commune; the map shows the new one.",
    "no-data": "Merged into a unit we cannot name, so there is no data.",
  },
};

/**
 * An evidence window in words: "Chưa rõ năm đạt (muộn nhất năm 2023)". `start` is the first year a commune could
 * have reached the standard at all (the year after the baseline): a window opening then is said as open.
 */
export function windowLabel(lang: Lang, w: { from?: number; to?: number } | undefined, start: number): string {
  const from = w?.from !== undefined && w.from > start ? w.from : undefined;
  const to = w?.to;
  if (lang === "vi") {
    if (from !== undefined && to !== undefined) return `Chưa rõ năm đạt (trong khoảng năm ${from}–${to})`;
    if (to !== undefined) return `Chưa rõ năm đạt (muộn nhất năm ${to})`;
    if (from !== undefined) return `Chưa rõ đã đạt chuẩn hay chưa (không sớm hơn năm ${from})`;
    return "Chưa rõ đã đạt chuẩn hay chưa (chưa có nguồn)";
  }
  if (from !== undefined && to !== undefined) return `Year not known (between ${from} and ${to})`;
  if (to !== undefined) return `Year not known (by ${to} at the latest)`;
  if (from !== undefined) return `Not known whether reached (not before ${from})`;
  return "Not known whether reached (no source yet)";
}

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

const PHRASES = words({
  vi: {
    year: (year: number) => `năm ${year}`,
    noLaterThan: (year: number) => `chậm nhất năm ${year}`,
    /** "xã Vạn Yên": the type word comes first in Vietnamese. */
    named: (type: string, name: string) => `${type} ${name}`,
  },
  en: {
    year: (year) => `in ${year}`,
    noLaterThan: (year) => `no later than ${year}`,
    named: (type, name) => `${name} ${type}`,
  },
});

/** "năm 2018" / "no later than 2018" for an evidence year. */
export function yearPhrase(lang: Lang, year: number, precision: Precision): string {
  return precision === "no-later-than" ? PHRASES[lang].noLaterThan(year) : PHRASES[lang].year(year);
}

/** "xã Vạn Yên" / "Vạn Yên commune": a unit's name with its type word. */
export function namedUnit(lang: Lang, type: UnitType, name: string): string {
  return PHRASES[lang].named(typeLabel[lang][type], name);
}
