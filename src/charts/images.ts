/**
 * Charts as standalone images: each chart's spec (src/charts/specs.ts) laid out by the frame
 * (src/charts/frame.ts) as an SVG; src/charts/png.ts renders it to PNG at 1× and 2×.
 */
import type { Lang } from "../i18n/ui";
import { chartContext } from "./context";
import { imageSvg } from "./frame";
import { IMAGE_FONT } from "./png";
import { districtsSpec, mapSpec, timelineSpec } from "./specs";

/** The commune map of a year, of the province or (district: a unit id) of one district. */
export async function mapImageSvg(lang: Lang, year: number, district?: string): Promise<string> {
  return imageSvg(await mapSpec(lang, { year, district }), IMAGE_FONT);
}

export function timelineImageSvg(lang: Lang): string {
  return imageSvg(timelineSpec(lang), IMAGE_FONT);
}

export function districtsImageSvg(lang: Lang): string {
  return imageSvg(districtsSpec(lang), IMAGE_FONT);
}

/** The years that get a map image. */
export const imageYears = (): readonly number[] => chartContext().years;
