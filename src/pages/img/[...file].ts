import type { APIRoute } from "astro";
import { districtsImageSvg, imageYears, mapImageSvg, timelineImageSvg } from "../../charts/images";
import { toPng } from "../../charts/png";
import { renderQueue } from "../../charts/render-queue";
import { chartContext } from "../../charts/context";
import { LAST_YEAR } from "../../config";
import { districtYearImages, parseDistrictYear } from "../../charts/district-images";
import type { Lang } from "../../i18n/ui";
import { langDir } from "../../i18n/routes";

/**
 * /img/map-2018.svg|.png|@2x.png for every year, /img/map-<district>.* (latest year), /img/timeline.*,
 * /img/districts.* — and the same in English under /img/en/. District maps also have an SVG per
 * year, /img/map-<district>-<year>.svg (src/charts/district-images.ts: why SVG only).
 */
export function getStaticPaths() {
  const districts = chartContext().districts.map((d) => `map-${d.id}`);
  const names = [...imageYears().map((y) => `map-${y}`), ...districts, "timeline", "districts"];
  return (["vi", "en"] as Lang[]).flatMap((lang) => [
    ...names.flatMap((name) =>
      ["svg", "png", "@2x.png"].map((ext) => ({
        params: { file: `${langDir(lang)}${name}${ext.startsWith("@") ? ext : `.${ext}`}` },
        props: { lang, name, ext },
      })),
    ),
    ...districtYearImages(chartContext().districts.map((d) => d.id), imageYears()).map((name) => ({
      params: { file: `${langDir(lang)}${name}.svg` },
      props: { lang, name, ext: "svg" },
    })),
  ]);
}

const cache = new Map<string, Promise<string>>();
const svgOf = (lang: Lang, name: string) => {
  const key = `${lang}/${name}`;
  if (!cache.has(key)) {
    const perYear = parseDistrictYear(name);
    cache.set(
      key,
      perYear
        ? mapImageSvg(lang, perYear.year, perYear.district)
        : /^map-\d{4}$/.test(name)
        ? mapImageSvg(lang, Number(name.slice(4)))
        : name.startsWith("map-")
          ? mapImageSvg(lang, LAST_YEAR, name.slice(4))
          : Promise.resolve(name === "timeline" ? timelineImageSvg(lang) : districtsImageSvg(lang)),
    );
  }
  return cache.get(key)!;
};

const png = renderQueue(
  () => getStaticPaths().filter((p) => p.props.ext !== "svg").map((p) => p.params.file),
  async (file) => {
    const { lang, name, ext } = getStaticPaths().find((p) => p.params.file === file)!.props;
    return toPng(await svgOf(lang, name), ext === "png" ? 1 : 2);
  },
);

export const GET: APIRoute = async ({ props, params }) => {
  const { lang, name, ext } = props as { lang: Lang; name: string; ext: string };
  if (ext === "svg") return new Response(await svgOf(lang, name), { headers: { "content-type": "image/svg+xml" } });
  return new Response(Buffer.from(await png(String(params.file))), { headers: { "content-type": "image/png" } });
};
