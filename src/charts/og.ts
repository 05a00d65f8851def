/** Social cards (1200×630): the page title over a thumbnail of its map, drawn at build by the frame. */
import type { Lang } from "../i18n/ui";
import { cardSvg as frameCard } from "./frame";
import { IMAGE_FONT } from "./png";
import { mapSpec } from "./specs";

/**
 * `district`: the map of one district (default: the province); `highlight`: a commune outlined on it;
 * `subtitle`: a line under the title (commune cards: district and status).
 */
export async function cardSvg(lang: Lang, title: string, opts: { district?: string; highlight?: string; subtitle?: string } = {}): Promise<string> {
  const chart = await mapSpec(lang, { district: opts.district, highlight: opts.highlight, id: "og", size: { width: 640, height: 520 } });
  return frameCard({ lang, title, subtitle: opts.subtitle, chart }, IMAGE_FONT);
}
