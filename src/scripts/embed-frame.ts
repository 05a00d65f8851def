/**
 * Inside an embed page: apply ?theme, ?controls=0 and ?lang, and report the
 * page's height to the host page on load and whenever it changes.
 */
import { heightMessage, parseEmbedOptions } from "../lib/embed";

const root = document.documentElement;
const opts = parseEmbedOptions(location.search, Array.from({ length: 16 }, (_, i) => 2010 + i));
const en = /\/en\/embed\//.test(location.pathname);
if (opts.lang === "en" && !en) {
  location.replace(location.pathname.replace(/\/embed\//, "/en/embed/") + location.search);
} else if (opts.lang === "vi" && en) {
  location.replace(location.pathname.replace(/\/en\/embed\//, "/embed/") + location.search);
}
if (opts.theme) root.dataset.theme = opts.theme;
if (opts.controls === false) root.dataset.controls = "0";

const send = () => {
  if (window.parent === window) return;
  window.parent.postMessage(heightMessage(location.pathname + location.search, document.documentElement.scrollHeight), "*");
};
window.addEventListener("load", send);
new ResizeObserver(send).observe(document.body);
send();
