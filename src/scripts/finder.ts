/**
 * The commune finder: filters the server-rendered list as you type, accents optional. Matching is the tested
 * searchUnits of src/lib/search.ts over each item's names of every era (2019, renamings, units of 2025).
 */
import { searchUnits } from "../lib/search";
import { finderWords } from "../i18n/commune-index";
import { asLang } from "../i18n/ui";

const box = document.querySelector<HTMLElement>("[data-finder]");
const input = box?.querySelector<HTMLInputElement>("input");
const count = box?.querySelector<HTMLElement>(".finder-count");
const items = [...document.querySelectorAll<HTMLLIElement>("li[data-search]")];
const groups = [...document.querySelectorAll<HTMLElement>(".commune-index .group")];
const searchable = items.map((li, i) => ({ id: String(i), text: li.dataset.search ?? "" }));

if (box && input) {
  box.hidden = false;
  const w = finderWords[asLang(document.documentElement.lang)];
  const filter = () => {
    const q = input.value.trim();
    const hits = q ? new Set(searchUnits(searchable, q, searchable.length).map((x) => Number(x.id))) : undefined;
    items.forEach((li, i) => (li.hidden = hits !== undefined && !hits.has(i)));
    for (const g of groups) g.hidden = !g.querySelector("li:not([hidden])");
    const n = hits?.size ?? 0;
    if (count) count.textContent = hits ? w.results(n) : "";
  };
  input.addEventListener("input", filter);
  const q = new URL(location.href).searchParams.get("q");
  if (q) {
    input.value = q;
    filter();
  }
}
