/**
 * Words of the form-based editor at /admin/ (Decap CMS). The fields, their order, types, allowed
 * values and limits come from data/schema/*.json (src/lib/cms-config.ts); only the words are here.
 * A schema field without a label here stops the build, so a new field never appears unnamed.
 */
import type { Lang } from "./ui";
import { levelLabel, namedUnit, typeLabel, wordingLabel } from "./status";
import { words } from "./words";

export interface FieldWords {
  label: string;
  hint?: string;
}

export const cmsUi = words({
  vi: {
    title: "Sửa dữ liệu — Quảng Ninh: chặng đường nông thôn mới",
    collection: "Dữ liệu của báo cáo",
    recognitionsFile: "Quyết định công nhận",
    sourcesFile: "Nguồn",
    recognition: "hồ sơ công nhận",
    source: "nguồn",
    otherLang: "English",
    noscript: "Trình sửa dữ liệu cần JavaScript.",
    commitCreate: "Dữ liệu: thêm {{slug}} qua trình sửa",
    commitUpdate: "Dữ liệu: sửa {{slug}} qua trình sửa",
    /** The title of a correction issue opened from a commune page. */
    correctionTitle: (label: string) => `Sửa dữ liệu: ${label}`,
    /** The hint under a bilingual note in the form. */
    bothLanguages: "Cần cả hai thứ tiếng.",
  },
  en: {
    title: "Edit the data — Quảng Ninh: the road to New Rural status",
    collection: "The report's data",
    recognitionsFile: "Recognitions",
    sourcesFile: "Sources",
    recognition: "recognition",
    source: "source",
    otherLang: "Tiếng Việt",
    noscript: "The data editor needs JavaScript.",
    commitCreate: "Data: add {{slug}} through the editor",
    commitUpdate: "Data: edit {{slug}} through the editor",
    correctionTitle: (label) => `Correction: ${label}`,
    bothLanguages: "Both languages are needed.",
  },
});

/** Labels and hints of each schema field, per data file. */
export const fieldWords: Record<Lang, Record<"recognitions" | "sources", Record<string, FieldWords>>> = {
  vi: {
    recognitions: {
      id: { label: "Mã hồ sơ", hint: "Chữ thường không dấu, nối bằng gạch ngang: mã xã, cấp, năm, ví dụ van-yen-ntm-2019. Không đổi mã đã có." },
      unit: { label: "Xã (hoặc huyện)", hint: "Gõ vài chữ của tên để tìm." },
      level: { label: "Cấp đạt chuẩn" },
      year: { label: "Năm", hint: "Năm đạt chuẩn; nếu chỉ biết mốc muộn nhất, chọn «chậm nhất» ở ô dưới." },
      precision: { label: "Năm này là", hint: "«Chậm nhất» khi nguồn chỉ cho biết xã đã đạt chuẩn trước năm ấy." },
      wording: { label: "Nguồn nói gì", hint: "Chỉ «được công nhận» (có quyết định) mới tô màu bản đồ." },
      decision_date: { label: "Ngày ký quyết định", hint: "Dạng 2021, 2021-10 hoặc 2021-10-29." },
      decision: { label: "Số quyết định", hint: "Ví dụ 1234/QĐ-UBND." },
      decided_by: { label: "Cơ quan ký", hint: "Ví dụ UBND tỉnh Quảng Ninh." },
      sources: { label: "Nguồn", hint: "Chọn nguồn đã có; nếu chưa có, thêm nó ở mục «Nguồn» trước." },
      confidence: { label: "Độ tin cậy", hint: "Để trống nếu nguồn rõ ràng." },
      note: { label: "Ghi chú", hint: "Bằng lời của bạn: nguồn nói gì, điều gì còn chưa chắc." },
    },
    sources: {
      id: { label: "Mã nguồn", hint: "Số tiếp theo cùng loại, ví dụ R14. Không dùng lại mã cũ." },
      title: { label: "Tiêu đề" },
      publisher: { label: "Nơi đăng", hint: "Ví dụ Báo Quảng Ninh, Cổng TTĐT tỉnh Quảng Ninh." },
      url: { label: "Địa chỉ (URL)", hint: "Bắt đầu bằng https://." },
      published: { label: "Ngày đăng", hint: "Dạng 2021, 2021-10 hoặc 2021-10-29." },
      published_inferred: { label: "Ngày đăng là suy đoán" },
      language: { label: "Ngôn ngữ", hint: "vi hoặc en." },
      reliability: { label: "Loại nguồn" },
      note: { label: "Ghi chú" },
    },
  },
  en: {
    recognitions: {
      id: { label: "Record id", hint: "Lower-case ASCII joined by hyphens: unit, tier, year, e.g. van-yen-ntm-2019. Never change an existing id." },
      unit: { label: "Commune (or district)", hint: "Type part of the name to search." },
      level: { label: "Tier" },
      year: { label: "Year", hint: "The standard year; if only the latest possible year is known, choose “no later than” below." },
      precision: { label: "This year is", hint: "“No later than” when the source only says the commune had reached the tier by then." },
      wording: { label: "What the source says", hint: "Only “recognised” (a decision) colours the map." },
      decision_date: { label: "Decision date", hint: "As 2021, 2021-10 or 2021-10-29." },
      decision: { label: "Decision number", hint: "E.g. 1234/QĐ-UBND." },
      decided_by: { label: "Decided by", hint: "E.g. Quảng Ninh Provincial People's Committee." },
      sources: { label: "Sources", hint: "Pick existing sources; if yours is missing, add it under “Sources” first." },
      confidence: { label: "Confidence", hint: "Leave empty when the source is clear." },
      note: { label: "Note", hint: "In your own words: what the source says, what is still uncertain." },
    },
    sources: {
      id: { label: "Source id", hint: "The next free number of its kind, e.g. R14. Never reuse an id." },
      title: { label: "Title" },
      publisher: { label: "Publisher", hint: "E.g. Báo Quảng Ninh, the provincial portal." },
      url: { label: "URL", hint: "Starts with https://." },
      published: { label: "Published", hint: "As 2021, 2021-10 or 2021-10-29." },
      published_inferred: { label: "Publication date is inferred" },
      language: { label: "Language", hint: "vi or en." },
      reliability: { label: "Kind of source" },
      note: { label: "Note" },
    },
  },
};

