/**
 * District maps per year: an SVG for every district and year (/img/map-<district>-<year>.svg), so a
 * district map's SVG link follows the year on screen as the province map's do. SVG only, by measure:
 * the 13 × 16 SVGs of one language take ≈ 1.3 s of build (≈ 6 ms each once a district's geometry is
 * projected; ≈ 23 KB each), while a PNG at 1× and 2× costs ≈ 1.9 s each cold — ≈ 13 minutes of
 * rendering for both languages, against a 30 s build. The district PNG built is the latest year's
 * (/img/map-<district>.png); the press kit draws another year's PNG in the reader's browser from its SVG
 * (src/scripts/svg-png.ts), and says which year has a PNG if the browser cannot.
 */
const PER_YEAR = /^map-([a-z0-9-]+)-(\d{4})$/;

/** Image names (without extension) of every district map per year. */
export function districtYearImages(districts: readonly string[], years: readonly number[]): string[] {
  return districts.flatMap((d) => years.map((y) => `map-${d}-${y}`));
}

/** The district and year of a per-year district image name, or undefined for any other name. */
export function parseDistrictYear(name: string): { district: string; year: number } | undefined {
  const m = PER_YEAR.exec(name);
  return m ? { district: m[1], year: Number(m[2]) } : undefined;
}
