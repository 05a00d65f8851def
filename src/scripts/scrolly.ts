/**
 * The story's steps drive the sticky map: one IntersectionObserver watches a
 * line across the screen, and the step crossing it sends its year and places to
 * the map ("ntm:show", handled in map.ts). Previous/next buttons and focus move
 * between steps for keyboard readers. No library.
 */
import type { ShowDetail } from "./map";
// The map must be listening before the first step is sent to it.
import "./map";

const reduceMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

function init(root: HTMLElement) {
  const fig = root.querySelector<HTMLElement>(".scrolly-graphic figure.ntm-map");
  const steps = [...root.querySelectorAll<HTMLElement>(".step")];
  if (!fig || steps.length === 0 || !("IntersectionObserver" in window)) return;
  root.classList.add("is-live");
  const nav = root.querySelector<HTMLElement>(".step-nav");
  const prev = root.querySelector<HTMLButtonElement>(".step-prev");
  const next = root.querySelector<HTMLButtonElement>(".step-next");
  const count = root.querySelector<HTMLElement>(".step-i");
  const total = root.querySelector<HTMLElement>(".step-n");
  if (total) total.textContent = String(steps.length);
  let current = -1;

  const activate = (i: number) => {
    if (i === current || i < 0 || i >= steps.length) return;
    // Only the two steps that change (a scroll step is measured by `npm run bench`).
    steps[current]?.classList.remove("is-active");
    steps[i].classList.add("is-active");
    current = i;
    const s = steps[i];
    const detail: ShowDetail = {
      year: Number(s.dataset.year),
      units: (s.dataset.units ?? "").split(" ").filter(Boolean),
      zoom: s.dataset.zoom !== undefined,
    };
    fig.dispatchEvent(new CustomEvent("ntm:show", { detail }));
    root.dataset.step = String(i);
    if (count) count.textContent = String(i + 1);
    if (prev && prev.disabled !== (i === 0)) prev.disabled = i === 0;
    if (next && next.disabled !== (i === steps.length - 1)) next.disabled = i === steps.length - 1;
  };

  // The step whose box crosses the line at 60% of the screen's height is the current one.
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) activate(steps.indexOf(e.target as HTMLElement));
    },
    { rootMargin: "-60% 0px -40% 0px" },
  );
  steps.forEach((s) => io.observe(s));
  activate(0);

  const go = (delta: number) => {
    const i = Math.max(0, Math.min(steps.length - 1, current + delta));
    const s = steps[i];
    activate(i);
    s.scrollIntoView({ block: "start", behavior: reduceMotion() ? "auto" : "smooth" });
    s.focus({ preventScroll: true });
  };
  prev?.addEventListener("click", () => go(-1));
  next?.addEventListener("click", () => go(1));
  // Tabbing into a step's links, or a step focused by the buttons, shows that step.
  steps.forEach((s, i) => s.addEventListener("focusin", () => activate(i)));
  if (nav) nav.hidden = false;
}

document.querySelectorAll<HTMLElement>("[data-scrolly]").forEach(init);
