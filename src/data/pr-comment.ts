/**
 * The comment the data pull-request workflow (.github/workflows/data-pr.yml) posts, and updates,
 * on every pull request that touches data/: what changed record by record in words, what that does
 * to the yearly totals and to the map's colours (the status model before vs after), and what
 * data:check said. Like OWID's data-diff comments: changed items only, per-file counts, a few
 * sample rows in the open, the rest folded. Bilingual labels: editors read Vietnamese first. It also says
 * which version the tool proposes against the newest frozen release (applied on merge to main).
 */
import { YEARS } from "../config";
import { statusShort, levelLabel, wordingLabel } from "../i18n/status";
import { communes } from "../lib/lineage";
import { makeStatusModel, type Status } from "../lib/status";
import { formatProblem, type Problem } from "./check";
import { diffDatasets, type DataDiff, type FieldChange, type TotalsChange } from "./diff";
import { proposalInWords, type VersionProposal } from "./version";
import type { Dataset, Recognition } from "./types";

/** Finds the comment to update: the workflow looks for this line. */
export const COMMENT_MARKER = "<!-- ntm-data-diff -->";
/** Records shown in the open per list; the rest are folded in <details>. */
export const SAMPLE = 5;

export interface CheckSummary {
  errors: readonly Problem[];
  warnings: readonly Problem[];
}

export interface ColourChange {
  unit: string;
  name: string;
  district?: string;
  /** Contiguous years with the same change. */
  from: number;
  to: number;
  before: Status;
  after: Status;
}

/** Which communes' map colours change, year by year: statusAt before vs after, grouped into runs of years. */
export function colourChanges(before: Dataset | undefined, after: Dataset): ColourChange[] {
  const mb = before && makeStatusModel(before.units, before.recognitions, before.province);
  const ma = makeStatusModel(after.units, after.recognitions, after.province);
  const beforeIds = new Set(before?.units.map((u) => u.id) ?? []);
  const byId = new Map(after.units.map((u) => [u.id, u]));
  const out: ColourChange[] = [];
  for (const u of communes(after.units)) {
    if (!u.geo_id) continue; // not drawn on the map
    let run: ColourChange | undefined;
    for (const year of YEARS) {
      const a = ma.statusAt(u.id, year).status;
      const b: Status = mb && beforeIds.has(u.id) ? mb.statusAt(u.id, year).status : "no-data";
      if (a === b) {
        run = undefined;
        continue;
      }
      if (run && run.before === b && run.after === a && run.to === year - 1) run.to = year;
      else {
        run = { unit: u.id, name: u.name, district: u.parent ? byId.get(u.parent)?.name : undefined, from: year, to: year, before: b, after: a };
        out.push(run);
      }
    }
  }
  return out;
}

const code = (s: unknown) => `\`${String(s).replace(/`/g, "ˋ")}\``;
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const value = (v: unknown) => (v === undefined ? "—" : typeof v === "string" ? `“${v}”` : JSON.stringify(v));
const years = (c: { from: number; to: number }) => (c.from === c.to ? `${c.from}` : `${c.from}–${c.to}`);
const st = (s: Status) => `${statusShort.vi[s]} / ${statusShort.en[s]}`;

/** "ntm 2019 (recognised) · decision 12/QĐ · sources s1, s2": one recognition in a line. */
function recognitionLine(r: Recognition, unitName: (id: string) => string): string {
  const parts = [
    `${unitName(r.unit)}: ${levelLabel.vi[r.level]} / ${levelLabel.en[r.level]}, ${r.precision === "no-later-than" ? `≤ ${r.year}` : r.year} (${wordingLabel.vi[r.wording]} / ${wordingLabel.en[r.wording]})`,
    r.decision ? `QĐ / decision ${r.decision}${r.decision_date ? ` (${r.decision_date})` : ""}` : undefined,
    `nguồn / sources ${r.sources.join(", ")}`,
  ];
  return parts.filter(Boolean).join(" · ");
}

function fieldLine(f: FieldChange): string {
  if (f.before === undefined) return `${code(f.field)} thêm / added ${value(f.after)}`;
  if (f.after === undefined) return `${code(f.field)} bỏ / removed (${value(f.before)})`;
  return `${code(f.field)} ${value(f.before)} → ${value(f.after)}`;
}

/** A list with the first SAMPLE items in the open and the rest folded. */
function sampled(lines: string[], what: string): string[] {
  if (lines.length <= SAMPLE) return lines;
  return [...lines.slice(0, SAMPLE), "", `<details><summary>${lines.length - SAMPLE} ${what} nữa / more</summary>`, "", ...lines.slice(SAMPLE), "", "</details>"];
}

/** A table with the first SAMPLE rows in the open and the rest folded under the same header. */
function table(header: string, rows: string[]): string[] {
  if (rows.length <= SAMPLE) return [header, ...rows];
  return [header, ...rows.slice(0, SAMPLE), "", `<details><summary>${rows.length - SAMPLE} dòng nữa / more rows</summary>`, "", header, ...rows.slice(SAMPLE), "", "</details>"];
}

const TOTAL_LABEL: Record<TotalsChange["field"], string> = {
  communes: "xã trong chương trình / communes in the programme",
  ntm: "đạt NTM / NTM",
  nangCao: "đạt nâng cao / advanced",
  kieuMau: "đạt kiểu mẫu / model",
  undetermined: "chưa rõ đã đạt hay chưa / not known whether reached",
};

