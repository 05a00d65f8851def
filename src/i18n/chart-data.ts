/** What the chart tables (src/lib/chart-data.ts) hold, column by column, for the data page. */
import type { Lang } from "./ui";

type Doc = { file: string; what: string; columns: [string, string][] };

export const chartDataDocs: Record<Lang, Doc[]> = {
  vi: [
    {
      file: "chart-map.csv",
      what: "Bản đồ các xã: mỗi dòng một xã, phường, thị trấn (ranh giới 2019). Bản đồ từng huyện: chart-map-<mã huyện>.csv, chỉ các xã của huyện đó.",
      columns: [
        ["id, name, geo_id", "mã của đơn vị trong bộ dữ liệu, tên, mã hành chính của Tổng cục Thống kê"],
        ["district", "đơn vị cấp huyện mà xã thuộc về trong giai đoạn 2020–2025"],
        ["status_2010 … status_2025", "mức bản đồ tô cho năm đó: none (chưa đạt), ntm, nang-cao, kieu-mau, undetermined (chưa xác định được đã đạt hay chưa), not-in-programme (phường, thị trấn), merged (đã sáp nhập vào một đơn vị đã biết), no-data (đã sáp nhập, chưa rõ vào đâu)"],
        ["ntm_from, ntm_to (và nang_cao_…, kieu_mau_…)", "khoảng năm đạt mức đó: _from là năm sớm nhất có thể (năm sau năm cuối cùng biết chắc là chưa đạt), _to là năm đầu tiên biết chắc đã đạt; hai số bằng nhau là biết đúng năm; _to để trống là đến năm 2025 vẫn chưa biết đã đạt"],
      ],
    },
    {
      file: "chart-timeline.csv",
      what: "Dòng thời gian: mỗi dòng một năm.",
      columns: [
        ["communes", "số xã thuộc chương trình trong năm"],
        ["ntm_known, nang_cao_known, kieu_mau_known", "số xã biết chắc đã đạt mức đó, theo hồ sơ từng xã"],
        ["ntm_possible_max", "số xã đạt chuẩn NTM cao nhất có thể (thêm các xã chưa xác định được)"],
        ["reported_ntm, reported_nang_cao, reported_kieu_mau", "số tỉnh công bố, để trống khi không có"],
      ],
    },
    {
      file: "chart-districts.csv",
      what: "Các huyện: mỗi dòng một đơn vị cấp huyện trong một năm, đếm các xã của huyện như huyện có trong năm đó.",
      columns: [
        ["district_id, district, year, communes", "mã, tên huyện, năm, số xã thuộc chương trình"],
        ["ntm_known, nang_cao_known, kieu_mau_known", "số xã biết chắc đã đạt mức đó"],
        ["undetermined, none", "số xã chưa xác định được đã đạt hay chưa, và số xã biết chắc là chưa đạt"],
      ],
    },
  ],
  en: [
    {
      file: "chart-map.csv",
      what: "The commune map: one row per commune, ward or township (2019 boundaries). Each district's map: chart-map-<district id>.csv, with only that district's communes.",
      columns: [
        ["id, name, geo_id", "the unit's id in the dataset, its name, its General Statistics Office code"],
        ["district", "the district-level unit it belonged to in 2020–2025"],
        ["status_2010 … status_2025", "what the map draws for that year: none (not yet), ntm, nang-cao (advanced), kieu-mau (model), undetermined (it may or may not have reached it), not-in-programme (wards and townships), merged (into a known unit), no-data (merged, successor unknown)"],
        ["ntm_from, ntm_to (and nang_cao_…, kieu_mau_…)", "the years the tier was reached in: _from is the earliest possible year (the year after the last one known not to have it), _to the first year known to have it; equal years mean the year is known; an empty _to means not known reached by 2025"],
      ],
    },
    {
      file: "chart-timeline.csv",
      what: "The timeline: one row per year.",
      columns: [
        ["communes", "communes in the programme that year"],
        ["ntm_known, nang_cao_known, kieu_mau_known", "communes known to have reached that tier, from commune records"],
        ["ntm_possible_max", "the highest possible New Rural count (adding the undetermined communes)"],
        ["reported_ntm, reported_nang_cao, reported_kieu_mau", "what the province reported, empty where it did not"],
      ],
    },
    {
      file: "chart-districts.csv",
      what: "The districts: one row per district-level unit and year, counting its communes as the district was that year.",
      columns: [
        ["district_id, district, year, communes", "id, name, year, communes in the programme"],
        ["ntm_known, nang_cao_known, kieu_mau_known", "communes known to have reached that tier"],
        ["undetermined, none", "communes that may or may not have reached it, and those known not to have yet"],
      ],
    },
  ],
};

export const chartDataHeading = {
  vi: {
    h: "Dữ liệu của từng biểu đồ",
    lede: "Bảng đúng như biểu đồ thể hiện, tính bằng cùng mô hình với bản đồ. Mỗi biểu đồ có nút tải bảng của nó; các tệp cũng có ở mỗi phiên bản dưới /data/<phiên bản>/.",
    column: "Cột",
    meaning: "Ý nghĩa",
  },
  en: {
    h: "The data behind each chart",
    lede: "Tables of what each chart shows, computed by the same model as the map. Every chart links to its own; the files are also under /data/<version>/ for every version.",
    column: "Column",
    meaning: "Meaning",
  },
} as const;
