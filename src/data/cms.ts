/**
 * The editor's config as the site publishes it: the GitHub backend of NTM_REPO_URL (branch
 * REPO_BRANCH, optional OAuth endpoint NTM_CMS_AUTH_URL) with Decap's editorial workflow, one
 * pull request per change. `npm run admin` builds the same config with the local proxy instead.
 */
import { stringify } from "yaml";
import { REPO_BRANCH, REPO_URL } from "../config";
import type { Lang } from "../i18n/ui";
import { cmsConfig, repoSlug, type CmsBackend } from "../lib/cms-config";
import { getDataset, readSchemas } from "./load";
import type { Unit } from "./types";

export function cmsYaml(lang: Lang, backend: CmsBackend, units: readonly Unit[]): string {
  const s = readSchemas();
  const config = cmsConfig({ lang, backend, units, schemas: { recognitions: s.recognitions, sources: s.sources } });
  return `# Generated from data/schema/*.json and data/units.json (src/lib/cms-config.ts): do not edit.\n${stringify(config, { lineWidth: 0 })}`;
}

export function githubBackend(): CmsBackend {
  const auth = process.env.NTM_CMS_AUTH_URL;
  return { name: "github", repo: repoSlug(REPO_URL), branch: REPO_BRANCH, ...(auth ? { base_url: auth } : {}) };
}

export const siteCmsYaml = (lang: Lang): string => cmsYaml(lang, githubBackend(), getDataset().units);