function checkSection(check: CheckSummary): string[] {
  const { errors, warnings } = check;
  const out: string[] = [];
  if (errors.length === 0) {
    out.push(`✅ **data:check:** dữ liệu hợp lệ / the data is valid${warnings.length ? ` — ${warnings.length} lưu ý / warning(s)` : ""}.`);
  } else {
    out.push(`❌ **data:check:** ${errors.length} lỗi phải sửa trước khi gộp / error(s) to fix before merging:`, "");
    out.push(...sampled(errors.map((p) => `- ${formatProblem(p)}`), "lỗi / errors"));
  }
  if (warnings.length) {
    out.push("", "<details><summary>Lưu ý / Warnings</summary>", "", ...warnings.map((p) => `- ${formatProblem(p)}`), "", "</details>");
  }
  return out;
}

/** The version the tool proposes (src/data/version.ts), against the newest frozen release, in both languages. */
function versionSection(p: VersionProposal): string[] {
  const icon = p.state === "to-bump" || p.state === "too-small" || p.changelogMissing ? "🔖" : "✅";
  return [`${icon} **Phiên bản / Version:** ${proposalInWords(p, "vi")}`, "", `_${proposalInWords(p, "en")}_`];
}

/**
 * The whole comment. `after` is undefined when the changed data does not load (data:check has
 * errors): the comment then says only what data:check found.
 */
export function prComment(before: Dataset | undefined, after: Dataset | undefined, check: CheckSummary, version?: VersionProposal): string {
  const out: string[] = [COMMENT_MARKER];
  if (!after) {
    out.push("## Dữ liệu thay đổi / Data changes", "", ...checkSection(check), "", "_Sửa các lỗi trên để xem thay đổi. / Fix the errors above to see the changes._");
    return out.join("\n") + "\n";
  }
  const d: DataDiff = diffDatasets(before, after);
  const name = (id: string) => after.units.find((u) => u.id === id)?.name ?? before?.units.find((u) => u.id === id)?.name ?? id;
  out.push(`## Dữ liệu thay đổi / Data changes: ${d.versionBefore ?? "—"} → ${d.versionAfter}`, "");
  out.push(...checkSection(check), "");
  if (version) out.push(...versionSection(version), "");
  const touched = d.files.filter((f) => f.added.length + f.removed.length + f.changed.length > 0);
  if (!touched.length) {
    out.push("Không hồ sơ nào thay đổi. / No record changed.");
    return out.join("\n") + "\n";
  }
  out.push("| tệp / file | thêm / added | bỏ / removed | sửa / changed |", "|---|---:|---:|---:|");
  for (const f of touched) out.push(`| ${f.file} | ${f.added.length} | ${f.removed.length} | ${f.changed.length} |`);

  const srcAfter = new Map(after.sources.map((x) => [x.id, x]));
  const srcBefore = new Map((before?.sources ?? []).map((x) => [x.id, x]));
  const recAfter = new Map(after.recognitions.map((r) => [r.id, r]));
  const recBefore = new Map((before?.recognitions ?? []).map((r) => [r.id, r]));
  for (const f of touched) {
    out.push("", `### ${f.file}`);
    const describe = (id: string, side: "after" | "before") => {
      const r = f.file === "recognitions.json" ? (side === "after" ? recAfter : recBefore).get(id) : undefined;
      const src = f.file === "sources.json" ? (side === "after" ? srcAfter : srcBefore).get(id) : undefined;
      if (r) return `- ${code(id)} — ${recognitionLine(r, name)}`;
      if (src) return `- ${code(id)} — ${src.publisher}: “${src.title}”${src.published ? ` (${src.published})` : ""}${src.url ? ` <${src.url}>` : ""}`;
      return `- ${code(id)}`;
    };
    if (f.added.length) out.push("", `**Thêm / Added (${f.added.length})**`, "", ...sampled(f.added.map((id) => describe(id, "after")), "hồ sơ / records"));
    if (f.removed.length) out.push("", `**Bỏ / Removed (${f.removed.length})**`, "", ...sampled(f.removed.map((id) => describe(id, "before")), "hồ sơ / records"));
    if (f.changed.length) {
      out.push("", `**Sửa / Changed (${f.changed.length})**`, "");
      out.push(...sampled(f.changed.map((c) => `- ${code(c.id)}: ${c.fields.map(fieldLine).join("; ")}`), "hồ sơ / records"));
    }
  }

  const colours = colourChanges(before, after);
  out.push("", "### Màu trên bản đồ / Map colours");
  if (!colours.length) out.push("", "Không xã nào đổi màu. / No commune changes colour.");
  else {
    const units = new Set(colours.map((c) => c.unit)).size;
    out.push("", `${units} xã đổi màu / commune(s) change colour:`, "");
    const rows = colours.map((c) => `| ${cell(c.name)}${c.district ? ` (${cell(c.district)})` : ""} | ${years(c)} | ${st(c.before)} | ${st(c.after)} |`);
    out.push(...table("| xã / commune | năm / years | trước / before | sau / after |\n|---|---|---|---|", rows));
  }

  out.push("", "### Tổng theo năm / Yearly totals", "");
  if (!d.totals.length) out.push("Không tổng nào thay đổi. / No yearly total changed.");
  else {
    out.push("Tính từ hồ sơ từng xã. / Computed from commune records.", "");
    const rows = d.totals.map((t) => `| ${t.year} | ${TOTAL_LABEL[t.field]} | ${t.before} | ${t.after} |`);
    out.push(...table("| năm / year | số / figure | trước / before | sau / after |\n|---|---|---:|---:|", rows));
  }
  return out.join("\n") + "\n";
}
