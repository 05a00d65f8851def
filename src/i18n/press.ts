/** Words of the press kit under each chart (embed builder, downloads, citation) and the charts' titles as embedded. */
import type { Lang } from "./ui";
import { words } from "./words";

export const press = {
  vi: {
    summary: "Nhúng, tải dữ liệu và ảnh, trích dẫn",
    embedHeading: "Nhúng biểu đồ vào bài viết",
    code: "Mã nhúng",
    copy: "Chép mã",
    copied: "Đã chép",
    selected: "Đã chọn, nhấn Ctrl+C",
    noScript: "Dán nguyên mã này vào bài. Nếu hệ thống biên tập bỏ thẻ <script>, khung vẫn co giãn theo bề ngang cột bài và hiện trọn biểu đồ.",
    year: "Năm",
    language: "Ngôn ngữ",
    theme: "Giao diện",
    light: "Sáng",
    dark: "Tối",
    auto: "Theo máy người đọc",
    controls: "Cho người đọc đổi năm (thanh trượt, nút chạy)",
    versionLegend: "Dữ liệu",
    live: "Luôn theo dữ liệu mới nhất",
    pinned: (v: string) => `Cố định ở phiên bản ${v}`,
    preview: "Xem trước",
    downloads: "Tải về",
    data: "Dữ liệu của biểu đồ (CSV)",
    columns: "giải thích các cột",
    images: "Ảnh",
    pngOnly: (y: number) => `(PNG chỉ có cho năm ${y})`,
    link: "Chép liên kết tới khung nhìn này",
    linkCopied: "Đã chép liên kết",
    cite: "Trích dẫn",
    citeText: "Văn bản",
    bibtex: "BibTeX",
    copyCite: "Chép trích dẫn",
    copyBibtex: "Chép BibTeX",
    author: "Nhóm báo cáo NTM Quảng Ninh",
    dataVersion: (v: string) => `Dữ liệu phiên bản ${v}`,
    accessed: (d: string) => `truy cập ngày ${d}`,
  },
  en: {
    summary: "Embed, download data and images, cite",
    embedHeading: "Embed this chart in an article",
    code: "Embed code",
    copy: "Copy code",
    copied: "Copied",
    selected: "Selected: press Ctrl+C",
    noScript: "Paste the code as it is. If your CMS strips the <script> tag, the frame still scales with the column's width and shows the whole chart.",
    year: "Year",
    language: "Language",
    theme: "Theme",
    light: "Light",
    dark: "Dark",
    auto: "Reader's setting",
    controls: "Let readers change the year (slider, play button)",
    versionLegend: "Data",
    live: "Always the latest data",
    pinned: (v: string) => `Pinned to version ${v}`,
    preview: "Preview",
    downloads: "Download",
    data: "The chart's data (CSV)",
    columns: "what the columns mean",
    images: "Images",
    pngOnly: (y: number) => `(PNG for ${y} only)`,
    link: "Copy a link to this view",
    linkCopied: "Link copied",
    cite: "Cite this",
    citeText: "Text",
    bibtex: "BibTeX",
    copyCite: "Copy citation",
    copyBibtex: "Copy BibTeX",
    author: "Quảng Ninh NTM report team",
    dataVersion: (v: string) => `Data version ${v}`,
    accessed: (d: string) => `accessed ${d}`,
  },
} as const;

export const languageName = { vi: { vi: "Tiếng Việt", en: "Tiếng Anh" }, en: { vi: "Vietnamese", en: "English" } } as const;

/** The title of a chart as its embed page and the iframe's title attribute give it. */
export function embedTitle(lang: Lang, kind: "map" | "timeline" | "districts", districtName?: string): string {
  return EMBED_TITLES[lang][kind](districtName);
}

const EMBED_TITLES = words({
  vi: {
    map: (district?: string) => `Bản đồ nông thôn mới${district ? ` – ${district}` : ""}, Quảng Ninh`,
    timeline: (_district?: string) => "Số xã đạt chuẩn nông thôn mới theo năm, Quảng Ninh",
    districts: (_district?: string) => "Các huyện của Quảng Ninh đạt chuẩn nông thôn mới",
  },
  en: {
    map: (district) => `New Rural map${district ? ` – ${district}` : ""}, Quảng Ninh`,
    timeline: () => "Communes reaching New Rural status by year, Quảng Ninh",
    districts: () => "Quảng Ninh's districts on the road to New Rural status",
  },
});