/** Labels of enum values, per field name; tiers and wordings are the site's own words. */
export const valueWords: Record<Lang, Record<string, Record<string, string>>> = {
  vi: {
    level: levelLabel.vi,
    wording: { ...wordingLabel.vi },
    precision: { exact: "năm của quyết định (có ngày ký)", year: "năm đạt chuẩn nguồn nêu", "no-later-than": "chậm nhất năm này" },
    confidence: { high: "cao", low: "thấp" },
    reliability: { primary: "gốc (quyết định, cổng thông tin nhà nước)", secondary: "báo chí, tổng hợp", low: "ít tin cậy" },
  },
  en: {
    level: levelLabel.en,
    wording: { ...wordingLabel.en },
    precision: { exact: "the decision's year (date known)", year: "the standard year the source gives", "no-later-than": "no later than this year" },
    confidence: { high: "high", low: "low" },
    reliability: { primary: "primary (decision, government portal)", secondary: "press, compilation", low: "low" },
  },
};

/** "xã Vạn Yên (huyện Vân Đồn)" / "Vạn Yên commune (Vân Đồn district)": how the unit list names a unit. */
export function unitOptionLabel(lang: Lang, name: string, type: keyof (typeof typeLabel)["vi"], parent?: { name: string; type: keyof (typeof typeLabel)["vi"] }): string {
  const own = namedUnit(lang, type, name);
  if (!parent || parent.type === "tinh") return own;
  return `${own} (${namedUnit(lang, parent.type, parent.name)})`;
}

/**
 * Phrases Decap CMS's own Vietnamese locale lacks (it falls back to English for them), limited to
 * what this editor can show. Merged into Decap's "vi" locale by /admin/cms-locale.js.
 */
export const decapViPatch = {
  collection: {
    collectionTop: { viewAsList: "Xem dạng danh sách", viewAsGrid: "Xem dạng lưới", groupBy: "Nhóm theo" },
    entries: { unpublishedHeader: "Bản chưa công bố" },
    groups: { other: "Khác", negateLabel: "Không phải %{label}" },
  },
  editor: {
    editorControl: { field: { widgetLabel: "ô %{widgetLabel}" } },
    editorInterface: { toggleI18n: "Bật/tắt đa ngôn ngữ", togglePreview: "Bật/tắt xem trước", toggleScrollSync: "Cuộn đồng bộ", toggleNotes: "Bật/tắt ghi chú" },
    editorNotesPane: {
      title: "Ghi chú",
      emptyState: "Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để cùng trao đổi.",
      addNote: "Thêm ghi chú",
      addPlaceholder: "Viết ghi chú…",
      editPlaceholder: "Sửa ghi chú…",
      save: "Lưu",
      cancel: "Huỷ",
      edit: "Sửa",
      delete: "Xoá",
      resolve: "Đã xử lý",
      unresolve: "Mở lại",
      confirmDelete: "Bạn có chắc muốn xoá ghi chú này?",
      shortcut: "Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh",
    },
    editorToolbar: {
      statusInfoTooltipDraft: "Bản này đang là nháp. Khi xong, chuyển sang «Đang duyệt» để gửi người duyệt.",
      statusInfoTooltipInReview: "Bản này đang được duyệt; bạn không cần làm gì thêm, nhưng vẫn có thể sửa tiếp.",
    },
    editorWidgets: {
      list: { add: "Thêm %{item}", addType: "Thêm %{item}" },
      object: { expand: "Mở rộng", collapse: "Thu gọn" },
    },
  },
  ui: {
    settingsDropdown: { account: "Tài khoản" },
    toast: {
      noteAdded: "Đã thêm ghi chú",
      onFailToAddNote: "Không thêm được ghi chú: %{details}",
      noteUpdated: "Đã sửa ghi chú",
      onFailToUpdateNote: "Không sửa được ghi chú: %{details}",
      noteDeleted: "Đã xoá ghi chú",
      onFailToDeleteNote: "Không xoá được ghi chú: %{details}",
      noteResolved: "Ghi chú đã xử lý",
      noteReopened: "Đã mở lại ghi chú",
      onFailToToggleNote: "Không đổi được trạng thái ghi chú: %{details}",
    },
  },
};
