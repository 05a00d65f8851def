import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { releaseVersions, verifySums, writeSums } from "../../src/data/releases";

describe("frozen data releases", () => {
  it("every release in data/releases/ matches its checksums", () => {
    const versions = releaseVersions();
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(verifySums(join("data/releases", v))).toEqual([]);
  });

  it("names the file when a frozen file was edited, and when the checksum file is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "release-"));
    cpSync("tests/fixtures/data/valid", dir, { recursive: true });
    writeSums(dir);
    expect(verifySums(dir)).toEqual([]);
    const path = join(dir, "recognitions.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('"year": 2015', '"year": 2014'));
    const problems = verifySums(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${path} has changed since it was frozen`);
    expect(verifySums(tmpdir() + "/no-such-release")[0]).toMatch(/SHA256SUMS is missing/);
  });
});
