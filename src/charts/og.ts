/** Social cards (1200×630): the page title over a thumbnail of its map, drawn at build by the frame. */
import type { Lang } from "../i18n/ui";
import { cardPlace, cardSvg as frameCard, type CardPlace } from "./frame";
import { IMAGE_FONT, toPng, transparentPng } from "./png";
import { pathBox, type Box } from "./choropleth";
import { chartContext } from "./context";
import { mapSpec } from "./specs";

const SIZE = { width: 640, height: 520 };

export interface CardOptions {
  /** The map of one district (default: the province). */
  district?: string;
  /** A commune outlined on it. */
  highlight?: string;
  /** A line under the title (commune cards: district and status). */
  subtitle?: string;
}

/** The card as one SVG, its map drawn as vectors (what the PNG shows: cardPng draws the same picture faster). */
export async function cardSvg(lang: Lang, title: string, opts: CardOptions = {}): Promise<string> {
  const chart = await mapSpec(lang, { district: opts.district, highlight: opts.highlight, id: "og", size: SIZE });
  return frameCard({ lang, title, subtitle: opts.subtitle, chart }, IMAGE_FONT);
}

/** The map's box on the card in whole pixels: [x0, y0, x1, y1]. */
const pixelBox = (place: CardPlace): Box => [
  Math.floor(place.x),
  Math.floor(place.y),
  Math.ceil(place.x + SIZE.width * place.k),
  Math.ceil(place.y + SIZE.height * place.k),
];

const bases = new Map<string, Promise<string>>();
/**
 * The map without a highlight, rendered once per district (the cards of its ≈ 30 communes and both languages
 * share it) on the card's own pixel grid with a transparent ground, as a data: URL. Drawing the map's ≈ 100
 * outlines and the coast is most of a card's render; placing this image is not.
 */
function baseImage(svg: string, place: CardPlace): Promise<string> {
  let hit = bases.get(svg);
  if (!hit) {
    const [x0, y0, x1, y1] = pixelBox(place);
    const w = x1 - x0;
    const h = y1 - y0;
    const layer =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
      `<g transform="translate(${+(place.x - x0).toFixed(2)},${+(place.y - y0).toFixed(2)}) scale(${place.k})">${svg}</g></svg>`;
    hit = transparentPng(layer).then((png) => `data:image/png;base64,${Buffer.from(png).toString("base64")}`);
    bases.set(svg, hit);
  }
  return hit;
}

/**
 * The card's PNG. Its map is the district's once-rendered image (baseImage); a highlighted commune is drawn
 * over it as vectors inside a whole-pixel rectangle around the commune, where the image is left out, with
 * everything of the map that reaches into that rectangle (neighbours, district lines, coast) in the map's
 * own order. Every pixel is therefore drawn once, as in the all-vector card (cardSvg): the same picture.
 */
export async function cardPng(lang: Lang, title: string, opts: CardOptions = {}): Promise<Uint8Array> {
  const base = await mapSpec(lang, { district: opts.district, id: "og", size: SIZE });
  const place = cardPlace(base.body);
  const href = await baseImage(base.body.svg, place);
  const [x0, y0, x1, y1] = pixelBox(place);
  const image = `<image x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" image-rendering="optimizeSpeed" href="${href}"/>`;
  const transform = `translate(${place.x},${place.y}) scale(${place.k})`;
  let overlay = "";
  const shapes = opts.highlight ? chartContext().shapes.filter((s) => s.unit === opts.highlight) : [];
  if (shapes.length) {
    // The commune's box, widened by its outline's half width and a pixel of antialiasing, in whole card pixels.
    const boxes = shapes.map((s) => pathBox(base.geometry.shape(s.codes)));
    const b = [0, 1, 2, 3].map((i) => (i < 2 ? Math.min : Math.max)(...boxes.map((x) => x[i])));
    const m = 1.25 * place.k + 2;
    const r: Box = [
      Math.max(x0, Math.floor(place.x + b[0] * place.k - m)),
      Math.max(y0, Math.floor(place.y + b[1] * place.k - m)),
      Math.min(x1, Math.ceil(place.x + b[2] * place.k + m)),
      Math.min(y1, Math.ceil(place.y + b[3] * place.k + m)),
    ];
    // The same rectangle in the map's coordinates, for choosing what to draw in it.
    const win: Box = [(r[0] - place.x) / place.k, (r[1] - place.y) / place.k, (r[2] - place.x) / place.k, (r[3] - place.y) / place.k];
    const part = await mapSpec(lang, { district: opts.district, highlight: opts.highlight, id: "og", size: SIZE, window: win });
    const rect = `M${r[0]},${r[1]}H${r[2]}V${r[3]}H${r[0]}Z`;
    overlay =
      `<clipPath id="og-out"><path clip-rule="evenodd" d="M${x0},${y0}H${x1}V${y1}H${x0}Z${rect}"/></clipPath>` +
      `<clipPath id="og-in"><path d="${rect}"/></clipPath>` +
      `<g clip-path="url(#og-out)">${image}</g>` +
      `<g clip-path="url(#og-in)"><g transform="${transform}">${part.body.svg}</g></g>`;
  }
  const svg = frameCard({ lang, title, subtitle: opts.subtitle, chart: base, picture: () => overlay || image }, IMAGE_FONT);
  return toPng(svg);
}
