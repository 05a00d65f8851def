/**
 * The words around the charts, one dictionary per language: titles, legend headings, source line, table
 * headers and controls. Every output of a chart (page figure, embed, image, social card) takes its words from
 * here, through the chart specs (src/charts/specs.ts) and the frame (src/charts/frame.ts).
 */
import type { Lang } from "./ui";
import { fmtInt } from "./sentences";

export type ChartKind = "map" | "timeline" | "districts" | "reorg";

export const chartWords = {
  vi: {
    legend: "Chú giải",
    "source.label": "Nguồn:",
    "source.what": "quyết định công nhận và số liệu công bố, từng nguồn có dẫn",
    "source.data": "Dữ liệu",
    "source.pinned": "(phiên bản cố định)",
    "source.methodology": "Phương pháp",
    "map.legend.ladder": "Mức đạt chuẩn",
    "map.legend.other": "Chưa xác định hoặc ngoài chương trình",
    "map.alt": "Bản đồ năm",
    "map.year": "Năm",
    "map.play": "▶ Chạy",
    "map.pause": "❚❚ Dừng",
    "map.table": "Bảng: mức đạt chuẩn của từng xã, năm",
    "map.unit": "Xã, phường, thị trấn",
    "map.district": "Huyện",
    "map.status": "Mức đạt chuẩn",
    "map.search": "Tìm xã trên bản đồ",
    "map.searchHint": "ví dụ: Lương Minh, Hoành Bồ",
    "map.noHit": "Không tìm thấy xã nào",
    "map.close": "Đóng",
    "map.page": "Xem trang của xã",
    "map.strip": "Từng năm, 2010–2025",
    "map.hint": "Chạm hoặc bấm vào một xã để xem chi tiết.",
    "map.into": "vào",
    "timeline.title": "Số xã đạt chuẩn theo từng năm: theo hồ sơ từng xã và theo số tỉnh công bố",
    "timeline.events": "Đường đứt nét: năm đạt chuẩn của các đơn vị cấp huyện —",
    "timeline.year": "Năm",
    "timeline.n": "Số xã thuộc chương trình",
    "timeline.low": "NTM (biết chắc)",
    "timeline.high": "NTM (tối đa có thể)",
    "timeline.nc": "Nâng cao (biết chắc)",
    "timeline.km": "Kiểu mẫu (biết chắc)",
    "timeline.rep": "Tỉnh công bố: NTM / nâng cao / kiểu mẫu",
    "timeline.table": "Bảng số liệu của biểu đồ",
    "districts.unknownYear": "chưa rõ năm",
    "districts.reported": "Số xã đạt chuẩn huyện công bố (vạch, màu theo mức)",
    "embed.pinned": "Dữ liệu phiên bản {v}, cố định: biểu đồ này không thay đổi khi dữ liệu được cập nhật.",
    "embed.changelog": "Nhật ký thay đổi",
    "card.tagline": "Bản đồ, dòng thời gian, nguồn của mọi con số",
    "card.districts": "Các huyện",
  },
  en: {
    legend: "Legend",
    "source.label": "Source:",
    "source.what": "recognition decisions and published figures, each cited",
    "source.data": "Data",
    "source.pinned": "(pinned version)",
    "source.methodology": "Methodology",
    "map.legend.ladder": "Standard reached",
    "map.legend.other": "Not known, or outside the programme",
    "map.alt": "Map for",
    "map.year": "Year",
    "map.play": "▶ Play",
    "map.pause": "❚❚ Pause",
    "map.table": "Table: each commune's status in",
    "map.unit": "Commune",
    "map.district": "District",
    "map.status": "Status",
    "map.search": "Find a commune on the map",
    "map.searchHint": "e.g. Lương Minh, Hoành Bồ",
    "map.noHit": "No commune found",
    "map.close": "Close",
    "map.page": "Open the commune's page",
    "map.strip": "Year by year, 2010–2025",
    "map.hint": "Tap or click a commune for details.",
    "map.into": "into",
    "timeline.title": "Communes reaching each tier, year by year: from commune records and as the province reported",
    "timeline.events": "Dashed lines: the standard years of district-level units —",
    "timeline.year": "Year",
    "timeline.n": "Communes in the programme",
    "timeline.low": "New Rural (known)",
    "timeline.high": "New Rural (highest possible)",
    "timeline.nc": "Advanced (known)",
    "timeline.km": "Model (known)",
    "timeline.rep": "Province reported: New Rural / advanced / model",
    "timeline.table": "The chart's numbers as a table",
    "districts.unknownYear": "year unknown",
    "districts.reported": "Communes the district reported at a tier (tick)",
    "embed.pinned": "Data version {v}, pinned: this chart does not change when the data is updated.",
    "embed.changelog": "Changelog",
    "card.tagline": "Maps, a timeline, and the source of every number",
    "card.districts": "Districts",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type ChartKey = keyof (typeof chartWords)["vi"];

/** A chart word; `{name}` placeholders are filled from `vars`. */
export function cw(lang: Lang, key: ChartKey, vars: Record<string, string | number> = {}): string {
  return chartWords[lang][key].replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? `{${k}}`));
}

