/**
 * Words of the data-version tool (src/data/version.ts): the CHANGELOG entry it proposes, in the
 * changelog's two languages, and its proposal in plain words (data:check, the pull-request comment).
 */
import type { Lang } from "./ui";

export interface VersionWords {
  /** The `### …` language heading of a changelog entry. */
  part: string;
  added: string;
  changed: string;
  removed: string;
  newRecognition: (id: string, unit: string, what: string) => string;
  yearText: (year: number, noLaterThan: boolean) => string;
  newSource: (id: string, publisher: string, title: string) => string;
  newUnit: (id: string, name: string) => string;
  newRecord: (id: string, file: string) => string;
  corrected: (id: string, where: string, parts: string) => string;
  fieldAdded: (field: string, value: string) => string;
  fieldRemoved: (field: string) => string;
  fieldChanged: (field: string, before: string, after: string) => string;
  removedRecord: (id: string, file: string) => string;
  descriptor: string;
  nothing: string;
  more: (n: number) => string;
  minor: string;
  patch: string;
  /** "added 2" / "2 added": how many records a file gained, lost or changed. */
  count: (n: number, what: "added" | "removed" | "changed") => string;
  descriptorCount: string;
}

export const versionWords: Record<Lang, VersionWords> = {
  vi: {
    part: "Tiếng Việt",
    added: "Bổ sung",
    changed: "Thay đổi",
    removed: "Loại bỏ",
    newRecognition: (id, unit, what) => `Hồ sơ công nhận mới \`${id}\`: ${unit}, ${what}.`,
    yearText: (year, noLaterThan) => (noLaterThan ? `muộn nhất năm ${year}` : `năm ${year}`),
    newSource: (id, publisher, title) => `Nguồn mới \`${id}\`: ${publisher}, “${title}”.`,
    newUnit: (id, name) => `Đơn vị hành chính mới \`${id}\`: ${name}.`,
    newRecord: (id, file) => `Bản ghi mới \`${id}\` trong \`${file}\`.`,
    corrected: (id, where, parts) => `Sửa \`${id}\` (${where}): ${parts}.`,
    fieldAdded: (field, value) => `thêm \`${field}\` ${value}`,
    fieldRemoved: (field) => `bỏ \`${field}\``,
    fieldChanged: (field, before, after) => `\`${field}\` từ ${before} thành ${after}`,
    removedRecord: (id, file) => `Bỏ \`${id}\` khỏi \`${file}\`.`,
    descriptor: "Sửa phần mô tả bộ dữ liệu (`datapackage.json`).",
    nothing: "Dữ liệu không đổi so với bản trước.",
    more: (n) => `Còn ${n} mục khác.`,
    minor: "bản phụ (có hồ sơ mới)",
    patch: "bản vá (chỉ sửa hoặc bỏ, không có hồ sơ mới)",
    count: (n, what) => `${{ added: "thêm", removed: "bỏ", changed: "sửa" }[what]} ${n}`,
    descriptorCount: "datapackage.json: phần mô tả đã sửa",
  },
  en: {
    part: "English",
    added: "Added",
    changed: "Changed",
    removed: "Removed",
    newRecognition: (id, unit, what) => `New recognition record \`${id}\`: ${unit}, ${what}.`,
    yearText: (year, noLaterThan) => (noLaterThan ? `no later than ${year}` : `in ${year}`),
    newSource: (id, publisher, title) => `New source \`${id}\`: ${publisher}, “${title}”.`,
    newUnit: (id, name) => `New administrative unit \`${id}\`: ${name}.`,
    newRecord: (id, file) => `New record \`${id}\` in \`${file}\`.`,
    corrected: (id, where, parts) => `Corrected \`${id}\` (${where}): ${parts}.`,
    fieldAdded: (field, value) => `added \`${field}\` ${value}`,
    fieldRemoved: (field) => `removed \`${field}\``,
    fieldChanged: (field, before, after) => `\`${field}\` from ${before} to ${after}`,
    removedRecord: (id, file) => `Removed \`${id}\` from \`${file}\`.`,
    descriptor: "Updated the package descriptor (`datapackage.json`).",
    nothing: "The data is as in the previous version.",
    more: (n) => `And ${n} more.`,
    minor: "a minor version (new records)",
    patch: "a patch (corrections only, no new records)",
    count: (n, what) => `${n} ${what}`,
    descriptorCount: "datapackage.json: the descriptor changed",
  },
};
