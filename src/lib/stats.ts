/**
 * Figures quoted in the story come from the data, never typed by hand:
 * `<Stat of="province.2020.ntm" />` resolves a key to a value and its sources.
 *
 * Keys:
 *   province.<year>.<field>          a reported province total (the point the site shows for that year)
 *                                    field: communes | ntm | nang-cao | kieu-mau | districts_done | districts_total
 *   recognition.<record-id>.<field>  field: year | decision | decision_date
 *   indicator.<id>.<year>[.<scope>]  a context figure (income, poverty…)
 *   computed.<year>.<field>          totals computed from commune records
 *                                    field: communes | ntm | nang-cao | kieu-mau | undetermined
 *                                    (bounded: the same, the key the story used before 1.2.0)
 *   count.<what>                     communes2019 (boundary units), districts (2020–2025)
 */
import type { Dataset, LocalizedText } from "../data/types";
import { communes, districts2020 } from "./lineage";
import { datasetModel } from "./status";
import { totalsFor } from "./totals";

export interface StatValue {
  value: number | string;
  kind: "number" | "date" | "text";
  sources: string[];
  note?: LocalizedText;
}

const fail = (key: string, why: string): never => {
  throw new Error(`Unknown figure "${key}": ${why}. See the key grammar in src/lib/stats.ts.`);
};

export function resolveStat(d: Dataset, key: string): StatValue {
  const [kind, ...rest] = key.split(".");
  switch (kind) {
    case "province": {
      const [y, field] = rest;
      const year = Number(y);
      const allowed = ["communes", "ntm", "nang-cao", "kieu-mau", "districts_done", "districts_total"] as const;
      if (!allowed.includes(field as (typeof allowed)[number])) fail(key, `field must be one of ${allowed.join(", ")}`);
      const candidates = d.province.filter((p) => p.year === year && p.shown !== false && typeof p[field as (typeof allowed)[number]] === "number");
      const pick = candidates.length > 1 ? candidates.filter((p) => p.shown === true) : candidates;
      if (candidates.length === 0) fail(key, `no province point for ${year} gives ${field}`);
      if (pick.length !== 1) {
        // Several points give the figure: name them as data:check does (file, records, field), and what to mark.
        const named = (pick.length ? pick : candidates).map((p) => `#${d.province.indexOf(p)} (id "${p.id}")`).join(", ");
        fail(key, `data/province-series.json › records ${named} › field "shown": ${pick.length ? "all" : "none"} of these points giving ${field} for ${year} ${pick.length ? "are" : "is"} marked shown: true; mark exactly one, the point to quote`);
      }
      const p = pick[0];
      return { value: p[field as (typeof allowed)[number]] as number, kind: "number", sources: p.sources, note: p.note };
    }
    case "recognition": {
      const field = rest.pop();
      const id = rest.join(".");
      const r = d.recognitions.find((x) => x.id === id) ?? fail(key, `no recognition with id "${id}"`);
      if (field === "year") return { value: r.year, kind: "text", sources: r.sources };
      if (field === "decision") return { value: r.decision ?? fail(key, "the record has no decision number"), kind: "text", sources: r.sources };
      if (field === "decision_date") return { value: r.decision_date ?? fail(key, "the record has no decision date"), kind: "date", sources: r.sources };
      return fail(key, "field must be year, decision or decision_date");
    }
    case "indicator": {
      const [id, y, scope] = rest;
      const ind = d.indicators.find((i) => i.id === id) ?? fail(key, `no indicator "${id}"`);
      const pts = ind.points.filter((p) => p.year === Number(y) && (!scope || p.scope === scope) && p.shown !== false);
      if (pts.length !== 1) fail(key, `${pts.length} points of "${id}" match year ${y}${scope ? ` and scope ${scope}` : ""}`);
      return { value: pts[0].value, kind: "number", sources: pts[0].sources, note: pts[0].note };
    }
    case "computed": {
      const [y, field] = rest;
      const year = Number(y);
      if (!Number.isInteger(year) || year < 2010 || year > 2025) fail(key, "year must be 2010–2025");
      const model = datasetModel(d);
      const t = totalsFor(model, communes(d.units), year);
      const map = { communes: t.communes, ntm: t.ntm, "nang-cao": t.nangCao, "kieu-mau": t.kieuMau, undetermined: t.undetermined, bounded: t.undetermined };
      if (!(field in map)) fail(key, `field must be one of ${Object.keys(map).join(", ")}`);
      // The records behind a computed total: every formal recognition up to that year.
      const sources = [...new Set(d.recognitions.filter((r) => r.wording === "recognised" && r.year <= year).flatMap((r) => r.sources))];
      return { value: map[field as keyof typeof map], kind: "number", sources: sources.slice(0, 3), note: { vi: "tính từ các bản ghi công nhận của từng xã", en: "computed from commune records" } };
    }
    case "count": {
      const [what] = rest;
      if (what === "communes2019") return { value: communes(d.units).length, kind: "number", sources: ["L02"] };
      if (what === "districts") return { value: districts2020(d.units).length, kind: "number", sources: ["L02"] };
      // A sourced count of data/district-counts.json, by record id: count.<id>.count or count.<id>.of.
      const field = rest[rest.length - 1];
      const c = rest.length >= 2 ? d.counts.find((x) => x.id === rest.slice(0, -1).join(".")) : undefined;
      if (c && field === "count") return { value: c.count, kind: "number", sources: c.sources, note: c.note };
      if (c && field === "of" && typeof c.of === "number") return { value: c.of, kind: "number", sources: c.sources, note: c.note };
      return fail(key, "count.communes2019, count.districts or count.<district-counts id>.count|of");
    }
    case "source": {
      // A fact in words (no number), cited: only the footnote mark is shown.
      const id = rest.join(".");
      if (!d.sources.some((x) => x.id === id)) fail(key, `no source "${id}" in sources.json`);
      return { value: "", kind: "text", sources: [id] };
    }
    default:
      return fail(key, "it must start with province, recognition, indicator, computed, count or source");
  }
}

/** The `of` keys of every `<Stat of="…" />` in an MDX body, in reading order. */
export function statKeys(mdx: string): string[] {
  return [...mdx.matchAll(/<Stat\b[^>]*?\bof=["']([^"']+)["']/g)].map((m) => m[1]);
}

/**
 * Footnote order for a text: each source cited by its figures, numbered by first
 * appearance (the first source cited is note 1). Resolving every key here also
 * makes an unknown key fail before anything is rendered.
 */
export function storyNotes(d: Dataset, mdx: string): string[] {
  const order: string[] = [];
  for (const key of statKeys(mdx)) for (const id of resolveStat(d, key).sources) if (!order.includes(id)) order.push(id);
  return order;
}
