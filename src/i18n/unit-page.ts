/** Words of a commune's page and a district's page (src/components/CommunePage.astro, DistrictPage.astro). */
import type { Status } from "../lib/status";
import { statusLabel } from "./status";
import type { Lang } from "./ui";
import { words } from "./words";

/** Shared by both pages: the recognition list and the year tables. */
export const unitWords = words({
  vi: {
    year: "Năm",
    decision: "Quyết định",
    dated: (date: string) => `ngày ${date}`,
    lowConfidence: "độ tin cậy thấp",
    merged: "đã sáp nhập",
  },
  en: {
    year: "Year",
    decision: "Decision",
    dated: (date) => `dated ${date}`,
    lowConfidence: "low confidence",
    merged: "merged",
  },
});

export const communeWords = words({
  vi: {
    insetLabel: (district: string) => `Vị trí của ${district} trong tỉnh Quảng Ninh`,
    /** After the 2019 district, when the commune moved: "(từ 2020 thuộc Hạ Long)". */
    from2020: (district: string) => `(từ 2020 thuộc ${district})`,
    laterName: "Tên sau này",
    byYear: (from: number, to: number) => `Từng năm, ${from}–${to}`,
    byYearCaption: (name: string) => `Mức đạt chuẩn của ${name} theo năm`,
    status: "Mức đạt chuẩn",
    notSeparate: "Không còn là đơn vị riêng",
    mayAlready: "có thể đã đạt",
    whatWeKnow: "Điều chúng tôi biết",
    neverInProgramme: (name: string, type: string, from: number, to: number) =>
      `${name} là ${type} suốt giai đoạn ${from}–${to}, không thuộc chương trình nông thôn mới (chương trình chỉ dành cho xã).`,
    noExactYear: "Chưa có nguồn nào chúng tôi tìm thấy cho biết chính xác năm xã đạt chuẩn nông thôn mới. ",
    onlyBound: (year: number, ancestor: string) => `Chúng tôi chỉ biết xã đạt chuẩn muộn nhất là năm ${year}, năm ${ancestor} được công nhận.`,
    improve: "Bạn biết quyết định công nhận? Bổ sung hồ sơ này: ",
    reportCorrection: "báo sửa (biểu mẫu)",
    editInEditor: "sửa trong trình sửa dữ liệu",
    editJson: "sửa tệp JSON",
    whatCounts: "Thế nào là một nguồn đủ tin cậy",
    whereItIs: "Vị trí",
    recognitions: "Quyết định công nhận",
    otherClaims: "Các thông tin khác (chưa phải công nhận)",
    lineage: "Thay đổi địa giới, tên gọi",
    uncertain: "chưa chắc chắn (nguồn thứ cấp)",
  },
  en: {
    insetLabel: (district) => `Where ${district} lies in Quảng Ninh`,
    from2020: (district) => `(from 2020 part of ${district})`,
    laterName: "Later name",
    byYear: (from, to) => `Year by year, ${from}–${to}`,
    byYearCaption: (name) => `${name}'s status by year`,
    status: "Status",
    notSeparate: "No longer a separate unit",
    mayAlready: "may already be",
    whatWeKnow: "What we know",
    neverInProgramme: (name, type, from, to) =>
      `${name} was a ${type} throughout ${from}–${to} and never part of the New Rural programme, which is for rural communes (xã) only.`,
    noExactYear: "No source we have found gives the exact year this commune reached the New Rural standard. ",
    onlyBound: (year, ancestor) => `We only know it reached it no later than ${year}, when ${ancestor} was recognised.`,
    improve: "Know the decision? Improve this record: ",
    reportCorrection: "report a correction (form)",
    editInEditor: "edit in the data editor",
    editJson: "edit the JSON",
    whatCounts: "What counts as a source",
    whereItIs: "Where it is",
    recognitions: "Recognitions",
    otherClaims: "Other claims (not recognitions)",
    lineage: "Changes of boundaries, name and status",
    uncertain: "uncertain (secondary source)",
  },
});

/**
 * One lineage event in words, around the link to the unit it went into (`mergedInto` comes before the link,
 * `receivingUnknown` stands in for it when the data does not name the unit).
 */
export const lineageWords = words({
  vi: {
    becameWard: "trở thành phường",
    mergedInto: "sáp nhập vào ",
    receivingUnknown: "(chưa rõ đơn vị nhận)",
    renamed: (name: string, type: string) => `đổi tên thành ${name}${type ? ` (${type})` : ""}`,
    split: (name: string) => `chia tách, một phần vào ${name}`,
    typeChanged: (type: string) => `thành ${type}`,
  },
  en: {
    becameWard: "became a ward",
    mergedInto: "merged into ",
    receivingUnknown: "(receiving unit unknown)",
    renamed: (name, type) => `renamed ${name}${type ? ` (${type})` : ""}`,
    split: (name) => `split; part went to ${name}`,
    typeChanged: (type) => `became a ${type}`,
  },
});

export const districtWords = words({
  vi: {
    recognition: "Công nhận cấp huyện",
    noRecognition: "Chưa có nguồn về quyết định công nhận.",
    byYear: "Số xã theo năm",
    byYearCaption: (name: string) => `Các xã của ${name} theo năm`,
    inProgramme: "Xã thuộc chương trình",
    ntmRange: "NTM (biết chắc – tối đa)",
    reported: "(huyện công bố)",
    members: "Các xã, phường, thị trấn",
  },
  en: {
    recognition: "District-level recognition",
    noRecognition: "No source for a recognition decision yet.",
    byYear: "Communes by year",
    byYearCaption: (name) => `${name}'s communes by year`,
    inProgramme: "Communes in programme",
    ntmRange: "New Rural (known – possible)",
    reported: "(reported)",
    members: "Communes, wards and townships",
  },
});


/** A unit's status in a list of units (a district's communes, the index): merged away, or its status label. */
export function listStatus(lang: Lang, status: Status): string {
  return status === "merged" || status === "no-data" ? unitWords[lang].merged : statusLabel[lang][status];
}
