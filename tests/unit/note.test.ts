import { describe, expect, it } from "vitest";
import { csvParse } from "d3";
import { existsSync, readFileSync } from "node:fs";
import { noteText } from "../../src/i18n/note";
import { toCsv } from "../../src/data/publish";
import { checkDataset, DATA_FILES, formatProblem } from "../../src/data/check";
import { loadDataset, readSchemas, readTexts } from "../../src/data/load";

describe("bilingual notes", () => {
  it("shows each language its own text, and a plain (English) string on English pages only", () => {
    const note = { vi: "Quyết định chưa tìm thấy.", en: "Decision not found yet." };
    expect(noteText(note, "vi")).toBe(note.vi);
    expect(noteText(note, "en")).toBe(note.en);
    expect(noteText("An English-only note.", "en")).toBe("An English-only note.");
    expect(noteText("An English-only note.", "vi")).toBeUndefined();
    expect(noteText(undefined, "vi")).toBeUndefined();
    expect(noteText({ vi: " ", en: "x" }, "vi")).toBeUndefined();
  });

  it("publishes notes as one CSV column per language", () => {
    const d = loadDataset("tests/fixtures/data/valid", { geoIds: false });
    const [first, ...rest] = d.recognitions;
    const note = { vi: "Ghi chú.", en: "A note." };
    const rows = csvParse(toCsv("recognitions", { ...d, recognitions: [{ ...first, note }, ...rest.map((r) => ({ ...r, note: "Plain." }))] }));
    expect(rows.columns).toContain("note_vi");
    expect(rows.columns).toContain("note_en");
    expect(rows.columns).not.toContain("note");
    expect(rows[0]).toMatchObject({ note_vi: note.vi, note_en: note.en });
    if (rows[1]) expect(rows[1]).toMatchObject({ note_vi: "", note_en: "Plain." });
  });

  it("rejects a note that has only one language, naming file, record and field", () => {
    const texts = readTexts("tests/fixtures/data/valid");
    for (const f of DATA_FILES) {
      const p = `tests/fixtures/data/half-note/${f}.json`;
      if (existsSync(p)) texts[f] = readFileSync(p, "utf8");
    }
    const r = checkDataset(texts, readSchemas(), { geoIds: new Set(["00001", "00002", "00003"]) });
    const msgs = r.errors.map(formatProblem);
    expect(msgs).toContain(
      `data/recognitions.json › record #0 (id "xa-mot-ntm-2015") › field "note.en": is missing; it is required. See the file's JSON Schema in data/schema/.`,
    );
    expect(r.parsed).toBeUndefined();
  });
});
