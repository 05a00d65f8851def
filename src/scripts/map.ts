/**
 * The map's client island: binds the headless year state to the slider, the
 * play button, the URL and the already-drawn SVG. Changing the year only swaps
 * classes from the compact status table embedded in the page; nothing is drawn
 * here, and no d3 or Plot is shipped.
 *
 * Readers can also point at a commune (tooltip, outline), tap or click it (a
 * pinned card with its 16 years and a link to its page), find it by any of its
 * names, and share the exact view: ?year= and ?unit= stay in the address.
 * The story's sticky map is driven from outside by an "ntm:show" event.
 */
import { createYearState, parseYear } from "../lib/year-state";
import { STATUSES, decodeStatus, statusClass, type MapPayload, type UnitRow } from "../lib/map-payload";
import { searchUnits } from "../lib/search";
import { zoomBox } from "../lib/zoom-box";

export interface ShowDetail {
  year: number;
  /** Units to bring forward; the rest of the map is dimmed. */
  units?: string[];
  /** Zoom the map onto those units (small places: the islands). */
  zoom?: boolean;
}

const reduceMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
const SVGNS = "http://www.w3.org/2000/svg";

/**
 * Zoom the SVG onto some paths (their bounding box, padded and widened to the map's aspect ratio), or back
 * to the whole map when there are none. Eased over 0.6 s, at once with reduced motion. The arithmetic is
 * src/lib/zoom-box.ts, which the no-JS step images use too.
 */
