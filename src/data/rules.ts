/** The rules a JSON Schema cannot express: references, uniqueness, chronology, totals. */
import type { Parsed, Problem } from "./check";
import type { Level, Recognition } from "./types";
import { evidenceRules } from "./rules-evidence";

const F = {
  units: "data/units.json",
  recognitions: "data/recognitions.json",
  points: "data/province-series.json",
  indicators: "data/indicators.json",
  sources: "data/sources.json",
};
const LEVEL_WORD: Record<Level, string> = { ntm: "NTM", "nang-cao": "nâng cao", "kieu-mau": "kiểu mẫu" };
const year = (d: string) => Number(d.slice(0, 4));
const TYPE_WORD: Record<string, string> = { phuong: "ward (phường)", "thi-tran": "township (thị trấn)", xa: "commune (xã)" };

export function ruleProblems(p: Parsed, geoIds?: Set<string>): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const units = p.units.units;
  const recs = p.recognitions.recognitions;
  const points = p["province-series"].points;
  const sources = p.sources.sources;
  const unitById = new Map<string, (typeof units)[number]>();
  for (const u of units) if (!unitById.has(u.id)) unitById.set(u.id, u); // the first of duplicates wins; the duplicate is reported
  const sourceIds = new Set(sources.map((s) => s.id));
  const cited = new Set<string>();

  const dupes = (file: string, ids: string[], what: string) => {
    const seen = new Map<string, number>();
    ids.forEach((id, index) => {
      if (seen.has(id)) {
        errors.push({ file, index, id, field: "id", message: `repeats the id of record #${seen.get(id)}.`, hint: `Every ${what} needs its own id.` });
      } else seen.set(id, index);
    });
  };
  dupes(F.units, units.map((u) => u.id), "unit");
  dupes(F.recognitions, recs.map((r) => r.id), "recognition");
  dupes(F.points, points.map((x) => x.id), "point");
  dupes(F.indicators, p.indicators.indicators.map((x) => x.id), "indicator");
  dupes(F.sources, sources.map((s) => s.id), "source");

  const cite = (file: string, index: number, id: string, field: string, ids: string[]) => {
    for (const s of ids) {
      cited.add(s);
      if (!sourceIds.has(s)) {
        errors.push({ file, index, id, field, message: `cites source "${s}", which is not in data/sources.json.`, hint: "Add the source there, or fix the id." });
      }
    }
  };
  const unitRef = (file: string, index: number, id: string, field: string, ref: string | null | undefined, what: string) => {
    if (ref && !unitById.has(ref)) {
      errors.push({ file, index, id, field, message: `names ${what} "${ref}", which is not a unit in data/units.json.`, hint: "Use the id of an existing unit." });
    }
  };

  // Units: parents, lineage targets, sources, boundary codes.
  const geoSeen = new Map<string, number>();
  units.forEach((u, i) => {
    unitRef(F.units, i, u.id, "parent", u.parent, "parent");
    cite(F.units, i, u.id, "sources", u.sources);
    (u.lineage ?? []).forEach((e, k) => {
      unitRef(F.units, i, u.id, `lineage[${k}].into`, e.into, "the absorbing unit");
      cite(F.units, i, u.id, `lineage[${k}].sources`, e.sources);
    });
    if (u.geo_id) {
      if (geoSeen.has(u.geo_id)) {
        errors.push({ file: F.units, index: i, id: u.id, field: "geo_id", message: `joins boundary feature ${u.geo_id}, already joined by record #${geoSeen.get(u.geo_id)}.`, hint: "Each boundary feature belongs to one unit." });
      } else geoSeen.set(u.geo_id, i);
      if (geoIds && !geoIds.has(u.geo_id)) {
        errors.push({ file: F.units, index: i, id: u.id, field: "geo_id", message: `is ${u.geo_id}, but the boundary file has no feature with that gso_code.`, hint: "Check the code against the GSO list." });
      }
    }
  });
  if (geoIds) {
    for (const code of [...geoIds].sort()) {
      if (!geoSeen.has(code)) {
        errors.push({ file: F.units, message: `no unit joins boundary feature ${code}.`, hint: "Add the unit, with geo_id set to that code." });
      }
    }
  }

  // Recognitions: units, sources, chronology, nothing after a unit ended.
  const formal = new Map<string, { r: Recognition; i: number }[]>();
  recs.forEach((r, i) => {
    unitRef(F.recognitions, i, r.id, "unit", r.unit, "unit");
    cite(F.recognitions, i, r.id, "sources", r.sources);
    const u = unitById.get(r.unit);
    if (!u || r.wording !== "recognised") return;
    formal.set(r.unit, [...(formal.get(r.unit) ?? []), { r, i }]);
    for (const e of u.lineage ?? []) {
      const ended = e.event === "merged-into" || e.event === "split";
      const ward = e.event === "became-ward" || (e.event === "renamed" && e.new_type === "phuong");
      if ((ended || ward) && year(e.date) < r.year) {
        errors.push({
          file: F.recognitions,
          index: i,
          id: r.id,
          field: "year",
          message: `recognises ${u.name} in ${r.year}, but it ${ended ? "merged away" : "became a ward"} on ${e.date}.`,
          hint: "A unit cannot be recognised after it left the rural programme; check the year or the unit.",
        });
      }
    }
    if (u.geo_id && u.type !== "xa" && !(u.lineage ?? []).some((e) => e.new_type === "xa")) {
      errors.push({ file: F.recognitions, index: i, id: r.id, field: "unit", message: `recognises ${u.name}, a ${TYPE_WORD[u.type] ?? u.type}, which was never in the rural programme.`, hint: "Only communes (xã) are recognised." });
    }
  });
  const order: Level[] = ["ntm", "nang-cao", "kieu-mau"];
  for (const list of formal.values()) {
    for (let k = 1; k < order.length; k++) {
      const lower = list.filter((x) => x.r.level === order[k - 1] && x.r.precision !== "no-later-than");
      for (const hi of list.filter((x) => x.r.level === order[k])) {
        const lo = lower.find((x) => x.r.year > hi.r.year);
        if (lo) {
          errors.push({
            file: F.recognitions,
            index: hi.i,
            id: hi.r.id,
            field: "year",
            message: `puts ${LEVEL_WORD[order[k]]} in ${hi.r.year}, before ${LEVEL_WORD[order[k - 1]]} in ${lo.r.year} (record #${lo.i}, id "${lo.r.id}").`,
            hint: "A higher tier cannot come before the tier below it; check both years.",
          });
        }
      }
    }
  }

  // Province points and indicators: sources; totals against commune records (warnings).
  points.forEach((x, i) => {
    cite(F.points, i, x.id, "sources", x.sources);
    if (x.shown === false && !x.why) {
      errors.push({ file: F.points, index: i, id: x.id, field: "why", message: "is missing: a point not shown must say why.", hint: "Explain which claim the site shows instead." });
    }
  });
  const shownTwice = new Map<string, number>();
  points.forEach((x, i) => {
    if (x.shown !== true) return;
    const key = `${x.year}|${x.wording}`;
    if (shownTwice.has(key)) {
      errors.push({ file: F.points, index: i, id: x.id, field: "shown", message: `is true, as for record #${shownTwice.get(key)} of the same year: only one claim per year can be shown.`, hint: "Set shown to false on the other, with a why." });
    } else shownTwice.set(key, i);
  });
  p.indicators.indicators.forEach((ind, i) => {
    ind.points.forEach((pt, k) => cite(F.indicators, i, ind.id, `points[${k}].sources`, pt.sources));
  });

  evidenceRules(p, { errors, warnings, cited, sourceIds }); // windows and counts, with the map's own model

  // Sources: none unused.
  sources.forEach((s, i) => {
    if (!cited.has(s.id)) {
      errors.push({ file: F.sources, index: i, id: s.id, message: "is not cited by any record.", hint: "Remove it, or cite it where it is used." });
    }
  });
  return { errors, warnings };
}
