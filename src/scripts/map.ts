/**
 * The map's client island: binds the headless year state to the slider, the
 * play button, the URL and the already-drawn SVG. Changing the year only swaps
 * classes from the compact status table embedded in the page; nothing is drawn
 * here, and no d3 or Plot is shipped.
 */
import { createYearState, parseYear } from "../lib/year-state";
import { decodeStatus } from "../lib/status-codes.mjs";

interface MapData {
  years: number[];
  year: number;
  /** shape key → status codes per year ("-" = not drawn). */
  shapes: Record<string, string>;
  /** unit id → [name, district, status codes per year, evidence line, its window in words when undetermined]. */
  units: Record<string, [string, string, string, string, string]>;
  /** Sentence with the totals, per year. */
  totals: string[];
  /** Reported vs placed, per year: lines joined by "\n". */
  reconcile: string[];
  /** Communes placed at NTM or above, per year (the caption's count; shapes in an achievement colour). */
  located: number[];
  /** Status labels in the page's language. */
  labels: Record<string, string>;
  url: boolean;
}

const reduceMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

function init(fig: HTMLElement) {
  const json = fig.querySelector<HTMLScriptElement>("script.map-data");
  if (!json?.textContent) return;
  const data = JSON.parse(json.textContent) as MapData;
  const paths = [...fig.querySelectorAll<SVGPathElement>("path[data-key]")];
  const slider = fig.querySelector<HTMLInputElement>("input.year-slider");
  const output = fig.querySelector<HTMLOutputElement>("output.year-value");
  const play = fig.querySelector<HTMLButtonElement>("button.play");
  const totals = fig.querySelector<HTMLElement>(".map-totals");
  const yearSpans = fig.querySelectorAll<HTMLElement>(".map-year");
  const rows = [...fig.querySelectorAll<HTMLTableRowElement>("tr[data-unit]")];
  const tip = fig.querySelector<HTMLElement>(".map-tooltip");
  const playLabel = play?.dataset.play ?? "Play";
  const pauseLabel = play?.dataset.pause ?? "Pause";

  const statusName = (codes: string, i: number) => decodeStatus(codes, i);
  const reconcileList = fig.querySelector<HTMLElement>(".map-reconcile");

  // Touch only what changes: the status each path shows now, and the table only while it is open.
  const codes = paths.map((p) => data.shapes[p.dataset.key ?? ""] ?? "");
  const shown: (string | undefined)[] = paths.map((p) => (p.hasAttribute("display") ? undefined : p.getAttribute("class") ?? undefined));
  const table = fig.querySelector<HTMLDetailsElement>("details.map-table");
  let rowsYear = data.year;

  function renderRows(i: number) {
    for (const r of rows) {
      const u = data.units[r.dataset.unit ?? ""];
      const s = u && statusName(u[2], i);
      r.hidden = !s;
      const cell = r.querySelector<HTMLElement>(".st");
      if (cell && s) {
        cell.textContent = s === "undetermined" && u[4] ? u[4] : data.labels[s];
        cell.className = `st st-${s}`;
      }
    }
  }

  function render(year: number, playing: boolean) {
    const i = data.years.indexOf(year);
    for (let k = 0; k < paths.length; k++) {
      const s = statusName(codes[k], i);
      const cls = s && `s-${s}`;
      if (cls === shown[k]) continue;
      const p = paths[k];
      if (!cls) p.setAttribute("display", "none");
      else {
        if (!shown[k]) p.removeAttribute("display");
        p.setAttribute("class", cls);
      }
      shown[k] = cls;
    }
    if (table?.open && rowsYear !== year) {
      renderRows(i);
      rowsYear = year;
    }
    if (slider) slider.value = String(year);
    if (slider) slider.setAttribute("aria-valuetext", String(year));
    if (output) output.textContent = String(year);
    yearSpans.forEach((el) => (el.textContent = String(year)));
    if (totals) {
      totals.textContent = data.totals[i] ?? "";
      totals.dataset.located = String(data.located?.[i] ?? "");
    }
    if (reconcileList && data.reconcile) {
      reconcileList.replaceChildren(
        ...(data.reconcile[i] ?? "").split("\n").filter(Boolean).map((text) => {
          const li = document.createElement("li");
          li.textContent = text;
          return li;
        }),
      );
    }
    if (play) {
      play.setAttribute("aria-pressed", String(playing));
      play.textContent = playing ? pauseLabel : playLabel;
    }
    fig.dataset.year = String(year);
  }

  const fromUrl = data.url ? parseYear(new URL(location.href).searchParams.get("year"), data.years) : undefined;
  const state = createYearState({
    years: data.years,
    initial: fromUrl ?? data.year,
    interval: reduceMotion() ? 2500 : 900,
    onChange: ({ year, playing }) => {
      render(year, playing);
    },
  });

  /**
   * Keep the year in the address: a new history entry when the slider settles, replaced when play stops.
   * Not in an embed (<html data-embed>): its history is the host page's, whose Back button must leave the article.
   */
  const embedded = document.documentElement.hasAttribute("data-embed");
  function remember(year: number, push: boolean) {
    if (embedded) return;
    const u = new URL(location.href);
    if (u.searchParams.get("year") === String(year)) return;
    u.searchParams.set("year", String(year));
    if (push) history.pushState({ year }, "", u);
    else history.replaceState({ year }, "", u);
  }
  render(state.year, false);
  table?.addEventListener("toggle", () => {
    if (table.open && rowsYear !== state.year) {
      renderRows(data.years.indexOf(state.year));
      rowsYear = state.year;
    }
  });

  slider?.addEventListener("input", () => state.set(Number(slider.value)));
  slider?.addEventListener("change", () => data.url && remember(state.year, true));
  play?.addEventListener("click", () => {
    state.toggle();
    if (data.url && !state.playing) remember(state.year, false);
  });
  if (data.url) {
    window.addEventListener("popstate", () => {
      const y = parseYear(new URL(location.href).searchParams.get("year"), data.years);
      state.pause();
      state.set(y ?? data.year);
    });
  }

  // Tooltip on hover; the table below the map gives the same facts to keyboards and screen readers.
  const svg = fig.querySelector<SVGSVGElement>("svg.ntm-map-svg");
  const show = (unit: string | undefined, x: number, y: number) => {
    if (!tip) return;
    const u = unit ? data.units[unit] : undefined;
    if (!u) {
      tip.hidden = true;
      return;
    }
    const s = statusName(u[2], data.years.indexOf(state.year));
    tip.replaceChildren();
    const b = document.createElement("strong");
    b.textContent = u[0];
    const line = (text: string) => {
      const d = document.createElement("div");
      d.textContent = text;
      return d;
    };
    const label = s === "undetermined" && u[4] ? u[4] : s ? data.labels[s] : "–";
    tip.append(b, line(u[1]), line(`${state.year}: ${label}`));
    if (u[3]) tip.append(line(u[3]));
    tip.hidden = false;
    const box = fig.getBoundingClientRect();
    tip.style.left = `${Math.min(x - box.left + 12, box.width - 220)}px`;
    tip.style.top = `${y - box.top + 12}px`;
  };
  svg?.addEventListener("pointermove", (e) => {
    const t = e.target as Element;
    show(t instanceof SVGPathElement ? t.dataset.unit : undefined, e.clientX, e.clientY);
  });
  svg?.addEventListener("pointerleave", () => tip && (tip.hidden = true));
  for (const r of rows) {
    const mark = (on: boolean) =>
      paths.filter((p) => p.dataset.unit === r.dataset.unit).forEach((p) => p.classList.toggle("hl", on));
    r.addEventListener("focusin", () => mark(true));
    r.addEventListener("focusout", () => mark(false));
  }
}

document.querySelectorAll<HTMLElement>("figure.ntm-map").forEach(init);
