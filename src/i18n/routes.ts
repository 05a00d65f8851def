import { defaultLang, type Lang } from "./ui";

/**
 * Page routes in both languages. Vietnamese pages keep Vietnamese slugs at the
 * root; English pages live under /en/ with English slugs.
 */
export const routes = {
  home: { vi: "/", en: "/en/" },
  communes: { vi: "/xa/", en: "/en/commune/" },
  districts: { vi: "/huyen/", en: "/en/district/" },
  methodology: { vi: "/phuong-phap/", en: "/en/methodology/" },
  sources: { vi: "/nguon/", en: "/en/sources/" },
  data: { vi: "/du-lieu/", en: "/en/data/" },
  reorg: { vi: "/sap-xep-2025/", en: "/en/reorganisation-2025/" },
} as const;

export type RouteName = keyof typeof routes;

/** A language's folder under a path for files (images: /img/en/…): the default language at the root. */
export function langDir(lang: Lang): string {
  return lang === defaultLang ? "" : `${lang}/`;
}

/** Prefix a site-absolute path with the configured base (NTM_BASE). */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

export function routePath(name: RouteName, lang: Lang, id?: string): string {
  const p = routes[name][lang];
  return withBase(id ? `${p}${id}/` : p);
}

const OTHER = { vi: "en", en: "vi" } as const satisfies Record<Lang, Lang>;

export function otherLang(lang: Lang): Lang {
  return OTHER[lang];
}
