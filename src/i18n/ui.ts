/** UI strings, one dictionary per language. Prose lives in src/content/, not here. */
export const languages = { vi: "Tiếng Việt", en: "English" } as const;
export type Lang = keyof typeof languages;
export const defaultLang: Lang = "vi";

/** A page's language from its `lang` attribute (client scripts); anything else is the default. */
export function asLang(value: string | null | undefined): Lang {
  return value && value in languages ? (value as Lang) : defaultLang;
}

/** Locale tags: BCP 47 for Intl and `hreflang`, and Open Graph's `og:locale`. */
export const locales = {
  vi: { tag: "vi-VN", og: "vi_VN" },
  en: { tag: "en-GB", og: "en_GB" },
} as const satisfies Record<Lang, { tag: string; og: string }>;

export const ui = {
  vi: {
    "site.title": "Quảng Ninh: hành trình nông thôn mới, 2010–2025",
    "site.short": "Quảng Ninh · Nông thôn mới",
    "site.description":
      "Các xã của tỉnh Quảng Ninh đạt chuẩn nông thôn mới, nông thôn mới nâng cao và kiểu mẫu từ năm 2010 đến 2025: bản đồ, dòng thời gian và nguồn của từng con số.",
    "nav.skip": "Bỏ qua, đến nội dung chính",
    "nav.label": "Chính",
    "nav.home": "Câu chuyện",
    "nav.communes": "Tra cứu xã",
    "nav.methodology": "Phương pháp",
    "nav.sources": "Nguồn",
    "nav.data": "Dữ liệu",
    "nav.reorg": "Sau 1/7/2025",
    "nav.other": "English",
    "footer.data": "Dữ liệu phiên bản",
    "footer.sources": "Nguồn của mọi con số",
    "footer.license": "Văn bản và dữ liệu: CC BY 4.0.",
    "footer.note": "Báo cáo độc lập, xây dựng từ dữ liệu mở có dẫn nguồn.",
    "home.kicker": "Báo cáo dữ liệu · 2010⁠–⁠2025",
    "home.intro":
      "Mười lăm năm sau khi chương trình bắt đầu từ con số không, mọi xã của Quảng Ninh đã đạt chuẩn nông thôn mới. Huyện đảo Cô Tô nằm trong hai huyện về đích đầu tiên; huyện biên giới Bình Liêu về đích sau cùng.",
    "home.stat.all": "xã đạt chuẩn nông thôn mới, giữa năm 2025",
    "home.stat.first": "Cô Tô, huyện đảo đầu tiên cả nước đạt chuẩn",
    "home.stat.last": "Bình Liêu, huyện biên giới về đích sau cùng",
    "home.stats": "Những con số chính",
    "notfound.title": "Không tìm thấy trang",
    "notfound.body": "Trang bạn tìm không có ở đây. Hãy quay về trang chính hoặc tra cứu xã.",
  },
  en: {
    "site.title": "Quảng Ninh: the road to New Rural status, 2010–2025",
    "site.short": "Quảng Ninh · New Rural",
    "site.description":
      "How the communes of Quảng Ninh province reached New Rural, advanced and model status between 2010 and 2025: maps, a timeline and the source of every number.",
    "nav.skip": "Skip to main content",
    "nav.label": "Main",
    "nav.home": "Story",
    "nav.communes": "Find a commune",
    "nav.methodology": "Methodology",
    "nav.sources": "Sources",
    "nav.data": "Data",
    "nav.reorg": "After 1 July 2025",
    "nav.other": "Tiếng Việt",
    "footer.data": "Data version",
    "footer.sources": "Where every number comes from",
    "footer.license": "Text and data: CC BY 4.0.",
    "footer.note": "An independent report built from open, sourced data.",
    "home.kicker": "Data report · 2010⁠–⁠2025",
    "home.intro":
      "Fifteen years after the programme started from zero, every commune in Quảng Ninh has met the New Rural standard. The island district of Cô Tô was one of the first two districts there; the border district of Bình Liêu was the last.",
    "home.stat.all": "communes at the New Rural standard, mid-2025",
    "home.stat.first": "Cô Tô, the country's first island district at the standard",
    "home.stat.last": "Bình Liêu, the border district that finished last",
    "home.stats": "Key numbers",
    "notfound.title": "Page not found",
    "notfound.body": "The page you are looking for is not here. Go back to the story or look up a commune.",
  },
} as const;

export type UiKey = keyof (typeof ui)["vi"];

export function t(lang: Lang, key: UiKey): string {
  return ui[lang][key];
}
