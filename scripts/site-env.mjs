// The public origin, base path and repository of a build, one place for astro.config.mjs and the
// tests. Local builds use the origin they are served from (`npm start` → scripts/serve.mjs on
// 127.0.0.1:4321, `npm run dev` → localhost:4321), so an embed code copied locally works locally.
// A production build (NTM_ENV=production, set by the deploy workflow) must be told its real
// origin and repository: it fails rather than publish codes and links that point nowhere.

/** The port scripts/serve.mjs and `astro dev` listen on unless PORT says otherwise. */
export const LOCAL_PORT = 4321;

/** Hosts that are never a public origin: documentation placeholders and loopback. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(org|com|net)|example|invalid|test|localhost)$|^127\.|^0\.0\.0\.0$|^\[::1\]$/i;

/** Why a value cannot be a production URL, or undefined when it can. */
function problem(value, placeholder) {
  if (!value) return "is not set";
  let u;
  try {
    u = new URL(value);
  } catch {
    return `is not a URL ("${value}")`;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return `must be an http(s) URL ("${value}")`;
  if (placeholder(u)) return `is a placeholder ("${value}")`;
  return undefined;
}

/**
 * @param {{ env?: Record<string, string | undefined>, command?: string }} [opts]
 *   env: the environment (process.env); command: the Astro command ("dev", "build", …).
 * @returns {{ site: string, base: string, repoUrl: string | undefined, production: boolean }}
 */
export function siteEnv({ env = process.env, command = "build" } = {}) {
  const production = env.NTM_ENV === "production";
  if (production) {
    const errors = [];
    const site = problem(env.NTM_SITE, (u) => PLACEHOLDER_HOST.test(u.hostname));
    if (site) errors.push(`NTM_SITE ${site}: set it to the public address of the site, e.g. https://owner.github.io/repo/`);
    const repo = problem(env.NTM_REPO_URL, (u) => PLACEHOLDER_HOST.test(u.hostname));
    if (repo) errors.push(`NTM_REPO_URL ${repo}: set it to the repository that holds data/, e.g. https://github.com/owner/repo`);
    if (errors.length) throw new Error(`Production build (NTM_ENV=production) refused:\n  - ${errors.join("\n  - ")}`);
  }
  const port = env.PORT ?? String(LOCAL_PORT);
  const fallback = command === "dev" ? `http://localhost:${port}` : `http://127.0.0.1:${port}`;
  const url = new URL(env.NTM_SITE || fallback);
  // https://owner.github.io/repo/ carries its base path; NTM_BASE, when set, wins.
  const base = env.NTM_BASE ?? (url.pathname === "/" ? "/" : url.pathname.replace(/\/?$/, "/"));
  return { site: url.origin, base, repoUrl: env.NTM_REPO_URL || undefined, production };
}
