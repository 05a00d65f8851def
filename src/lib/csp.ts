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
