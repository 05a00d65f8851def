/**
 * The press kit's client: the embed builder (options → code, preview), copy buttons, PNG/SVG links
 * and "copy link to this view" that follow the year on screen, and the citation's access date.
 * The code comes from the same tested functions as the server's default (src/lib/embed.ts).
 */
import { embedPath, embedSnippet, frameToResize, type BoxFit, type EmbedChoice, type Theme } from "../lib/embed";
import { citeBibtex, citeText, type Citation } from "../lib/cite";
import { locales } from "../i18n/ui";

interface PressConfig {
  chart: string;
  lang: "vi" | "en";
  lastYear: number;
  version: string;
  titles: Record<"vi" | "en", string>;
  height: number;
  fit: BoxFit;
  loader: string;
  /** The site's public root (origin and base), for the code; `base` for same-origin previews. */
  site: string;
  base: string;
  citation: Citation;
  words: { dataVersion: string; accessed: string };
  /** District maps: the image's name, its per-year SVG ("{year}"), the font files its PNG is drawn with, and the drawing module. */
  png?: { name: string; svg: string; family: string; fonts: Record<string, string>; module: string };
}

async function copy(btn: HTMLButtonElement, text: string, select?: HTMLTextAreaElement) {
  select?.select();
  let done = false;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    done = document.execCommand?.("copy") ?? false;
  }
  const label = btn.dataset.label ?? btn.textContent ?? "";
  btn.dataset.label = label;
  btn.textContent = done ? (btn.dataset.done ?? "✓") : (btn.dataset.selected ?? "Ctrl+C");
  setTimeout(() => (btn.textContent = label), 2000);
}

