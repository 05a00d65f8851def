/**
 * The small maps a story step shows without JavaScript: the step's year, and the places it brings forward
 * outlined while the rest of the province is dimmed, as the live sticky map does (src/scripts/map.ts,
 * "ntm:show"). One SVG per step and language under /img/step/ (src/pages/img/step/[...file].ts); Step.astro
 * links to it by the same name, so the list of steps is read once, from the story's MDX.
 */
import { langDir } from "../i18n/routes";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../i18n/ui";
import { stepDescription } from "../i18n/story";
import { stepUnits } from "../lib/story-steps";
import { totalsFor } from "../lib/totals";
import { chartContext } from "./context";
import { choroplethSvg, statusOf } from "./choropleth";
import { pathBox, zoomBox } from "./inset";
import { mapGeometry } from "./geometry";
import { LINES, statusCss } from "./palette";

export interface StoryStep {
  year: number;
  /** Unit ids as the editor wrote them (districts or communes). */
  ids: string[];
  /** Zoom onto those places (small ones: the islands). */
  zoom?: boolean;
}

/**
 * Where a step's map is, under /img/: a step that brings places forward has its own image,
 * `step/<lang>/<ids…>[-zoom]/map-<year>.svg`; a step that only sets the year uses the year's map image.
 */
export const stepImagePath = (lang: Lang, s: StoryStep): string =>
  s.ids.length ? `step/${lang}/${s.ids.join("-")}${s.zoom ? "-zoom" : ""}/map-${s.year}.svg` : `${langDir(lang)}map-${s.year}.svg`;

/**
 * The steps of a story text, in order, from its `<Step … year={…} highlight="…">` tags. A tag this cannot read
 * fails the build, so a step never silently loses its map.
 */
export function parseSteps(mdx: string): StoryStep[] {
  const tags = [...mdx.matchAll(/<Step\b[^>]*>/g)].map((m) => m[0]);
  return tags.map((tag) => {
    const y = /\byear=\{(\d{4})\}/.exec(tag);
    if (!y) throw new Error(`Story step without a year={YYYY}: ${tag}`);
    const h = /\bhighlight="([^"]*)"/.exec(tag);
    return { year: Number(y[1]), ids: (h?.[1] ?? "").split(/\s+/).filter(Boolean), zoom: /\szoom(?=[\s/>=])/.test(tag) };
  });
}

/** Every distinct step with places of the story in a language (read from src/content/story/<lang>.mdx). */
export function storySteps(lang: Lang): StoryStep[] {
  const file = join(process.cwd(), "src", "content", "story", `${lang}.mdx`);
  const seen = new Map<string, StoryStep>();
  for (const s of parseSteps(readFileSync(file, "utf8"))) if (s.ids.length) seen.set(stepImagePath(lang, s), s);
  return [...seen.values()];
}

/** The step's map as a standalone SVG (styles inside, so it renders the same as an <img>). */
export async function stepMapSvg(lang: Lang, step: StoryStep): Promise<string> {
  const ctx = chartContext();
  const geometry = await mapGeometry();
  const id = "step";
  const units = new Set(stepUnits(ctx.index, ctx.communes, step.ids));
  // Brought-forward places last, so their outline is not covered by their neighbours' edges.
  const shapes = [...ctx.shapes.filter((s) => !units.has(s.unit)), ...ctx.shapes.filter((s) => units.has(s.unit))];
  const names = step.ids.map((i) => ctx.index.get(i)?.name ?? i);
  const description = stepDescription(lang, totalsFor(ctx.model, ctx.communes, step.year), names);
  const dim = units.size
    ? `#${id}-svg path[data-key]{opacity:.35}` +
      [...units].map((u) => `#${id}-svg path[data-unit="${u}"]`).join(",") +
      `{opacity:1;stroke:${LINES.focus};stroke-width:1.8}`
    : "";
  const svg = choroplethSvg({
    id,
    years: ctx.years,
    year: step.year,
    shapes,
    geometry,
    label: { title: `${step.year}${names.length ? ` · ${names.join(", ")}` : ""}`, description },
    css: statusCss(`#${id}-svg`, id) + dim,
  });
  // Hidden shapes (units not drawn this year) are dropped: an image has no year to switch to.
  const out = svg.replace(/<path [^>]*display="none"\/>/g, "");
  if (!step.zoom || !units.size) return out;
  const box = zoomBox(
    pathBox(shapes.filter((s) => units.has(s.unit) && statusOf(s, ctx.years, step.year)).map((s) => geometry.shape(s.codes)).join("")),
    geometry.width,
    geometry.height,
  );
  return out.replace(/viewBox="[^"]*"/, `viewBox="${box.map((v) => v.toFixed(1)).join(" ")}"`);
}
