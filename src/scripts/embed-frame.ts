/**
 * Inside an embed page: apply ?theme (light unless asked), ?controls=0 and ?lang, and report the
 * page's height to the host page on load and whenever it changes, in every protocol the host may
 * speak (ours for /embed.js, AMP embed-size, Pym.js).
 */
import { heightMessages, parseEmbedOptions } from "../lib/embed";

const root = document.documentElement;
const opts = parseEmbedOptions(location.search, []);
const en = /\/en\/embed\//.test(location.pathname);
if (opts.lang === "en" && !en) {
  location.replace(location.pathname.replace(/\/embed\//, "/en/embed/") + location.search);
} else if (opts.lang === "vi" && en) {
  location.replace(location.pathname.replace(/\/en\/embed\//, "/embed/") + location.search);
}
if (opts.theme) root.dataset.theme = opts.theme;
if (opts.controls === false) root.dataset.controls = "0";

let last = 0;
const send = () => {
  if (window.parent === window) return;
  // The body, not the document: the document is never shorter than the iframe, so it could not shrink.
  const h = Math.ceil(document.body.getBoundingClientRect().height);
  if (h === last) return;
  last = h;
  for (const m of heightMessages(location.pathname + location.search, h, location.search)) window.parent.postMessage(m, "*");
};
window.addEventListener("load", send);
new ResizeObserver(send).observe(document.body);
send();
