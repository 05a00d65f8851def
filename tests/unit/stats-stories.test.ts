/**
 * Every figure of the real stories resolves, and each source it cites is numbered: the real data and the real MDX
 * (apart from tests/unit/stats.test.ts, which uses the small fixture, so that mutation testing of src/lib does not
 * load the whole data set for every mutant; see stryker.lib.config.json).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolveStat, statKeys, storyNotes } from "../../src/lib/stats";
import { loadDataset } from "../../src/data/load";

describe("story footnotes of the real stories", () => {
  it("covers every figure of the real stories", () => {
    const real = loadDataset("data");
    for (const lang of ["vi", "en"]) {
      const body = readFileSync(`src/content/story/${lang}.mdx`, "utf8");
      const order = storyNotes(real, body);
      for (const key of statKeys(body)) for (const id of resolveStat(real, key).sources) expect(order).toContain(id);
      expect(order.every((id) => real.sources.some((s) => s.id === id))).toBe(true);
    }
  });
});
