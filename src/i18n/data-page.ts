/** Words of the data page (src/components/DataPage.astro): downloads, boundaries, licence, changelog. */
import type { PublishedName } from "../data/publish";
import { words } from "./words";

export const dataWords = words({
  vi: {
    title: "Dữ liệu",
    ledeVersion: "Toàn bộ dữ liệu của báo cáo, phiên bản ",
    ledeKept: " Mỗi phiên bản được giữ nguyên tại một địa chỉ riêng; ",
    ledeLatest: "luôn trỏ tới phiên bản mới nhất.",
    downloads: "Tải về",
    dataset: "Bộ dữ liệu",
    lineageInUnits: "(trong units.json)",
    datapackage: " (mô tả Frictionless Data Package). Các phiên bản: ",
    boundaries: "Ranh giới",
    boundaryFile: (kb: number, count: number) =>
      ` (TopoJSON, ${kb} KB): ${count} đơn vị cấp xã theo danh mục tháng 12/2019, mỗi đơn vị có mã của Tổng cục Thống kê (thuộc tính gso_code, khớp với geo_id trong units.json). SHA-256: `,
    mitLicence: " Giấy phép MIT: ",
    licence: "Giấy phép",
    licenceText:
      "Dữ liệu và văn bản: CC BY 4.0 — được dùng lại, kể cả thương mại, khi ghi nguồn “Báo cáo NTM Quảng Ninh” và phiên bản dữ liệu. Ranh giới có giấy phép riêng (MIT), ghi nguồn như sau: ",
    howBuilt: "Cách dữ liệu được xây dựng",
    sources: "Nguồn",
    changelog: "Nhật ký thay đổi",
  },
  en: {
    title: "Data",
    ledeVersion: "All the report's data, version ",
    ledeKept: " Every version stays unchanged at its own address; ",
    ledeLatest: "always points to the newest.",
    downloads: "Downloads",
    dataset: "Dataset",
    lineageInUnits: "(in units.json)",
    datapackage: " (Frictionless Data Package descriptor). Versions: ",
    boundaries: "Boundaries",
    boundaryFile: (kb, count) =>
      ` (TopoJSON, ${kb} KB): the ${count} commune-level units of the December 2019 list, each with its General Statistics Office code (property gso_code, matching geo_id in units.json). SHA-256: `,
    mitLicence: " MIT licence: ",
    licence: "Licence",
    licenceText:
      "Data and text: CC BY 4.0 — reuse freely, commercially too, crediting “Quảng Ninh NTM report” and the data version. The boundaries have their own licence (MIT); credit them as follows: ",
    howBuilt: "How the data was built",
    sources: "Sources",
    changelog: "Changelog",
  },
});

/** What each published dataset holds, for the downloads table. */
export const datasetWords = words<Record<PublishedName, string>>({
  vi: {
    units: "Đơn vị hành chính (ranh giới 2019 và các đơn vị từ 1/7/2025) với mã GSO",
    lineage: "Thay đổi địa giới, tên gọi 2010–2025 (một dòng mỗi sự kiện)",
    recognitions: "Công nhận và các thông tin khác về mức đạt chuẩn",
    "province-series": "Số liệu toàn tỉnh do tỉnh công bố",
    indicators: "Chỉ số bối cảnh (thu nhập, hộ nghèo…)",
    sources: "Nguồn",
  },
  en: {
    units: "Administrative units (2019 vintage, and the units of 1 July 2025) with GSO codes",
    lineage: "Lineage events 2010–2025 (one row per event)",
    recognitions: "Recognitions and other claims about status",
    "province-series": "Province totals as reported",
    indicators: "Context indicators (income, poverty…)",
    sources: "Sources",
  },
});