function init(details: HTMLDetailsElement) {
  const json = details.querySelector<HTMLScriptElement>("script.press-config");
  if (!json?.textContent) return;
  const cfg = JSON.parse(json.textContent) as PressConfig;
  const fig = details.closest<HTMLElement>("figure");
  const form = details.querySelector<HTMLFormElement>("form.options");
  const code = details.querySelector<HTMLTextAreaElement>("textarea.code");
  const preview = details.querySelector<HTMLElement>(".preview");
  const frame = details.querySelector<HTMLIFrameElement>("iframe.preview-frame");
  const yearSelect = form?.querySelector<HTMLSelectElement>('select[name="year"]');
  const isMap = cfg.chart.startsWith("map");

  details.querySelectorAll<HTMLButtonElement>("button[data-copy]").forEach((btn) => {
    btn.hidden = false;
    btn.addEventListener("click", () => {
      const area = document.getElementById(btn.dataset.copy ?? "") as HTMLTextAreaElement | null;
      if (area) copy(btn, area.value, area);
    });
  });

  const screenYear = () => {
    const y = Number(fig?.dataset.year);
    return Number.isFinite(y) && y > 0 ? y : cfg.lastYear;
  };
  const choice = (): EmbedChoice => {
    const f = form ? new FormData(form) : undefined;
    return {
      chart: cfg.chart,
      lang: (f?.get("lang") as "vi" | "en") ?? cfg.lang,
      year: isMap ? Number(f?.get("year") ?? screenYear()) : undefined,
      theme: (f?.get("theme") as Theme) ?? "light",
      controls: isMap ? f?.get("controls") === "on" : undefined,
      version: f?.get("pin") === "pinned" ? cfg.version : undefined,
    };
  };
  const abs = (path: string) => new URL(path.replace(/^\//, ""), cfg.site).href;

  function update() {
    const c = choice();
    const path = embedPath(c, cfg.lastYear);
    const title = c.version ? `${cfg.titles[c.lang]} (v${c.version})` : cfg.titles[c.lang];
    if (code) code.value = embedSnippet({ src: abs(path), title, fit: cfg.fit, loader: cfg.loader });
    // The preview loads only once the kit is open, from this site whatever origin the code names.
    if (frame && details.open) {
      const src = `${cfg.base.replace(/\/$/, "")}${path}`;
      if (frame.getAttribute("src") !== src) frame.setAttribute("src", src);
    }
  }

  if (form) {
    form.hidden = false;
    form.addEventListener("input", update);
    form.addEventListener("submit", (e) => e.preventDefault());
  }
  if (preview) preview.hidden = false;
  // While the kit is closed its contents are neither seen nor reachable: a year change only marks them stale
  // (follow() below), and opening the kit brings them up to date.
  let stale = false;
  details.addEventListener("toggle", () => {
    if (!details.open) return;
    if (stale) follow();
    else update();
  });
  window.addEventListener("message", (e) => {
    if (!frame) return;
    const hit = frameToResize(e, [frame]);
    if (hit) frame.style.height = `${hit.height}px`;
  });

  // Images and the link follow the year on screen; so does the builder, until the editor picks a year.
  const images = [...details.querySelectorAll<HTMLAnchorElement>("a[data-href]")];
  let pickedYear = false;
  yearSelect?.addEventListener("input", () => (pickedYear = true));
  const citeArea = details.querySelector<HTMLTextAreaElement>("textarea.cite-text");
  const bibArea = details.querySelector<HTMLTextAreaElement>("textarea.cite-bibtex");
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
  const fmt = new Intl.DateTimeFormat(locales[cfg.lang].tag, { day: "numeric", month: "long", year: "numeric" });

  /** The view on screen: the year and, on a map, the commune selected by a tap, a click or the search (map.ts sets data-unit). */
  function viewUrl(): string {
    const u = new URL(location.href);
    const year = screenYear();
    if (isMap && year !== cfg.lastYear) u.searchParams.set("year", String(year));
    else u.searchParams.delete("year");
    const unit = isMap ? fig?.dataset.unit : undefined;
    if (unit) u.searchParams.set("unit", unit);
    else u.searchParams.delete("unit");
    if (fig?.id) u.hash = fig.id;
    return u.href;
  }

  // District maps have a built PNG of the last year only; another year's is drawn in the browser from
  // its SVG on the first click (then kept). If that fails, a note says which year has a PNG.
  const pngs = details.querySelector<HTMLElement>(".png-links[data-only-year]");
  const pngOnly = details.querySelector<HTMLElement>(".png-only");
  /** PNGs drawn so far: "<year>@<scale>" → object URL and file name. */
  const drawn = new Map<string, { url: string; file: string }>();
  const pngLinks = pngs ? [...pngs.querySelectorAll<HTMLAnchorElement>("a[data-scale]")] : [];
  const local = (a: HTMLAnchorElement) => (cfg.png && pngs && Number(pngs.dataset.onlyYear) !== screenYear() ? `${screenYear()}@${a.dataset.scale}` : undefined);
  for (const a of pngLinks)
    a.addEventListener("click", async (e) => {
      const key = local(a);
      if (!key || drawn.get(key)?.url === a.href || !cfg.png) return;
      e.preventDefault();
      const [year, scale] = key.split("@").map(Number);
      const { name, svg, family, fonts, module } = cfg.png;
      a.setAttribute("aria-busy", "true");
      try {
        const m: typeof import("./svg-png") = await import(/* @vite-ignore */ module);
        const png = { url: URL.createObjectURL(await m.svgToPng(svg.replace("{year}", String(year)), family, fonts, scale)), file: m.pngName(name, year, scale) };
        drawn.set(key, png);
        if (local(a) !== key) return;
        a.href = png.url;
        a.download = png.file;
        a.click();
      } catch {
        if (pngOnly) pngOnly.hidden = false;
        pngs!.hidden = true;
      } finally {
        a.removeAttribute("aria-busy");
      }
    });

  function follow() {
    stale = false;
    const y = screenYear();
    for (const a of images) a.href = (a.dataset.href ?? "").replace("{year}", String(y));
    // Until drawn, the link holds the year's SVG under its own name (what "save link as" gets).
    for (const a of pngLinks) {
      const key = local(a);
      const png = key ? drawn.get(key) : undefined;
      a.download = png?.file ?? "";
      if (key) a.href = png?.url ?? cfg.png!.svg.replace("{year}", String(y));
    }
    if (pngs) pngs.hidden = false;
    if (pngOnly) pngOnly.hidden = true;
    if (yearSelect && !pickedYear) yearSelect.value = String(y);
    const citation: Citation = { ...cfg.citation, url: viewUrl(), accessed: iso };
    const words = { dataVersion: (v: string) => cfg.words.dataVersion.replace("{v}", v), accessed: (d: string) => cfg.words.accessed.replace("{d}", d) };
    if (citeArea) citeArea.value = citeText(citation, words, () => fmt.format(today));
    if (bibArea) bibArea.value = citeBibtex(citation);
    update();
  }
  follow();
  if (fig)
    new MutationObserver(() => {
      if (details.open) follow();
      else stale = true;
    }).observe(fig, { attributes: true, attributeFilter: ["data-year", "data-unit"] });

  const link = details.querySelector<HTMLButtonElement>("button.copy-link");
  if (link) {
    link.hidden = false;
    link.addEventListener("click", () => copy(link, viewUrl()));
  }
}

document.querySelectorAll<HTMLDetailsElement>("details.embed-code").forEach(init);
