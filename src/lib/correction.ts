/**
 * Links of a commune page's "Improve this record": the GitHub issue form
 * (.github/ISSUE_TEMPLATE/correction.yml) pre-filled through its URL parameters, and the
 * form-based editor's list of recognitions. Pure: the page passes what it shows.
 */
import type { Lang } from "../i18n/ui";
import { cmsUi } from "../i18n/cms";
import { ADMIN_PATH, ADMIN_RECOGNITIONS_HASH } from "./cms-config";

export const CORRECTION_TEMPLATE = "correction.yml";

/** The issue form's field ids that a link can fill (they must exist in correction.yml). */
export const CORRECTION_PREFILL = ["commune", "current"] as const;

export function correctionUrl(repoUrl: string, lang: Lang, commune: { label: string; name: string }, current: string): string {
  const q = new URLSearchParams({
    template: CORRECTION_TEMPLATE,
    title: cmsUi[lang].correctionTitle(commune.label),
    commune: commune.label,
    current,
  });
  return `${repoUrl.replace(/\/$/, "")}/issues/new?${q}`;
}

/** The editor (in the page's language), open on the recognitions; `base` is the site's base path. */
export function editorUrl(base: string, lang: Lang): string {
  return `${base.replace(/\/$/, "")}${ADMIN_PATH[lang]}${ADMIN_RECOGNITIONS_HASH}`;
}
