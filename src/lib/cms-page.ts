/**
 * The HTML shell of the form-based editor (/admin/ in Vietnamese, /admin/en/ in English): the
 * Decap CMS bundle from our own origin, its config beside the page, the editor's own CSP, and a
 * link to the other language. Shared by the build (src/pages/admin/) and `npm run admin`.
 */
import { cmsUi, decapViPatch } from "../i18n/cms";
import type { Lang } from "../i18n/ui";
import { otherLang } from "../i18n/routes";
import { ADMIN_PATH } from "./cms-config";
import { ADMIN_CSP } from "./csp";
import { UI } from "../charts/palette";

/** Where the Decap bundle is served, under the site's base path. */
export const CMS_ASSETS = "admin/cms/";
/** The files of decap-cms/dist/ the editor needs: the bundle, its lazy chunks and WebAssembly, no source maps. */
export const isCmsAsset = (f: string): boolean => /^(decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm)$/.test(f);

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export function adminPage(lang: Lang, base = "/"): string {
  const b = base.replace(/\/?$/, "/");
  const ui = cmsUi[lang];
  const other = otherLang(lang);
  const otherHref = `${b}${ADMIN_PATH[other].slice(1)}`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="${esc(ADMIN_CSP)}">
<title>${esc(ui.title)}</title>
<link href="${b}${ADMIN_PATH[lang].slice(1)}config.yml" type="text/yaml" rel="cms-config-url">
<style>.ntm-lang{position:fixed;right:.5rem;bottom:.5rem;z-index:1000;padding:.25rem .5rem;background:${UI.surface};border:1px solid ${UI.border};border-radius:4px;font:14px/1.4 system-ui,sans-serif;color:${UI.control}}</style>
</head>
<body>
<a class="ntm-lang" href="${otherHref}" hreflang="${other}" lang="${other}">${esc(ui.otherLang)}</a>
<noscript><p>${esc(ui.noscript)}</p></noscript>
<script src="${b}admin/cms-locale.js"></script>
<script src="${b}${CMS_ASSETS}decap-cms.js"></script>
</body>
</html>
`;
}

/**
 * /admin/cms-locale.js, loaded before the bundle (an external file: the CSP allows no inline script): it
 * stops Decap from starting on load (CMS_MANUAL_INIT), then, once the bundle has run, completes Decap's
 * Vietnamese locale and starts it, so the phrases are in place before anything is drawn.
 */
export function cmsLocaleScript(): string {
  return `// Generated from src/i18n/cms.ts (decapViPatch).
(function () {
  var patch = ${JSON.stringify(decapViPatch)};
  function merge(a, b) {
    var out = {};
    Object.keys(a || {}).forEach(function (k) { out[k] = a[k]; });
    Object.keys(b).forEach(function (k) {
      out[k] = b[k] && typeof b[k] === "object" ? merge(out[k], b[k]) : out[k] === undefined ? b[k] : out[k];
    });
    return out;
  }
  window.CMS_MANUAL_INIT = true;
  document.addEventListener("DOMContentLoaded", function () {
    window.CMS.registerLocale("vi", merge(window.CMS.getLocale("vi"), patch));
    window.CMS.init();
  });
})();
`;
}
