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

/**
 * The configured base path (NTM_BASE): Vite's BASE_URL in the build and the browser; outside Vite
 * (scripts/png-warm.ts under tsx) NTM_BASE_URL, which that script sets from the same siteEnv().
 */
const baseUrl = (): string =>
  (import.meta.env as { BASE_URL?: string } | undefined)?.BASE_URL ?? globalThis.process?.env?.NTM_BASE_URL ?? "/";

/** Prefix a site-absolute path with the configured base (NTM_BASE). */
export function withBase(path: string): string {
  const base = baseUrl().replace(/\/$/, "");
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
