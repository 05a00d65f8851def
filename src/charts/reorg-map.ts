/**
 * The map of 1 July 2025 on the 2019 shapes, as a server-rendered SVG string: each 2019 commune filled with the
 * colour of the unit of 2025 it went into (a split commune striped in its units' colours), lines where the units
 * of 2025 meet, and each new unit's name at the centre of its parts. Reuses the boundary loader and projection
 * of src/geo; the domain (destinations, colouring) comes from src/lib.
 */
import { geoCentroid, geoArea } from "d3-geo";
import { merge, mesh, neighbors } from "topojson-client";
import type { MultiPolygon, Polygon } from "geojson";
import type { Unit, UnitId } from "../data/types";
import type { Lang } from "../i18n/ui";
import { loadTopology } from "../geo/topology";
import { makeProjector } from "../geo/project";
import { communePath, provinceOutline } from "../geo/paths";
import { adjacency2025, colourGraph, type ReorgShape } from "../lib/reorg";
import { fillFor, LINES, PAGE, patternDefs, REORG_COLOURS, REORG_EDGE, REORG_INK, splitPattern, UI } from "./palette";

export const REORG_WIDTH = 960;
export const REORG_HEIGHT = 705;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface ReorgMapInput {
  id: string;
  lang: Lang;
  title: string;
  description: string;
  shapes: readonly ReorgShape[];
  /** Units of 2025 by id. */
  units: ReadonlyMap<UnitId, Unit>;
  /** Short label of a unit of 2025 (its name), and the hover text of a 2019 shape. */
  label: (u: Unit) => string;
  hover: (s: ReorgShape) => string;
}

export interface ReorgMap {
  svg: string;
  /** Colour of each unit of 2025, for the table's swatches. */
  colours: Map<UnitId, string>;
}

export async function reorgMapSvg(input: ReorgMapInput): Promise<ReorgMap> {
  const topo = await loadTopology();
  const p = makeProjector(topo, { width: REORG_WIDTH, height: REORG_HEIGHT, padding: 8 });
  const geoms = topo.objects.communes.geometries;
  const codeOf = (g: (typeof geoms)[number]) => (g.properties as { gso_code: string }).gso_code;
  const shapeByCode = new Map(input.shapes.map((s) => [s.code, s]));

  // Colours: neighbouring units of 2025 differ.
  const touching: [string, string][] = [];
  neighbors(geoms as never).forEach((list, i) => list.forEach((j) => i < j && touching.push([codeOf(geoms[i]), codeOf(geoms[j])])));
  const ids = [...input.units.keys()];
  const colourIndex = colourGraph(ids, adjacency2025(input.shapes, touching), REORG_COLOURS.length);
  const colours = new Map(ids.map((id) => [id, REORG_COLOURS[colourIndex.get(id)!]]));

  const defs: string[] = [patternDefs(input.id)];
  const paths: string[] = [];
  for (const g of geoms) {
    const code = codeOf(g);
    const s = shapeByCode.get(code);
    if (!s) continue;
    const dest = s.destinations.map((d) => d.into);
    // Territory whose unit of 2025 is not recorded (its earlier merger's target is unknown): "no data".
    let fill = fillFor("no-data", input.id);
    if (dest.length === 1) fill = colours.get(dest[0])!;
    else if (dest.length > 1) {
      const pid = `${input.id}-split-${s.unit.id}`;
      defs.push(splitPattern(pid, dest.map((d) => colours.get(d) ?? PAGE.light.paper)));
      fill = `url(#${pid})`;
    }
    const cls = dest.length > 1 ? "c split" : dest.length === 0 ? "c unknown" : "c";
    paths.push(
      `<path class="${cls}" d="${communePath(p, code)}" fill="${fill}" data-unit="${s.unit.id}" data-to="${dest.join(" ")}"><title>${esc(input.hover(s))}</title></path>`,
    );
  }

  // Lines where units of 2025 meet: between 2019 communes whose destinations differ.
  const key = (g: unknown) => (shapeByCode.get(codeOf(g as (typeof geoms)[number]))?.destinations.map((d) => d.into).sort().join("+") ?? "");
  const edges = p.path(mesh(topo, topo.objects.communes as never, (a, b) => a !== b && key(a) !== key(b)));

  // Labels at the centre of each unit's parts (whole parts when it has any), on its largest piece.
  const placed: { id: string; text: string; x: number; y: number }[] = [];
  for (const [id, u] of input.units) {
    const whole = input.shapes.filter((s) => s.destinations.some((d) => d.into === id && !d.part));
    const parts = whole.length ? whole : input.shapes.filter((s) => s.destinations.some((d) => d.into === id));
    const gs = geoms.filter((g) => parts.some((s) => s.code === codeOf(g)));
    if (!gs.length) continue;
    const m = merge(topo, gs as never) as MultiPolygon;
    const polys: Polygon[] = m.coordinates.map((c) => ({ type: "Polygon", coordinates: c }));
    const biggest = polys.sort((a, b) => geoArea(b) - geoArea(a))[0];
    const [x, y] = p.point(geoCentroid(biggest as never) as [number, number]);
    placed.push({ id, text: input.label(u), x, y });
  }
  const labels = placeLabels(placed).map(
    (l) => `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" data-label="${l.id}">${esc(l.text)}</text>`,
  );

  const css =
    `#${input.id} .c{stroke:${LINES.commune};stroke-width:0.4}` +
    `#${input.id} .e{fill:none;stroke:${REORG_EDGE};stroke-width:1.1;stroke-linejoin:round}` +
    `#${input.id} .o{fill:none;stroke:${LINES.province};stroke-width:1}` +
    `#${input.id} text{font:600 9px system-ui,sans-serif;fill:${REORG_INK};text-anchor:middle;dominant-baseline:middle;paint-order:stroke;stroke:${UI.halo};stroke-width:2.5px;stroke-linejoin:round;pointer-events:none}` +
    `#${input.id} path.c:hover{stroke:${LINES.focus};stroke-width:2}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${p.viewBox}" role="img" aria-labelledby="${input.id}-t ${input.id}-d" lang="${input.lang}">` +
    `<title id="${input.id}-t">${esc(input.title)}</title><desc id="${input.id}-d">${esc(input.description)}</desc>` +
    `<style>${css}</style><defs>${defs.join("")}</defs>` +
    `<g>${paths.join("")}</g><path class="e" d="${edges}"/><path class="o" d="${provinceOutline(p)}"/>` +
    `<g aria-hidden="true">${labels.join("")}</g></svg>`;
  return { svg, colours };
}


/**
 * Moves labels apart where their boxes (about 5 px a character, 10 px high) overlap: each label, in order of
 * height on the map, tries its spot, then 11 px below or above, further out, until it fits (or gives up at 5 steps).
 */
export function placeLabels<T extends { text: string; x: number; y: number }>(labels: readonly T[]): T[] {
  const box = (l: { text: string; x: number; y: number }) => ({ x0: l.x - l.text.length * 2.6, x1: l.x + l.text.length * 2.6, y0: l.y - 5, y1: l.y + 5 });
  const hit = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const done: T[] = [];
  for (const l of [...labels].sort((a, b) => a.y - b.y || a.x - b.x)) {
    let best = l;
    for (const dy of [0, 11, -11, 22, -22, 33]) {
      const c = { ...l, y: l.y + dy };
      if (!done.some((d) => hit(box(d), box(c)))) {
        best = c;
        break;
      }
    }
    done.push(best);
  }
  return done;
}
