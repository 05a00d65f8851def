/**
 * Versions without ceremony (src/data/version.ts): the bump proposed from the diff against the newest
 * frozen release (minor for new records, patch for corrections, nothing when nothing changed), the
 * bilingual CHANGELOG entry it writes, and the whole round trip on a data folder with a frozen release.
 * Every expectation is computed from the fixtures and the edits made here.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDataset } from "../../src/data/load";
import { writeSums } from "../../src/data/releases";
import { changelogFor } from "../../src/i18n/changelog";
import {
  bumpVersion,
  changelogEntry,
  needsWrite,
  proposalInWords,
  proposeVersion,
  readProposal,
  withChangelogEntry,
  withVersion,
  writeProposal,
} from "../../src/data/version";
import type { Dataset } from "../../src/data/types";

const VALID = "tests/fixtures/data/valid";
// Loaded in beforeEach, not at import: loading runs the checker, and StrykerJS counts what runs at import as static
// (every mutant of it would run every test file).
let release: Dataset;
beforeEach(() => {
  release = loadDataset(VALID, { geoIds: false });
});
const changelog = readFileSync(`${VALID}/CHANGELOG.md`, "utf8");
const DATE = "2030-01-02";

const corrected = (): Dataset => {
  const d = structuredClone(release);
  d.recognitions[0] = { ...d.recognitions[0], year: d.recognitions[0].year - 1 };
  return d;
};
const withNewSource = (): Dataset => {
  const d = structuredClone(release);
  d.sources.push({ id: "s-new", title: "Một bài mới", publisher: "Báo Thử", url: null, published: null, language: "vi" });
  return d;
};

describe("the proposed version", () => {
  it("proposes nothing when the data is as frozen", () => {
    const p = proposeVersion({ release, current: structuredClone(release), changelog });
    expect(p.state).toBe("unchanged");
    expect(p.level).toBeUndefined();
    expect(p.target).toBe(release.version);
    expect(needsWrite(p)).toBe(false);
  });

  it("proposes a patch for a corrected record", () => {
    const p = proposeVersion({ release, current: corrected(), changelog });
    expect(p).toMatchObject({ state: "to-bump", level: "patch", target: bumpVersion(release.version, "patch"), changelogMissing: true });
    const [major, minor, patch] = release.version.split(".").map(Number);
    expect(p.target).toBe(`${major}.${minor}.${patch + 1}`);
    expect(needsWrite(p)).toBe(true);
  });

  it("proposes a patch for a removed record, and for a changed package descriptor alone", () => {
    const d = structuredClone(release);
    d.recognitions.pop();
    expect(proposeVersion({ release, current: d, changelog }).level).toBe("patch");
    expect(proposeVersion({ release, current: structuredClone(release), changelog, descriptorChanged: true })).toMatchObject({ state: "to-bump", level: "patch" });
  });

  it("proposes a minor version when a record is added, even alongside corrections", () => {
    const d = withNewSource();
    d.recognitions[0] = corrected().recognitions[0];
    const p = proposeVersion({ release, current: d, changelog });
    const [major, minor] = release.version.split(".").map(Number);
    expect(p).toMatchObject({ state: "to-bump", level: "minor", target: `${major}.${minor + 1}.0` });
  });

  it("accepts a version raised enough by hand (a major one too), and asks only for the missing CHANGELOG entry", () => {
    const d = withNewSource();
    d.version = bumpVersion(release.version, "minor");
    const p = proposeVersion({ release, current: d, changelog });
    expect(p).toMatchObject({ state: "bumped", target: d.version, changelogMissing: true });
    const major = structuredClone(d);
    major.version = `${Number(release.version.split(".")[0]) + 1}.0.0`;
    expect(proposeVersion({ release, current: major, changelog: `## [${major.version}] - ${DATE}\n` })).toMatchObject({ state: "bumped", changelogMissing: false });
    expect(needsWrite(proposeVersion({ release, current: major, changelog: `## [${major.version}] - ${DATE}\n` }))).toBe(false);
  });

  it("raises a patch given by hand to a minor version when records were added", () => {
    const d = withNewSource();
    d.version = bumpVersion(release.version, "patch");
    expect(proposeVersion({ release, current: d, changelog })).toMatchObject({ state: "too-small", level: "minor", target: bumpVersion(release.version, "minor") });
  });

  it("refuses a version lower than the newest release, and has no release to compare with at first", () => {
    const higher = structuredClone(release);
    higher.version = bumpVersion(release.version, "minor");
    expect(proposeVersion({ release: higher, current: structuredClone(release), changelog }).state).toBe("behind");
    expect(proposeVersion({ current: structuredClone(release), changelog })).toMatchObject({ state: "first", changelogMissing: false });
  });

  it("says the proposal in plain words, in both languages", () => {
    const p = proposeVersion({ release, current: withNewSource(), changelog });
    const en = proposalInWords(p, "en");
    const vi = proposalInWords(p, "vi");
    expect(en).toContain(`Proposed version: ${p.target}, a minor version (new records)`);
    expect(en).toContain("sources.json: 1 added");
    expect(en).toContain("npm run data:version -- --write");
    expect(vi).toContain(`Đề xuất phiên bản ${p.target}, bản phụ (có hồ sơ mới)`);
    expect(vi).toContain("sources.json: thêm 1");
    expect(proposalInWords(proposeVersion({ release, current: corrected(), changelog }))).toContain("a patch (corrections only, no new records)");
  });
});

describe("the CHANGELOG entry", () => {
  it("lists the changes in words, in Vietnamese and in English, in the changelog's format", () => {
    const d = withNewSource();
    d.recognitions[0] = corrected().recognitions[0];
    const rec = d.recognitions[0];
    const p = proposeVersion({ release, current: d, changelog });
    const entry = changelogEntry(p, release, d, DATE);
    expect(entry.startsWith(`## [${p.target}] - ${DATE}\n`)).toBe(true);
    expect(entry).toMatch(/^### Tiếng Việt$/m);
    expect(entry).toMatch(/^### English$/m);
    const vi = changelogFor(entry, "vi");
    const en = changelogFor(entry, "en");
    expect(vi).toContain("### Bổ sung\n- Nguồn mới `s-new`: Báo Thử, “Một bài mới”.");
    expect(en).toContain("### Added\n- New source `s-new`: Báo Thử, “Một bài mới”.");
    const unit = d.units.find((u) => u.id === rec.unit)!.name;
    expect(vi).toContain(`### Thay đổi\n- Sửa \`${rec.id}\` (${unit}, \`recognitions.json\`): \`year\` từ ${rec.year + 1} thành ${rec.year}.`);
    expect(en).toContain(`### Changed\n- Corrected \`${rec.id}\` (${unit}, \`recognitions.json\`): \`year\` from ${rec.year + 1} to ${rec.year}.`);
    expect(en).not.toContain("Nguồn mới");
    expect(vi).not.toContain("New source");
  });

  it("names a new recognition by commune, tier and year", () => {
    const d = structuredClone(release);
    const model = d.recognitions[0];
    d.recognitions.push({ ...model, id: `${model.id}-bis`, precision: "no-later-than" });
    const p = proposeVersion({ release, current: d, changelog });
    const unit = d.units.find((u) => u.id === model.unit)!.name;
    const en = changelogFor(changelogEntry(p, release, d, DATE), "en");
    expect(en).toContain(`- New recognition record \`${model.id}-bis\`: ${unit}, New Rural no later than ${model.year}`);
  });

  it("goes above the newest entry; a hand-written entry for a version the tool raises is kept and renamed", () => {
    const p = proposeVersion({ release, current: corrected(), changelog });
    const out = withChangelogEntry(changelog, p, changelogEntry(p, release, corrected(), DATE));
    expect(out.indexOf(`## [${p.target}]`)).toBeGreaterThan(0);
    expect(out.indexOf(`## [${p.target}]`)).toBeLessThan(out.indexOf(`## [${release.version}]`));
    expect(out.startsWith(changelog.slice(0, changelog.indexOf("## [")))).toBe(true);
    expect(withChangelogEntry(out, p, "ignored")).toBe(out);

    const d = withNewSource();
    d.version = bumpVersion(release.version, "patch");
    const handWritten = `## [${d.version}] - ${DATE}\n\n- My own words.\n\n${changelog.slice(changelog.indexOf("## ["))}`;
    const q = proposeVersion({ release, current: d, changelog: handWritten });
    const renamed = withChangelogEntry(handWritten, q, "ignored");
    expect(renamed).toContain(`## [${q.target}] - ${DATE}\n\n- My own words.`);
    expect(renamed).not.toContain(`## [${d.version}]`);
  });

  it("sets only the version in datapackage.json", () => {
    const text = readFileSync(`${VALID}/datapackage.json`, "utf8");
    const out = withVersion(text, "9.8.7");
    expect(JSON.parse(out)).toEqual({ ...JSON.parse(text), version: "9.8.7" });
  });
});

describe("on a data folder with a frozen release", () => {
  it("proposes from the release, writes the bump and the entry, then has nothing left to do", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntm-version-"));
    try {
      cpSync(VALID, dir, { recursive: true });
      const frozen = join(dir, "releases", release.version);
      mkdirSync(frozen, { recursive: true });
      for (const f of ["units", "recognitions", "province-series", "indicators", "sources", "datapackage"]) cpSync(join(VALID, `${f}.json`), join(frozen, `${f}.json`));
      writeSums(frozen);
      expect(readProposal(dir, { geoIds: false }).proposal.state).toBe("unchanged");

      const sources = JSON.parse(readFileSync(join(dir, "sources.json"), "utf8"));
      sources.sources.push({ id: "s-new", title: "Một bài mới", publisher: "Báo Thử", url: null, published: null, language: "vi" });
      writeFileSync(join(dir, "sources.json"), JSON.stringify(sources, null, 2));
      const ctx = readProposal(dir, { geoIds: false });
      expect(ctx.proposal).toMatchObject({ state: "to-bump", level: "minor", release: release.version });
      expect(writeProposal(dir, ctx, DATE)).toBe(true);

      const target = ctx.proposal.target;
      expect(JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")).version).toBe(target);
      const cl = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
      expect(cl).toContain(`## [${target}] - ${DATE}`);
      expect(cl).toContain("- New source `s-new`");
      const after = readProposal(dir, { geoIds: false });
      expect(after.proposal).toMatchObject({ state: "bumped", changelogMissing: false });
      expect(writeProposal(dir, after, DATE)).toBe(false);

      // A changed descriptor alone (its version aside) calls for a patch.
      const dp = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
      writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ ...dp, version: release.version, title: "Another title" }));
      writeFileSync(join(dir, "sources.json"), readFileSync(join(VALID, "sources.json")));
      expect(readProposal(dir, { geoIds: false }).proposal).toMatchObject({ state: "to-bump", level: "patch", descriptorChanged: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
