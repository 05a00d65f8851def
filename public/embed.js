/*
 * Quảng Ninh NTM report — embed loader. Paste once per page with the iframe(s).
 * Resizes each <iframe data-ntm-embed> to the height its chart reports, trusting
 * a message only when it is ours and comes from that very iframe and its origin.
 */
(function () {
  if (window.__ntmEmbedLoader) return;
  window.__ntmEmbedLoader = true;
  var TYPE = "ntm-embed:height";
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== TYPE || typeof d.height !== "number") return;
    if (!isFinite(d.height) || d.height < 50 || d.height > 20000) return;
    var frames = document.querySelectorAll("iframe[data-ntm-embed]");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var origin;
      try {
        origin = new URL(f.src, location.href).origin;
      } catch (err) {
        return;
      }
      if (origin !== e.origin) return;
      f.style.height = Math.ceil(d.height) + "px";
      f.setAttribute("height", String(Math.ceil(d.height)));
      return;
    }
  });
})();