/** The map's title: the province's or one district's communes (the year is added by the frame). */
export function mapTitle(lang: Lang, districtName?: string): string {
  if (lang === "vi") return `Các xã ${districtName ? `của ${districtName}` : "Quảng Ninh"} theo mức đạt chuẩn nông thôn mới`;
  return `${districtName ?? "Quảng Ninh"}'s communes by New Rural status`;
}

/** The district grid's title, with the number of district-level units counted from the data. */
export function districtsTitle(lang: Lang, n: number): string {
  return districtsTitleWords[lang](fmtInt(lang, n));
}
const districtsTitleWords: Record<Lang, (n: string) => string> = {
  vi: (n) => `${n} đơn vị cấp huyện: các xã đạt chuẩn qua từng năm, xếp theo năm huyện hoàn thành`,
  en: (n) => `The ${n} district-level units: their communes year by year, in the order the districts completed the programme`,
};

type Tier = "ntm" | "nang-cao" | "kieu-mau";
const TIER = { vi: { ntm: "NTM", "nang-cao": "nâng cao", "kieu-mau": "kiểu mẫu" }, en: { ntm: "New Rural", "nang-cao": "advanced", "kieu-mau": "model" } } as const;

/** The district grid's sentences, per language: a card's label, its placed counts and reported counts, the 2020 note. */
export const districtWords = {
  vi: {
    label: (name: string, year: number, ntm: string, of: string) => `${name}: năm ${year}, bản đồ xác định được ${ntm} trên ${of} xã đã đạt chuẩn NTM`,
    placed: (of: string, year: number, ntm: string, nc: string, km: string) => `${of} xã (${year}); xác định được: ${ntm} NTM, ${nc} nâng cao, ${km} kiểu mẫu`,
    reported: (year: number, count: string, of: string, tier: Tier, placed: string) =>
      `Hết năm ${year}: ${count}/${of} xã ${TIER.vi[tier]} (huyện công bố), bản đồ xác định được ${placed}`,
    why2020: (done: string, total: string, grid: string, late: { names: string[]; years: string[] }) =>
      `Tỉnh công bố ${done}/${total} đơn vị cấp huyện hoàn thành đến hết năm 2020, còn lưới này có ${grid} đơn vị đạt chuẩn năm 2020 trở về trước vì xếp theo năm đạt chuẩn, không theo ngày quyết định${late.names.length ? ` (quyết định của ${late.names.join(", ")} ban hành năm ${late.years.join(", ")})` : ""}.`,
  },
  en: {
    label: (name: string, year: number, ntm: string, of: string) => `${name}: in ${year}, the map places ${ntm} of ${of} communes at the New Rural standard`,
    placed: (of: string, year: number, ntm: string, nc: string, km: string) => `${of} communes (${year}); placed: ${ntm} New Rural, ${nc} advanced, ${km} model`,
    reported: (year: number, count: string, of: string, tier: Tier, placed: string) =>
      `End of ${year}: ${count} of ${of} ${TIER.en[tier]} (reported); the map places ${placed}`,
    why2020: (done: string, total: string, grid: string, late: { names: string[]; years: string[] }) =>
      `The province reported ${done} of ${total} district-level units done by the end of 2020; this grid has ${grid} with a standard year of 2020 or earlier because it follows the standard year, not the decision date${late.names.length ? ` (${late.names.join(" and ")}'s decisions came in ${late.years.join(", ")})` : ""}.`,
  },
} as const;

/** A unit named with its type, as a card's subtitle says it: "Thị xã Đông Triều", "Đông Triều town". */
export const withType = {
  vi: (type: string, name: string) => `${type.charAt(0).toUpperCase()}${type.slice(1)} ${name}`,
  en: (type: string, name: string) => `${name} ${type}`,
} as const;
