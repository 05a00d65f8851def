/**
 * Versions without ceremony: the data version is proposed by the tool, not demanded by the checker.
 * The data in data/ is compared (with the one differ, ./diff.ts) against the newest frozen release in
 * data/releases/: new records (units, recognitions, sources, …) call for a minor version, corrections
 * or removals of existing records (or a changed package descriptor) for a patch. A change of a file's
 * shape (major) cannot be seen in the records: an editor sets it by hand, and the tool accepts any
 * version at least as high as the one it proposes.
 *
 * `npm run data:version` prints the proposal, `-- --write` applies it (the version in datapackage.json
 * and a bilingual CHANGELOG entry saying the changes in words); data:check and the pull-request
 * comment say it in plain words; on merge to main the data-release workflow applies it and freezes
 * the release (npm run data:release).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { levelLabel, wordingLabel } from "../i18n/status";
import { versionWords } from "../i18n/data-version";
import type { Lang } from "../i18n/ui";
import { diffDatasets, type DataDiff, type FieldChange } from "./diff";
import { loadDataset, readVersion } from "./load";
import { readRelease, releaseVersions } from "./releases";
import type { Dataset } from "./types";

export type BumpLevel = "minor" | "patch";

export type VersionState =
  /** No frozen release yet: the current version will be the first. */
  | "first"
  /** The data is as frozen in the newest release. */
  | "unchanged"
  /** The data changed since the newest release and the version did not: `proposed` is the bump. */
  | "to-bump"
  /** The version was raised, but less than the changes call for (a patch for new records): `proposed`. */
  | "too-small"
  /** The version was raised enough. */
  | "bumped"
  /** The version is lower than the newest release: an error. */
  | "behind";

export interface VersionProposal {
  /** The newest frozen release, if any. */
  release?: string;
  /** The version in datapackage.json. */
  current: string;
  /** What the changes since the release call for (undefined: no change). */
  level?: BumpLevel;
  state: VersionState;
  /** The version the data should carry: the current one, or the proposed bump. */
  target: string;
  /** True when the changelog has no entry for `target` yet. */
  changelogMissing: boolean;
  /** Added, removed and changed records per file since the release. */
  diff?: DataDiff;
  descriptorChanged: boolean;
}

const parse = (v: string) => v.split(".").map(Number) as [number, number, number];

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parse(a), parse(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export function bumpVersion(v: string, level: BumpLevel): string {
  const [major, minor, patch] = parse(v);
  return level === "minor" ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/** Minor when any record was added, patch when records were only changed or removed, else none. */
export function bumpLevel(diff: DataDiff | undefined, descriptorChanged = false): BumpLevel | undefined {
  const files = diff?.files ?? [];
  if (files.some((f) => f.added.length)) return "minor";
  if (files.some((f) => f.removed.length || f.changed.length) || descriptorChanged) return "patch";
  return undefined;
}

export const hasChangelogEntry = (changelog: string, version: string): boolean =>
  changelog.split("\n").some((l) => l.startsWith(`## [${version}]`));

/** The proposal for `current` against the newest frozen release `release` (undefined: none yet). */
export function proposeVersion(opts: { release?: Dataset; current: Dataset; changelog: string; descriptorChanged?: boolean }): VersionProposal {
  const { release, current, changelog } = opts;
  const descriptorChanged = Boolean(release && opts.descriptorChanged);
  const base = { current: current.version, descriptorChanged };
  if (!release) {
    return { ...base, state: "first", target: current.version, changelogMissing: !hasChangelogEntry(changelog, current.version) };
  }
  const diff = diffDatasets(release, current);
  const level = bumpLevel(diff, descriptorChanged);
  const cmp = compareVersions(current.version, release.version);
  let state: VersionState;
  let target = current.version;
  if (cmp < 0) state = "behind";
  else if (cmp === 0) {
    state = level ? "to-bump" : "unchanged";
    if (level) target = bumpVersion(release.version, level);
  } else if (level && compareVersions(current.version, bumpVersion(release.version, level)) < 0) {
    state = "too-small";
    target = bumpVersion(release.version, level);
  } else state = "bumped";
  return {
    ...base,
    release: release.version,
    level,
    state,
    target,
    changelogMissing: state !== "behind" && state !== "unchanged" && !hasChangelogEntry(changelog, target),
    diff,
  };
}

/** Whether `--write` has anything to do. */
export const needsWrite = (p: VersionProposal): boolean => p.state !== "behind" && (p.target !== p.current || p.changelogMissing);

// ---------------------------------------------------------------------------------------------
// The changelog entry, in words.

const MAX_LINES = 25;
const short = (v: unknown): string => {
  const s = typeof v === "string" ? `“${v}”` : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…${typeof v === "string" ? "”" : ""}` : s;
};

function fieldPart(f: FieldChange, lang: Lang): string {
  const w = versionWords[lang];
  if (f.before === undefined) return w.fieldAdded(f.field, short(f.after));
  if (f.after === undefined) return w.fieldRemoved(f.field);
  return w.fieldChanged(f.field, short(f.before), short(f.after));
}

const capped = (lines: string[], lang: Lang) =>
  lines.length <= MAX_LINES ? lines : [...lines.slice(0, MAX_LINES), versionWords[lang].more(lines.length - MAX_LINES)];

/** The changes since the release in words, in one language: added, changed and removed lines. */
export function changesInWords(p: VersionProposal, release: Dataset | undefined, current: Dataset, lang: Lang) {
  const w = versionWords[lang];
  const unitName = (id: string) => current.units.find((u) => u.id === id)?.name ?? release?.units.find((u) => u.id === id)?.name ?? id;
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const f of p.diff?.files ?? []) {
    for (const id of f.added) {
      const rec = f.file === "recognitions.json" ? current.recognitions.find((r) => r.id === id) : undefined;
      const src = f.file === "sources.json" ? current.sources.find((s) => s.id === id) : undefined;
      const unit = f.file === "units.json" ? current.units.find((u) => u.id === id) : undefined;
      if (rec) {
        const what = `${levelLabel[lang][rec.level]} ${w.yearText(rec.year, rec.precision === "no-later-than")} (${wordingLabel[lang][rec.wording]})`;
        added.push(w.newRecognition(id, unitName(rec.unit), what));
      } else if (src) added.push(w.newSource(id, src.publisher, src.title));
      else if (unit) added.push(w.newUnit(id, unit.name));
      else added.push(w.newRecord(id, f.file));
    }
    for (const c of f.changed) {
      const rec = f.file === "recognitions.json" ? current.recognitions.find((r) => r.id === c.id) : undefined;
      const where = rec ? `${unitName(rec.unit)}, \`${f.file}\`` : `\`${f.file}\``;
      changed.push(w.corrected(c.id, where, c.fields.map((x) => fieldPart(x, lang)).join("; ")));
    }
    for (const id of f.removed) removed.push(w.removedRecord(id, f.file));
  }
  if (p.descriptorChanged) changed.push(w.descriptor);
  return { added: capped(added, lang), changed: capped(changed, lang), removed: capped(removed, lang) };
}

