/**
 * /embed.js, the loader a newsroom pastes once per page with the iframe(s): resizes each
 * <iframe data-ntm-embed> (and the responsive box the code wraps it in) to the height its chart reports. Bundled at build by
 * src/pages/embed.js.ts; the decision is frameToResize, tested in tests/unit/embed.test.ts.
 */
import { frameToResize, setEmbedHeight } from "../lib/embed";

const w = window as Window & { __ntmEmbedLoader?: boolean };
if (!w.__ntmEmbedLoader) {
  w.__ntmEmbedLoader = true;
  window.addEventListener("message", (e) => {
    const hit = frameToResize(e, document.querySelectorAll<HTMLIFrameElement>("iframe[data-ntm-embed]"));
    if (!hit) return;
    setEmbedHeight(hit.frame, hit.height);
  });
}
