// @ts-check
/**
 * The status ↔ digit codec, the one place that knows how a status is written in
 * the compact per-year strings the map pages embed ("0013333…", "-" = not drawn).
 * Plain JavaScript so that the build (TypeScript), the client island and the
 * Node scripts (scripts/bench.mjs) all import this same file.
 */

/** Every status, in code order: the digit of a status is its index here. */
export const STATUSES = /** @type {const} */ ([
  "none", // in the programme, known not to have reached NTM yet
  "ntm",
  "nang-cao",
  "kieu-mau",
  "undetermined", // in the programme; may or may not have reached NTM: the evidence window is open
  "not-in-programme", // ward or township
  "merged", // merged into a known unit (its territory is drawn as that unit)
  "no-data", // territory of a unit that merged into a unit we cannot name
]);

/** The digit of a status ("-" for none: the shape is not drawn that year). */
export function encodeStatus(/** @type {string | undefined} */ status) {
  if (status === undefined) return "-";
  const i = STATUSES.indexOf(/** @type {any} */ (status));
  if (i < 0) throw new Error(`encodeStatus: unknown status "${status}"`);
  return String(i);
}

/** The status at one position of a code string, or undefined when not drawn. */
export function decodeStatus(/** @type {string} */ codes, /** @type {number} */ index) {
  const c = codes[index];
  return c === "-" || c === undefined ? undefined : STATUSES[Number(c)];
}

/** The CSS class of a status on map paths, legend swatches and strip cells ("s-ntm"). */
export function statusClass(/** @type {string} */ status) {
  return `s-${status}`;
}