/** The CHANGELOG entry for `p.target`: `## [x.y.z] - date`, then a Vietnamese and an English part. */
export function changelogEntry(p: VersionProposal, release: Dataset | undefined, current: Dataset, date: string): string {
  const out = [`## [${p.target}] - ${date}`, ""];
  for (const lang of ["vi", "en"] as const) {
    const w = versionWords[lang];
    const c = changesInWords(p, release, current, lang);
    out.push(`### ${w.part}`, "");
    const sections: [string, string[]][] = [
      [w.added, c.added],
      [w.changed, c.changed],
      [w.removed, c.removed],
    ];
    const any = sections.some(([, lines]) => lines.length);
    if (!any) out.push(w.nothing, "");
    for (const [title, lines] of sections) if (lines.length) out.push(`#### ${title}`, ...lines.map((l) => `- ${l}`), "");
  }
  return out.join("\n");
}

/**
 * The changelog with the entry for `p.target`: a hand-written entry for a version the tool replaces
 * (a patch where records were added) is kept and renamed; otherwise the new entry goes above the newest.
 */
export function withChangelogEntry(changelog: string, p: VersionProposal, entry: string): string {
  if (hasChangelogEntry(changelog, p.target)) return changelog;
  const lines = changelog.split("\n");
  if (p.target !== p.current && p.current !== p.release) {
    const i = lines.findIndex((l) => l.startsWith(`## [${p.current}]`));
    if (i >= 0) {
      lines[i] = lines[i].replace(`## [${p.current}]`, `## [${p.target}]`);
      return lines.join("\n");
    }
  }
  const first = lines.findIndex((l) => l.startsWith("## ["));
  const at = first < 0 ? lines.length : first;
  return [...lines.slice(0, at), ...entry.replace(/\n+$/, "").split("\n"), "", ...lines.slice(at)].join("\n");
}

