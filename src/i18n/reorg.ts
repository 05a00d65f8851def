/** The words of the 1 July 2025 view, the commune-page successors and the finder's 2025 entries. */
import type { Lang } from "./ui";
import type { Unit } from "../data/types";
import { namedUnit } from "./status";

/** "phường Hà Tu" / "Hà Tu ward": a unit of 2025 with its type. */
export function unit2025Name(lang: Lang, u: Unit): string {
  return namedUnit(lang, u.type, u.name);
}

/** "khoản 39 Điều 1" / "item 39 of Article 1". */
export function itemLabel(lang: Lang, item: number | undefined): string {
  if (item === undefined) return "";
  return REORG_WORDS[lang].item(item);
}

export const REORG_WORDS = {
  vi: {
    title: "Ngày 1/7/2025, mỗi xã về đâu?",
    lede: "Nghị quyết 1679/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, có hiệu lực từ ngày 16/6/2025, sắp xếp các xã, phường, thị trấn của Quảng Ninh thành 54 đơn vị cấp xã; chính quyền các đơn vị mới hoạt động từ ngày 1/7/2025, khi cấp huyện không còn. Bản đồ vẽ trên ranh giới năm 2019: mỗi xã cũ mang màu của đơn vị mới mà nó nhập vào. Màu chỉ để phân biệt các đơn vị liền kề, không mang ý nghĩa thứ bậc.",
    noPolygons: "Chúng tôi không vẽ ranh giới mới: bộ ranh giới chi tiết duy nhất tìm được (của nhà xuất bản bản đồ nhà nước) không có giấy phép mở. Đường đậm trên bản đồ là chỗ các đơn vị mới giáp nhau, suy ra từ ranh giới cũ; với xã bị chia tách, đường chia bên trong xã không được biết.",
    mapTitle: "Các xã năm 2019 theo đơn vị cấp xã mà chúng nhập vào từ ngày 1/7/2025",
    mapDesc: (n: number, split: number) => `${n} đơn vị cấp xã từ ngày 1/7/2025 trên ranh giới năm 2019; ${split} xã cũ bị chia cho hai đơn vị mới, tô sọc màu của cả hai.`,
    legendWhole: "Cả xã cũ nhập vào một đơn vị mới: màu của đơn vị đó",
    legendSplit: "Xã cũ bị chia cho nhiều đơn vị mới: sọc màu của các đơn vị ấy",
    tableTitle: "Đơn vị mới và các xã cũ hợp thành",
    colUnit: "Đơn vị từ 1/7/2025",
    colCode: "Mã",
    colItem: "Nghị quyết",
    colFrom: "Hợp thành từ (xã, phường, thị trấn năm 2019)",
    part: "một phần",
    kept: "giữ nguyên, không sắp xếp",
    viaMerger: (name: string) => `đã nhập vào ${name} trước đó`,
    uncertain: "chưa chắc chắn",
    source: "Nguồn",
    hover: (from: string, to: string) => `${from} → ${to}`,
    findLink: "Tìm xã của bạn",
    // commune page
    successorsTitle: "Từ ngày 1/7/2025",
    becameWhole: (name: string) => `Toàn bộ ${name} nhập vào`,
    becameSplit: (name: string) => `${name} được chia cho các đơn vị:`,
    becameVia: (name: string, via: string) => `${name} đã nhập vào ${via} trước đó; từ ngày 1/7/2025, ${via}`,
    becameViaWhole: "nhập vào",
    becameViaSplit: "được chia cho các đơn vị:",
    keptLine: (name: string) => `${name} giữ nguyên, không thuộc diện sắp xếp, và vẫn là một đơn vị cấp xã.`,
    byItem: "theo",
    legendUnknown: "Không rõ xã cũ này về đâu (đơn vị nhận nó năm 2020 chưa tìm được)",
    resolutionSource: "Ủy ban Thường vụ Quốc hội, Nghị quyết 1679/NQ-UBTVQH15 (toàn văn)",
    summarySource: "Báo Lao Động (bản tiếng Anh), danh sách các đơn vị mới theo thứ tự các khoản",
    ofResolution: "Nghị quyết 1679/NQ-UBTVQH15",
    seeAll: "Xem mọi xã trên bản đồ sau sắp xếp",
    finderTo: "từ 1/7/2025 thuộc",
    item: (item: number) => `khoản ${item} Điều 1`,
  },
  en: {
    title: "Where did each commune go on 1 July 2025?",
    lede: "Resolution 1679/NQ-UBTVQH15 of the National Assembly Standing Committee, in effect from 16 June 2025, reorganised Quảng Ninh's communes, wards and townships into 54 commune-level units; the new units' governments began work on 1 July 2025, when districts were abolished. The map is drawn on the 2019 boundaries: each former commune takes the colour of the new unit it joined. The colours only tell neighbouring units apart; they carry no ranking.",
    noPolygons: "We do not draw the new boundaries: the only detailed set we found (the state cartography publisher's) is not openly licensed. The dark lines show where new units meet, derived from the old boundaries; inside a split commune, the dividing line is not known.",
    mapTitle: "The communes of 2019 by the commune-level unit they joined on 1 July 2025",
    mapDesc: (n: number, split: number) => `${n} commune-level units from 1 July 2025 on the 2019 boundaries; ${split} former communes were split between two new units and are striped in both colours.`,
    legendWhole: "A former commune that went whole into one new unit: that unit's colour",
    legendSplit: "A former commune split between new units: stripes of their colours",
    tableTitle: "New units and the former communes they were made from",
    colUnit: "Unit from 1 July 2025",
    colCode: "Code",
    colItem: "Resolution",
    colFrom: "Made from (communes, wards, townships of 2019)",
    part: "part",
    kept: "kept as it was, not reorganised",
    viaMerger: (name: string) => `had already merged into ${name}`,
    uncertain: "uncertain",
    source: "Source",
    hover: (from: string, to: string) => `${from} → ${to}`,
    findLink: "Find your commune",
    successorsTitle: "From 1 July 2025",
    becameWhole: (name: string) => `All of ${name} went into`,
    becameSplit: (name: string) => `${name} was divided between:`,
    becameVia: (name: string, via: string) => `${name} had already merged into ${via}; on 1 July 2025, ${via}`,
    becameViaWhole: "went into",
    becameViaSplit: "was divided between:",
    keptLine: (name: string) => `${name} was kept as it was, outside the reorganisation, and remains a commune-level unit.`,
    byItem: "under",
    legendUnknown: "Where this former commune went is not known (the unit it joined in 2020 was not found)",
    resolutionSource: "National Assembly Standing Committee, Resolution 1679/NQ-UBTVQH15 (full text, in Vietnamese)",
    summarySource: "Lao Động (English edition), the new units in the order of the resolution's items",
    ofResolution: "of Resolution 1679/NQ-UBTVQH15",
    seeAll: "See every commune on the map of the reorganisation",
    finderTo: "from 1 July 2025 in",
    item: (item: number) => `item ${item} of Article 1`,
  },
} as const;
