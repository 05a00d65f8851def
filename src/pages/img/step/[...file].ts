import type { APIRoute } from "astro";
import { stepImagePath, stepMapSvg, storySteps, type StoryStep } from "../../../charts/step-maps";
import type { Lang } from "../../../i18n/ui";

/** /img/step/<lang>/<ids>[-zoom]/map-<year>.svg: each story step's map for readers without JavaScript (see src/charts/step-maps.ts). */
export function getStaticPaths() {
  return (["vi", "en"] as Lang[]).flatMap((lang) =>
    storySteps(lang).map((step) => ({ params: { file: stepImagePath(lang, step).replace(/^step\//, "") }, props: { lang, step } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, step } = props as { lang: Lang; step: StoryStep };
  return new Response(await stepMapSvg(lang, step), { headers: { "content-type": "image/svg+xml" } });
};
