/** The commune finder: filters the server-rendered list as you type, accents optional. */
import { normalize } from "../lib/search";

const box = document.querySelector<HTMLElement>("[data-finder]");
const input = box?.querySelector<HTMLInputElement>("input");
const count = box?.querySelector<HTMLElement>(".finder-count");
const items = [...document.querySelectorAll<HTMLLIElement>("li[data-search]")];
const groups = [...document.querySelectorAll<HTMLElement>(".commune-index .group")];

if (box && input) {
  box.hidden = false;
  const lang = document.documentElement.lang;
  const filter = () => {
    const words = normalize(input.value).split(" ").filter(Boolean);
    let n = 0;
    for (const li of items) {
      const text = li.dataset.search ?? "";
      const hay = text.split(" ");
      const hit = words.every((w) => hay.some((h) => h.startsWith(w)));
      li.hidden = !hit;
      if (hit) n++;
    }
    for (const g of groups) g.hidden = !g.querySelector("li:not([hidden])");
    if (count) count.textContent = words.length ? (lang === "vi" ? `${n} kết quả` : `${n} result${n === 1 ? "" : "s"}`) : "";
  };
  input.addEventListener("input", filter);
  const q = new URL(location.href).searchParams.get("q");
  if (q) {
    input.value = q;
    filter();
  }
}
