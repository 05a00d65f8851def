/**
 * The Content-Security-Policy, one source of truth: in a <meta> on every page
 * and in public/_headers for hosts that read it (Netlify, Cloudflare Pages).
 * Scripts only from our own origin (no inline scripts, no inline event
 * handlers); styles may be inline because Astro inlines small stylesheets and
 * the charts carry their own <style>; nothing from any other host.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self'",
  "style-src": "'self' 'unsafe-inline'",
  "img-src": "'self' data:",
  "font-src": "'self'",
  "connect-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self'",
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join("; ");

/**
 * The form-based editor at /admin/ (Decap CMS) only: its bundle compiles its config schema with
 * `new Function` ('unsafe-eval') and styles itself inline; it talks to GitHub's API (the pull
 * requests) or, on a developer's machine, to the local proxy (decap-server on 127.0.0.1, any port).
 * Scripts still come only from our own origin. Every other page keeps CSP above.
 */
export const ADMIN_CSP_DIRECTIVES: Record<string, string> = {
  ...CSP_DIRECTIVES,
  "script-src": "'self' 'unsafe-eval'",
  "img-src": "'self' data: blob: https://avatars.githubusercontent.com",
  "connect-src": "'self' https://api.github.com http://127.0.0.1:*",
  "form-action": "'self' https://github.com",
};

export const ADMIN_CSP = Object.entries(ADMIN_CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join("; ");
