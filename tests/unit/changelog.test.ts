import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { changelogFor } from "../../src/i18n/changelog";

const fixture = readFileSync("tests/fixtures/changelog/two-languages.md", "utf8");

describe("changelog in the reader's language", () => {
  it("keeps each version heading and only the part in the page's language", () => {
    const vi = changelogFor(fixture, "vi");
    const en = changelogFor(fixture, "en");
    for (const out of [vi, en]) {
      expect(out).toContain("## [2.0.0] - 2026-12-01");
      expect(out).toContain("## [1.0.0] - 2026-11-25");
      expect(out).not.toContain("Notes for editors");
      expect(out).not.toMatch(/^### (Tiếng Việt|English)$/m);
    }
    expect(vi).toContain("### Bổ sung\n- Một bản ghi mới.");
    expect(vi).not.toContain("A new record.");
    expect(en).toContain("### Added\n- A new record.");
    expect(en).not.toContain("Một bản ghi mới.");
  });

  it("shows a version without language parts as it is, in both languages", () => {
    expect(changelogFor(fixture, "vi")).toContain("### Added\n- An entry written before the file had two languages.");
  });

  it("gives every version of data/CHANGELOG.md a part in each language", () => {
    const md = readFileSync("data/CHANGELOG.md", "utf8");
    const versions = md.match(/^## \[[^\]]+\]/gm) ?? [];
    expect(versions.length).toBeGreaterThan(0);
    for (const lang of ["vi", "en"] as const) {
      const out = changelogFor(md, lang);
      // Each version is followed by content of its own before the next version.
      const sections = out.split(/^## /m).slice(1);
      expect(sections).toHaveLength(versions.length);
      for (const s of sections) expect(s.split("\n").slice(1).join("").trim().length).toBeGreaterThan(0);
    }
    expect(md.match(/^### Tiếng Việt$/gm)?.length).toBe(versions.length);
    expect(md.match(/^### English$/gm)?.length).toBe(versions.length);
  });
});