let zoomFrame = 0;
function zoomTo(svg: SVGSVGElement, paths: SVGGraphicsElement[]) {
  const [W, H] = [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
  const full = svg.dataset.full ?? (svg.dataset.full = `0 0 ${W} ${H}`);
  const [fw, fh] = full.split(" ").slice(2).map(Number);
  let target = [0, 0, fw, fh];
  const shown = paths.filter((p) => !p.hasAttribute("display"));
  if (shown.length) {
    const bs = shown.map((p) => p.getBBox());
    target = zoomBox(
      [Math.min(...bs.map((b) => b.x)), Math.min(...bs.map((b) => b.y)), Math.max(...bs.map((b) => b.x + b.width)), Math.max(...bs.map((b) => b.y + b.height))],
      fw,
      fh,
    );
  }
  const zoomed = target[2] < fw - 0.5;
  if (svg.classList.contains("is-zoomed") !== zoomed) {
    svg.classList.toggle("is-zoomed", zoomed);
    svg.closest("figure")?.classList.toggle("is-zoomed", zoomed);
    // Zoomed, lines keep their width on screen (an SVG attribute: vector-effect is not a CSS property).
    for (const p of svg.querySelectorAll("path")) {
      if (zoomed) p.setAttribute("vector-effect", "non-scaling-stroke");
      else p.removeAttribute("vector-effect");
    }
  }
  const from = [svg.viewBox.baseVal.x, svg.viewBox.baseVal.y, svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
  cancelAnimationFrame(zoomFrame);
  const set = (v: number[]) => svg.setAttribute("viewBox", v.map((n) => n.toFixed(1)).join(" "));
  if (reduceMotion()) return set(target);
  const t0 = performance.now();
  const step = (now: number) => {
    const t = Math.min(1, (now - t0) / 600);
    const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    set(from.map((f, i) => f + (target[i] - f) * e));
    if (t < 1) zoomFrame = requestAnimationFrame(step);
  };
  zoomFrame = requestAnimationFrame(step);
}

function init(fig: HTMLElement) {
  const json = fig.querySelector<HTMLScriptElement>("script.map-data");
  if (!json?.textContent) return;
  const data = JSON.parse(json.textContent) as MapPayload;
  const $ = <T extends Element>(sel: string) => fig.querySelector<T>(sel);
  const paths = [...fig.querySelectorAll<SVGPathElement>("path[data-key]")];
  const slider = $<HTMLInputElement>("input.year-slider");
  const output = $<HTMLOutputElement>("output.year-value");
  const play = $<HTMLButtonElement>("button.play");
  const totals = $<HTMLElement>(".map-totals");
  const desc = $<SVGDescElement>("svg.ntm-map-svg desc");
  const yearSpans = fig.querySelectorAll<HTMLElement>(".map-year");
  const rows = [...fig.querySelectorAll<HTMLTableRowElement>("tr[data-unit]")];
  const wrap = $<HTMLElement>(".map-wrap");
  const tip = $<HTMLElement>(".map-tooltip");
  const card = $<HTMLElement>(".map-card");
  const playLabel = play?.dataset.play ?? "Play";
  const pauseLabel = play?.dataset.pause ?? "Pause";
  const byUnit = new Map<string, SVGPathElement[]>();
  for (const p of paths) {
    const u = p.dataset.unit ?? "";
    byUnit.set(u, [...(byUnit.get(u) ?? []), p]);
  }
  const mark = (units: Iterable<string>, cls: string, on: boolean) => {
    for (const u of units)
      for (const p of byUnit.get(u) ?? []) {
        p.classList.toggle(cls, on);
        // Drawn last, so the outline is not covered by the neighbours' edges.
        if (on) p.parentNode?.appendChild(p);
      }
  };

  const statusName = (codes: string, i: number) => decodeStatus(codes, i);
  /** A status in words; an undetermined commune says its window ("Chưa rõ năm đạt (muộn nhất năm 2023)"). */
  const label = (u: UnitRow, s: string | undefined) => (s === "undetermined" && u[6] ? u[6] : s ? data.labels[s] : "–");
  const reconcileList = fig.querySelector<HTMLElement>(".map-reconcile");

  // Touch only what changes. Per shape: its status codes per year, the status class it wears and the code it
  // shows (STATUSES' digit, "-" when not drawn), so a year change compares one character per shape and
  // writes only the shapes whose status differs between the two years. Writes only, no layout reads; the
  // table is filled only while it is open, the reported-vs-placed list only when its lines differ.
  const codes = paths.map((p) => data.shapes[p.dataset.key ?? ""] ?? "");
  // The build writes the status class alone; "" = not known yet, so the first render checks every shape.
  const worn = paths.map((p) => p.classList[0] ?? "");
  const showing = paths.map(() => "");
  const classOf = STATUSES.map(statusClass);
  const table = $<HTMLDetailsElement>("details.map-table");
  let rowsYear = data.year;
  let selected: string | undefined;
  let shownReconcile: string | undefined;
  let shownPlaying: boolean | undefined;

  function renderRows(i: number) {
    for (const r of rows) {
      const u = data.units[r.dataset.unit ?? ""];
      const s = u && statusName(u[2], i);
      r.hidden = !s;
      const cell = r.querySelector<HTMLElement>(".st");
      if (cell && s) {
        cell.textContent = label(u, s);
        cell.className = `st st-${s}`;
      }
    }
  }

  function render(year: number, playing: boolean) {
    const i = data.years.indexOf(year);
    // Colours fade while the map plays; a reader's own change (slider, keys) or a story step is
    // drawn at once, as in OWID's grapher. The class leaves at the first change after Play has stopped, so
    // the last year of a play still fades in.
    if (playing || !shownPlaying) fig.classList.toggle("is-playing", playing);
    for (let k = 0; k < paths.length; k++) {
      const c = codes[k][i] ?? "-";
      if (c === showing[k]) continue;
      const p = paths[k];
      if (c === "-") p.setAttribute("display", "none");
      else {
        p.removeAttribute("display");
        const cls = classOf[Number(c)];
        // replace() keeps the reader's marks (hover, selection, story focus) on the shape.
        if (cls !== worn[k] && !p.classList.replace(worn[k], cls)) p.classList.add(cls);
        worn[k] = cls;
      }
      showing[k] = c;
    }
    if (table?.open && rowsYear !== year) {
      renderRows(i);
      rowsYear = year;
    }
    const y = String(year);
    if (slider) slider.value = y;
    if (slider) slider.setAttribute("aria-valuetext", y);
    if (output) output.textContent = y;
    yearSpans.forEach((el) => (el.textContent = y));
    const sentence = data.totals[i] ?? "";
    if (totals) {
      totals.textContent = sentence;
      totals.dataset.located = String(data.located?.[i] ?? "");
    }
    if (reconcileList && data.reconcile && data.reconcile[i] !== shownReconcile) {
      shownReconcile = data.reconcile[i];
      reconcileList.replaceChildren(
        ...(shownReconcile ?? "").split("\n").filter(Boolean).map((text) => {
          const li = document.createElement("li");
          li.textContent = text;
          return li;
        }),
      );
    }
    if (desc) desc.textContent = `${data.desc}${year}. ${sentence}`;
    if (play && playing !== shownPlaying) {
      play.setAttribute("aria-pressed", String(playing));
      play.textContent = playing ? pauseLabel : playLabel;
    }
    shownPlaying = playing;
    fig.dataset.year = y;
    if (selected && card && !card.hidden) fillCard(selected);
  }

  const params = new URL(location.href).searchParams;
  const fromUrl = data.url ? parseYear(params.get("year"), data.years) : undefined;
  let wasPlaying = false;
  const state = createYearState({
    years: data.years,
    initial: fromUrl ?? data.year,
    interval: reduceMotion() ? 2500 : 900,
    onChange: ({ year, playing }) => {
      render(year, playing);
      // When Play stops (at the end or paused), the address says what is on screen.
      if (wasPlaying && !playing && data.url) remember(false);
      wasPlaying = playing;
    },
  });

  /**
   * Keep the year (and the selected commune) in the address; a new history entry only when asked.
   * Not in an embed (<html data-embed>): its history is the host page's, whose Back button must leave the article.
   */
  const embedded = document.documentElement.hasAttribute("data-embed");
  function remember(push: boolean) {
    if (embedded) return;
    const u = new URL(location.href);
    const before = u.search;
    u.searchParams.set("year", String(state.year));
    if (selected) u.searchParams.set("unit", selected);
    else u.searchParams.delete("unit");
    if (u.search === before) return;
    if (push) history.pushState(null, "", u);
    else history.replaceState(null, "", u);
  }
  render(state.year, false);
  table?.addEventListener("toggle", () => {
    if (table.open && rowsYear !== state.year) {
      renderRows(data.years.indexOf(state.year));
      rowsYear = state.year;
    }
  });

  slider?.addEventListener("input", () => state.set(Number(slider.value)));
  slider?.addEventListener("change", () => data.url && remember(true));
  play?.addEventListener("click", () => state.toggle());
  if (data.url) {
    window.addEventListener("popstate", () => {
      const q = new URL(location.href).searchParams;
      state.pause();
      state.set(parseYear(q.get("year"), data.years) ?? data.year);
      const unit = q.get("unit");
      if (unit && data.units[unit]) openCard(unit, false);
      else closeCard(false);
    });
  }

  // The story steps set the year and bring places forward. The rest of the map is dimmed by one sheet of
  // the page's colour laid over it, just under the places brought forward: one element fades, not 200
  // (a sheet of paper at 65 % over a shape looks as the shape at 35 % opacity on paper).
  let focus: string[] = [];
  const units = fig.querySelector<SVGGElement>("svg.ntm-map-svg g.units");
  const dim = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  for (const [k, v] of Object.entries({ class: "dim", x: "-5000", y: "-5000", width: "20000", height: "20000" })) dim.setAttribute(k, v);
  if (fig.classList.contains("story-map")) units?.append(dim);
  fig.addEventListener("ntm:show", (e) => {
    const d = (e as CustomEvent<ShowDetail>).detail;
    state.pause();
    state.set(d.year);
    mark(focus, "focus", false);
    focus = d.units ?? [];
    if (focus.length) units?.append(dim);
    mark(focus, "focus", true);
    fig.classList.toggle("has-focus", focus.length > 0);
    if (svg) zoomTo(svg, d.zoom ? focus.flatMap((u) => byUnit.get(u) ?? []) : []);
  });

  /** The unit's name and district in the map's year. */
  const eraAt = (u: UnitRow, year: number): [string, string] => {
    let cur: [string, string] = [u[0], u[1]];
    for (const [y, n, d] of u[5] ?? []) if (y <= year) cur = [n, d];
    return cur;
  };

  // Tooltip on hover (mouse and pen); touch and click pin a card instead. The islands inset is a second SVG.
  const svg = $<SVGSVGElement>("svg.ntm-map-svg");
  const svgs = [...fig.querySelectorAll<SVGSVGElement>("svg.ntm-map-svg, svg.ntm-inset-svg")];
  let hovered: string | undefined;
  const hover = (unit: string | undefined) => {
    if (unit === hovered) return;
    if (hovered) mark([hovered], "hover", false);
    hovered = unit;
    if (unit) mark([unit], "hover", true);
  };
  const showTip = (unit: string | undefined, x: number, y: number) => {
    if (!tip || !wrap) return;
    const u = unit ? data.units[unit] : undefined;
    if (!u) {
      tip.hidden = true;
      return;
    }
    const s = statusName(u[2], data.years.indexOf(state.year));
    const [name, district] = eraAt(u, state.year);
    tip.replaceChildren();
    const b = document.createElement("strong");
    b.textContent = name;
    const line = (text: string) => {
      const d = document.createElement("div");
      d.textContent = text;
      return d;
    };
    tip.append(b, line(district), line(`${state.year}: ${label(u, s)}`));
    tip.hidden = false;
    // The tooltip is positioned inside .map-wrap, so measure from there (not from the figure).
    const box = wrap.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = x - box.left + 14 + w > box.width ? x - box.left - w - 14 : x - box.left + 14;
    const top = Math.max(0, Math.min(y - box.top + 14, box.height - h));
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${top}px`;
  };
  const unitOf = (t: EventTarget | null) => (t instanceof SVGPathElement ? t.dataset.unit : undefined);
  for (const g of svgs) {
    g.addEventListener("pointermove", (e) => {
      if (e.pointerType === "touch") return;
      const unit = unitOf(e.target);
      hover(unit);
      showTip(unit, e.clientX, e.clientY);
    });
    g.addEventListener("pointerleave", () => {
      hover(undefined);
      if (tip) tip.hidden = true;
    });
  }

  // The pinned card.
  let opener: HTMLElement | null = null;
  function fillCard(unit: string) {
    const u = data.units[unit];
    if (!card || !u) return;
    const i = data.years.indexOf(state.year);
    const [name, district] = eraAt(u, state.year);
    const s = statusName(u[2], i);
    const set = (sel: string, text: string) => {
      const el = card.querySelector<HTMLElement>(sel);
      if (el) el.textContent = text;
    };
    set(".card-name", name);
    set(".card-district", district);
    set(".card-status", `${state.year}: ${label(u, s)}`);
    set(".card-evidence", u[3]);
    const strip = card.querySelector<HTMLElement>(".card-strip");
    if (strip) {
      const n = data.years.length;
      const g = document.createElementNS(SVGNS, "svg");
      g.setAttribute("viewBox", `0 0 ${n * 10} 12`);
      g.setAttribute("preserveAspectRatio", "none");
      data.years.forEach((y, k) => {
        const st = statusName(u[2], k);
        const r = document.createElementNS(SVGNS, "rect");
        r.setAttribute("x", String(k * 10));
        r.setAttribute("width", "9");
        r.setAttribute("height", y === state.year ? "12" : "10");
        r.setAttribute("y", y === state.year ? "0" : "1");
        r.setAttribute("class", st ? statusClass(st) : "s-gap");
        const t = document.createElementNS(SVGNS, "title");
        t.textContent = `${y}: ${st ? data.labels[st] : "–"}`;
        r.append(t);
        g.append(r);
      });
      strip.replaceChildren(g);
      strip.setAttribute(
        "aria-label",
        data.years.map((y, k) => `${y}: ${data.labels[statusName(u[2], k) ?? ""] ?? "–"}`).join("; "),
      );
    }
    const a = card.querySelector<HTMLAnchorElement>(".card-link");
    if (a) a.href = `${data.href}${unit}/`;
  }
  function openCard(unit: string, push = true) {
    if (!card || !data.units[unit]) return;
    if (selected) mark([selected], "sel", false);
    selected = unit;
    fig.dataset.unit = unit; // the press kit's "copy link to this view" reads it
    mark([unit], "sel", true);
    fillCard(unit);
    card.hidden = false;
    if (tip) tip.hidden = true;
    if (data.url) remember(push);
  }
  function closeCard(update = true) {
    if (!card || card.hidden) return;
    card.hidden = true;
    if (selected) mark([selected], "sel", false);
    selected = undefined;
    delete fig.dataset.unit;
    if (update && data.url) remember(false);
    opener?.focus();
    opener = null;
  }
  if (card) {
    for (const g of svgs)
      g.addEventListener("click", (e) => {
        const unit = unitOf(e.target);
        if (unit && data.units[unit]) openCard(unit);
        else closeCard();
      });
    card.querySelector(".card-close")?.addEventListener("click", () => closeCard());
    fig.addEventListener("keydown", (e) => {
      if (e.key === "Escape") closeCard();
    });
    // Keyboard path: a table row opens the same card (Enter or Space on the row).
    for (const r of rows) {
      r.tabIndex = 0;
      r.addEventListener("keydown", (e) => {
        if (e.target !== r || (e.key !== "Enter" && e.key !== " ")) return;
        e.preventDefault();
        opener = r;
        openCard(r.dataset.unit ?? "");
        card.querySelector<HTMLElement>(".card-close")?.focus();
      });
    }
    const fromUnit = data.url ? params.get("unit") : null;
    if (fromUnit && data.units[fromUnit]) openCard(fromUnit, false);
  }
  for (const r of rows) {
    const unit = [r.dataset.unit ?? ""];
    r.addEventListener("focusin", () => mark(unit, "hl", true));
    r.addEventListener("focusout", () => mark(unit, "hl", false));
  }

  // Search on the map: every era's name, accents optional.
  const box = $<HTMLElement>(".map-search");
  const input = $<HTMLInputElement>(".map-search-input");
  const hits = $<HTMLUListElement>(".map-hits");
  if (box && input && hits && card) {
    box.classList.add("js-ready");
    const items = Object.entries(data.units).map(([id, u]) => ({ id, text: u[4] ?? u[0] }));
    const choose = (id: string) => {
      input.value = "";
      hits.hidden = true;
      opener = input;
      openCard(id);
    };
    input.addEventListener("input", () => {
      const found = searchUnits(items, input.value, 6);
      hits.replaceChildren(
        ...found.map((f) => {
          const li = document.createElement("li");
          const b = document.createElement("button");
          b.type = "button";
          const u = data.units[f.id];
          const [name, district] = eraAt(u, state.year);
          b.textContent = `${name} · ${district}`;
          b.addEventListener("click", () => choose(f.id));
          li.append(b);
          return li;
        }),
      );
      hits.hidden = input.value.trim() === "";
      if (!found.length && !hits.hidden) {
        const li = document.createElement("li");
        li.textContent = input.dataset.none ?? "–";
        hits.append(li);
      }
    });
    input.addEventListener("keydown", (e) => {
      if (e.key !== "Enter") return;
      e.preventDefault();
      const first = searchUnits(items, input.value, 1)[0];
      if (first) choose(first.id);
    });
  }
}

document.querySelectorAll<HTMLElement>("figure.ntm-map").forEach(init);
