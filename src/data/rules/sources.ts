/**
 * Sources: a source no record cites is a warning, not an error. The form-based editor saves a new
 * source as its own entry, before the record that cites it (each save is its own commit on the
 * change's branch), so an uncited source is the normal state between two saves; refusing it would
 * block the editor halfway. The warning stays in data:check's output and in the pull-request comment,
 * so a source left uncited by mistake is still seen before merging. Runs after every other group has
 * recorded its citations.
 */
import { F, type RuleContext } from "./context";

export function unusedSources(c: RuleContext): void {
  c.p.sources.sources.forEach((s, i) => {
    if (!c.cited.has(s.id)) {
      c.warnings.push({
        file: F.sources,
        index: i,
        id: s.id,
        message: "is not cited by any record yet.",
        hint: "Cite it from the record it supports (in the editor: save that record next); if no record needs it, remove it.",
      });
    }
  });
}
