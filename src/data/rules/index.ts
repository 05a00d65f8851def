/**
 * The rules a JSON Schema cannot express: references, uniqueness, chronology, lineage, totals. One file per
 * group; each group reads the shared context and adds to its problem lists. Rules about what the map shows
 * call the same src/lib functions the map uses, so the two cannot drift apart.
 */
import type { Parsed, Problem } from "../check";
import { rules2025 } from "./reorganisation-2025";
import { ruleContext } from "./context";
import { evidenceRules } from "./evidence";
import { uniqueIds } from "./ids";
import { provinceRules } from "./province";
import { recognitionRules } from "./recognitions";
import { unusedSources } from "./sources";
import { unitRules } from "./units";

export function ruleProblems(p: Parsed, geoIds?: Set<string>): { errors: Problem[]; warnings: Problem[] } {
  const c = ruleContext(p, geoIds);
  uniqueIds(c);
  unitRules(c);
  recognitionRules(c);
  provinceRules(c);
  c.errors.push(...rules2025(p));
  evidenceRules(p, c); // windows and counts, with the map's own model
  unusedSources(c); // last: it reads what the others cited
  return { errors: c.errors, warnings: c.warnings };
}
