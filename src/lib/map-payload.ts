/**
 * The map's client payload: the JSON the page embeds beside each map (Choropleth.astro writes it) and the
 * client island reads (src/scripts/map.ts). One type, imported by both, with the status codec it relies on.
 */
export { STATUSES, decodeStatus, encodeStatus, statusClass, type Status } from "./status-codes.mjs";

/**
 * One commune: name, district, status codes per year, evidence line; on interactive maps also aliases and eras
 * (null otherwise); last, the window in words for the years the commune is undetermined (one string, used for
 * every such year).
 */
export type UnitRow = [
  name: string,
  district: string,
  codes: string,
  evidence: string,
  aliases: string | null,
  eras: [year: number, name: string, district: string][] | null,
  window: string,
];

export interface MapPayload {
  years: readonly number[];
  year: number;
  /** Whether the map reads and writes ?year= in the address. */
  url: boolean;
  /** shape key → status codes per year ("-" = not drawn). */
  shapes: Record<string, string>;
  /** unit id → UnitRow (see the type). */
  units: Record<string, UnitRow>;
  /** Sentence with the totals, per year. */
  totals: string[];
  /** Reported vs placed, per year: lines joined by "\n". */
  reconcile: string[];
  /** Communes placed at NTM or above, per year (the caption's count; shapes in an achievement colour). */
  located: number[];
  /** Status labels in the page's language. */
  labels: Record<string, string>;
  /** Commune pages: href = base + id + "/". */
  href: string;
  /** The SVG's accessible description is this + the year + the year's totals sentence. */
  desc: string;
}
