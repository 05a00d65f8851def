import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/types";
import { diffDatasets, formatDiff } from "../../src/data/diff";
import { loadDataset } from "../../src/data/load";

// Loaded in the first test's beforeEach, not at import: loading runs the checker (and so src/lib), and StrykerJS
// counts code run outside a test as "static", rerunning the whole suite for each of its mutants.
let before: Dataset;
beforeEach(() => {
  before ??= loadDataset("tests/fixtures/data/valid", { geoIds: false });
});

describe("data diff", () => {
  it("finds added, removed and changed records field by field, and the effect on totals", () => {
    const after = structuredClone(before);
    after.version = "1.1.0";
    after.recognitions = after.recognitions.filter((r) => r.id !== "xa-hai-ntm-2016");
    after.recognitions[0] = { ...after.recognitions[0], year: 2014, decision: "9/QĐ-UBND" };
    after.sources.push({ id: "s3", title: "Ba", publisher: "Báo Ba", url: null, published: null, language: "vi" });
    const d = diffDatasets(before, after);
    const recs = d.files.find((f) => f.file === "recognitions.json")!;
    expect(recs.removed).toEqual(["xa-hai-ntm-2016"]);
    expect(recs.changed).toEqual([
      {
        id: "xa-mot-ntm-2015",
        fields: [
          { field: "decision", before: undefined, after: "9/QĐ-UBND" },
          { field: "year", before: 2015, after: 2014 },
        ],
      },
    ]);
    expect(d.files.find((f) => f.file === "sources.json")!.added).toEqual(["s3"]);
    // xa-mot now counts as NTM from 2014; xa-hai loses its own bound (the district's 2017 bound remains).
    expect(d.totals).toContainEqual({ year: 2014, field: "ntm", before: 0, after: 1 });
    const text = formatDiff(d);
    expect(text).toContain("~ xa-mot-ntm-2015 › year: 2015 → 2014");
    expect(formatDiff(d, true)).toContain("| xa-mot-ntm-2015 | year | 2015 | 2014 |");
  });

  it("says so when nothing changed, and points to the version proposal when data changed without a version bump", () => {
    expect(formatDiff(diffDatasets(before, before))).toContain("No record changed.");
    const after = structuredClone(before);
    after.recognitions[0] = { ...after.recognitions[0], year: 2014 };
    expect(formatDiff(diffDatasets(before, after))).toContain("npm run data:version proposes the bump");
  });

  it("treats a missing earlier version as everything added", () => {
    const d = diffDatasets(undefined, before);
    expect(d.files.find((f) => f.file === "units.json")!.added).toHaveLength(5);
  });
});
