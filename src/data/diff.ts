/**
 * What changed in the data between two versions, record by record and field by
 * field, and what that does to the yearly totals: what a reviewer reads on a pull request.
 */
import { YEARS } from "../config";
import { communes } from "../lib/lineage";
import { datasetModel } from "../lib/status";
import { provinceTotals } from "../lib/totals";
import type { Dataset } from "./types";

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}
export interface RecordDiff {
  file: string;
  added: string[];
  removed: string[];
  changed: { id: string; fields: FieldChange[] }[];
}
export interface TotalsChange {
  year: number;
  field: "communes" | "ntm" | "nangCao" | "kieuMau" | "undetermined";
  before: number;
  after: number;
}
export interface DataDiff {
  versionBefore?: string;
  versionAfter: string;
  files: RecordDiff[];
  totals: TotalsChange[];
}

const flat = (o: unknown, prefix = ""): Record<string, unknown> => {
  if (o === null || typeof o !== "object") return { [prefix]: o };
  const out: Record<string, unknown> = {};
  const entries = Array.isArray(o) ? o.map((v, i) => [String(i), v] as const) : Object.entries(o);
  if (entries.length === 0) out[prefix] = Array.isArray(o) ? [] : {};
  for (const [k, v] of entries) Object.assign(out, flat(v, prefix ? (Array.isArray(o) ? `${prefix}[${k}]` : `${prefix}.${k}`) : k));
  return out;
};

function diffRecords<T extends { id: string }>(file: string, before: T[], after: T[]): RecordDiff {
  const b = new Map(before.map((r) => [r.id, r]));
  const a = new Map(after.map((r) => [r.id, r]));
  const changed: RecordDiff["changed"] = [];
  for (const [id, rec] of a) {
    const old = b.get(id);
    if (!old) continue;
    const fo = flat(old);
    const fa = flat(rec);
    const fields = [...new Set([...Object.keys(fo), ...Object.keys(fa)])]
      .filter((k) => JSON.stringify(fo[k]) !== JSON.stringify(fa[k]))
      .sort()
      .map((field) => ({ field, before: fo[field], after: fa[field] }));
    if (fields.length) changed.push({ id, fields });
  }
  return {
    file,
    added: [...a.keys()].filter((id) => !b.has(id)),
    removed: [...b.keys()].filter((id) => !a.has(id)),
    changed,
  };
}

const totalsOf = (d: Dataset | undefined) => {
  if (!d) return undefined;
  const model = datasetModel(d);
  return provinceTotals(model, communes(d.units), YEARS);
};

/** `before` may be undefined (files absent at the ref): everything counts as added. */
export function diffDatasets(before: Dataset | undefined, after: Dataset): DataDiff {
  const e: Dataset = before ?? { version: "", units: [], recognitions: [], province: [], counts: [], indicators: [], sources: [] };
  const files = [
    diffRecords("units.json", e.units, after.units),
    diffRecords("recognitions.json", e.recognitions, after.recognitions),
    diffRecords("province-series.json", e.province, after.province),
    diffRecords(
      "indicators.json",
      e.indicators.flatMap((i) => i.points),
      after.indicators.flatMap((i) => i.points),
    ),
    diffRecords("sources.json", e.sources, after.sources),
    diffRecords("district-counts.json", e.counts ?? [], after.counts ?? []),
  ];
  const tb = totalsOf(before);
  const ta = totalsOf(after)!;
  const totals: TotalsChange[] = [];
  const fields: TotalsChange["field"][] = ["communes", "ntm", "nangCao", "kieuMau", "undetermined"];
  ta.forEach((t, i) => {
    for (const f of fields) {
      const b = tb ? tb[i][f] : 0;
      if (b !== t[f]) totals.push({ year: t.year, field: f, before: b, after: t[f] });
    }
  });
  return { versionBefore: before?.version, versionAfter: after.version, files, totals };
}

const show = (v: unknown) => (v === undefined ? "—" : JSON.stringify(v));
const LABEL: Record<TotalsChange["field"], string> = {
  communes: "communes in the programme",
  ntm: "known NTM",
  nangCao: "known nâng cao",
  kieuMau: "known kiểu mẫu",
  undetermined: "undetermined (may or may not have reached NTM)",
};

export function formatDiff(d: DataDiff, markdown = false): string {
  const out: string[] = [];
  const h = (s: string) => out.push(markdown ? `### ${s}` : `\n${s}\n${"-".repeat(s.length)}`);
  out.push(
    markdown
      ? `## Data changes: ${d.versionBefore ?? "(none)"} → ${d.versionAfter}`
      : `Data changes: version ${d.versionBefore ?? "(none)"} → ${d.versionAfter}`,
  );
  if (d.versionBefore === d.versionAfter && d.files.some((f) => f.added.length + f.removed.length + f.changed.length)) {
    out.push(
      markdown
        ? "> The data changed but the version did not: `npm run data:version` proposes the bump (the merge to main applies it)."
        : "! The data changed but the version did not: npm run data:version proposes the bump (the merge to main applies it).",
    );
  }
  let any = false;
  for (const f of d.files) {
    if (!f.added.length && !f.removed.length && !f.changed.length) continue;
    any = true;
    h(`${f.file}: ${f.added.length} added, ${f.removed.length} removed, ${f.changed.length} changed`);
    if (f.added.length) out.push(`${markdown ? "- " : "  + "}added: ${f.added.join(", ")}`);
    if (f.removed.length) out.push(`${markdown ? "- " : "  - "}removed: ${f.removed.join(", ")}`);
    if (f.changed.length) {
      if (markdown) out.push("", "| record | field | before | after |", "|---|---|---|---|");
      for (const c of f.changed) {
        for (const x of c.fields) {
          out.push(
            markdown
              ? `| ${c.id} | ${x.field} | ${show(x.before).replace(/\|/g, "\\|")} | ${show(x.after).replace(/\|/g, "\\|")} |`
              : `  ~ ${c.id} › ${x.field}: ${show(x.before)} → ${show(x.after)}`,
          );
        }
      }
      out.push("");
    }
  }
  if (!any) out.push(markdown ? "No record changed." : "\nNo record changed.");
  h("Effect on yearly totals (computed from commune records)");
  if (!d.totals.length) out.push("No yearly total changed.");
  else if (markdown) {
    out.push("| year | total | before | after |", "|---|---|---|---|");
    for (const t of d.totals) out.push(`| ${t.year} | ${LABEL[t.field]} | ${t.before} | ${t.after} |`);
  } else for (const t of d.totals) out.push(`  ${t.year} ${LABEL[t.field]}: ${t.before} → ${t.after}`);
  return out.join("\n");
}
