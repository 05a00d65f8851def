/** Sources: none listed that no record cites. Runs after every other group has recorded its citations. */
import { F, type RuleContext } from "./context";

export function unusedSources(c: RuleContext): void {
  c.p.sources.sources.forEach((s, i) => {
    if (!c.cited.has(s.id)) {
      c.errors.push({ file: F.sources, index: i, id: s.id, message: "is not cited by any record.", hint: "Remove it, or cite it where it is used." });
    }
  });
}