/** datapackage.json's text with its version set, nothing else touched. */
export const withVersion = (descriptor: string, version: string): string =>
  descriptor.replace(/("version"\s*:\s*")[^"]*(")/, `$1${version}$2`);

// ---------------------------------------------------------------------------------------------
// In plain words (data:check, the pull-request comment).

export function proposalInWords(p: VersionProposal, lang: Lang = "en"): string {
  const w = versionWords[lang];
  const counts = (p.diff?.files ?? [])
    .filter((f) => f.added.length + f.removed.length + f.changed.length)
    .map((f) => {
      const n: [number, "added" | "removed" | "changed"][] = [
        [f.added.length, "added"],
        [f.removed.length, "removed"],
        [f.changed.length, "changed"],
      ];
      const parts = n.filter(([k]) => k).map(([k, what]) => w.count(k, what));
      return `${f.file}: ${parts.join(", ")}`;
    });
  if (p.descriptorChanged) counts.push(w.descriptorCount);
  const what = counts.length ? ` (${counts.join("; ")})` : "";
  const kind = p.level ? w[p.level] : "";
  const write = "`npm run data:version -- --write`";
  if (lang === "vi") {
    switch (p.state) {
      case "first":
        return `Phiên bản ${p.current}: chưa có bản phát hành nào được lưu cố định; \`npm run data:release\` sẽ lưu bản đầu tiên.`;
      case "unchanged":
        return `Phiên bản ${p.current}: dữ liệu giống hệt bản đã phát hành trong \`data/releases/${p.release}/\`.`;
      case "to-bump":
        return `Dữ liệu đã đổi so với bản phát hành ${p.release}${what}. Đề xuất phiên bản ${p.target}, ${kind}. Chạy ${write} để ghi phiên bản và mục CHANGELOG, hoặc để nguyên: khi gộp vào main, quy trình tự động làm việc này.`;
      case "too-small":
        return `Phiên bản ${p.current} chưa đủ cao so với những thay đổi kể từ bản ${p.release}${what}. Đề xuất ${p.target}, ${kind}. Chạy ${write}, hoặc để quy trình làm khi gộp vào main.`;
      case "bumped":
        return p.changelogMissing
          ? `Phiên bản ${p.current} đã được đặt${what}, nhưng \`data/CHANGELOG.md\` chưa có mục cho phiên bản này: ${write} sẽ viết (khi gộp vào main, quy trình cũng tự viết).`
          : `Phiên bản ${p.current} đã sẵn sàng${what}; khi gộp vào main, bản này được lưu cố định (\`npm run data:release\`).`;
      case "behind":
        return `Phiên bản ${p.current} thấp hơn bản đã phát hành mới nhất (${p.release}).`;
    }
  }
  switch (p.state) {
    case "first":
      return `Version ${p.current}: no release is frozen yet; \`npm run data:release\` freezes the first.`;
    case "unchanged":
      return `Version ${p.current}: the data is as frozen in \`data/releases/${p.release}/\`.`;
    case "to-bump":
      return `The data changed since release ${p.release}${what}. Proposed version: ${p.target}, ${kind}. Run ${write} to set it and write the CHANGELOG entry, or leave it: the merge to main does it.`;
    case "too-small":
      return `Version ${p.current} is lower than the changes since ${p.release} call for${what}. Proposed version: ${p.target}, ${kind}. Run ${write}, or leave it to the merge to main.`;
    case "bumped":
      return p.changelogMissing
        ? `Version ${p.current} is set${what}, but \`data/CHANGELOG.md\` has no entry for it yet: ${write} writes one (the merge to main does too).`
        : `Version ${p.current} is ready${what}; the merge to main freezes it (\`npm run data:release\`).`;
    case "behind":
      return `Version ${p.current} is lower than the newest frozen release (${p.release}).`;
  }
}

// ---------------------------------------------------------------------------------------------
// On disk.

/** datapackage.json without its version, keys sorted: to see whether the descriptor itself changed. */
function descriptorShape(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
  const { version: _v, ...rest } = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  return JSON.stringify(sorted(rest));
}

export interface VersionContext {
  proposal: VersionProposal;
  release?: Dataset;
  current: Dataset;
}

/**
 * The proposal for a data folder (its releases/ beside the files). Throws when the data does not
 * load or the newest release is not as it was frozen (the checker reports those).
 */
export function readProposal(dir: string, opts: { geoIds?: false } = {}): VersionContext {
  const current = loadDataset(dir, opts);
  const newest = releaseVersions(join(dir, "releases")).at(-1);
  const releaseDir = newest ? join(dir, "releases", newest) : undefined;
  const release = releaseDir ? readRelease(releaseDir, newest!) : undefined;
  const changelogPath = join(dir, "CHANGELOG.md");
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, "utf8") : "";
  const descriptorChanged = Boolean(releaseDir && descriptorShape(join(dir, "datapackage.json")) !== descriptorShape(join(releaseDir, "datapackage.json")));
  return { proposal: proposeVersion({ release, current, changelog, descriptorChanged }), release, current };
}

/** Apply the proposal to a data folder: the version in datapackage.json and the CHANGELOG entry. */
export function writeProposal(dir: string, ctx: VersionContext, date: string): boolean {
  const p = ctx.proposal;
  if (!needsWrite(p)) return false;
  const dpPath = join(dir, "datapackage.json");
  if (p.target !== p.current) writeFileSync(dpPath, withVersion(readFileSync(dpPath, "utf8"), p.target));
  if (readVersion(dir) !== p.target) throw new Error(`Could not set the version in ${dpPath}.`);
  const clPath = join(dir, "CHANGELOG.md");
  const changelog = existsSync(clPath) ? readFileSync(clPath, "utf8") : "# Changelog of the data\n";
  writeFileSync(clPath, withChangelogEntry(changelog, p, changelogEntry(p, ctx.release, ctx.current, date)));
  return true;
}
