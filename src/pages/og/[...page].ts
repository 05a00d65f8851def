import type { APIRoute } from "astro";
import { chartContext } from "../../charts/context";
import { cardPng } from "../../charts/og";
import { renderQueue } from "../../charts/render-queue";
import { t, type Lang } from "../../i18n/ui";
import { successorAt, typeAt } from "../../lib/lineage";
import { statusLabel, typeLabel } from "../../i18n/status";
import { cw, withType } from "../../i18n/charts";

interface Card {
  lang: Lang;
  title: string;
  district?: string;
  highlight?: string;
  subtitle?: string;
}

/**
 * /og/<lang>/<page>.png, one social card per page: the home pages, the prose pages,
 * every district and every commune (its district map with the commune outlined).
 */
export function getStaticPaths() {
  return cardPaths();
}

let memo: { params: { page: string }; props: Card }[] | undefined;
function cardPaths() {
  memo ??= allCards();
  return memo;
}

const card = renderQueue(
  () => cardPaths().map((c) => c.params.page),
  async (page) => {
    const c = cardPaths().find((x) => x.params.page === page)!.props;
    return cardPng(c.lang, c.title, { district: c.district, highlight: c.highlight, subtitle: c.subtitle });
  },
);

function allCards() {
  const { communes, districts, index, model, years } = chartContext();
  /** A commune's card says where it is and where it stands: its district, and its status in the last year it existed. */
  const standing = (lang: Lang, id: string, district?: string) => {
    const year = [...years].reverse().find((y) => model.statusAt(id, y).status !== "no-data");
    const du = district ? index.get(district) : undefined;
    const type = du ? typeLabel[lang][typeAt(du, 2020)] : "";
    const place = du ? withType[lang](type, du.name) : undefined;
    const status = year ? `${year}: ${statusLabel[lang][model.statusAt(id, year).status]}` : undefined;
    return [place, status].filter(Boolean).join(" · ") || undefined;
  };
  const out: { params: { page: string }; props: Card }[] = [];
  for (const lang of ["vi", "en"] as Lang[]) {
    out.push({ params: { page: `${lang}/home.png` }, props: { lang, title: t(lang, "site.title") } });
    for (const [key, title] of [
      ["methodology", t(lang, "nav.methodology")],
      ["sources", t(lang, "nav.sources")],
      ["data", t(lang, "nav.data")],
      ["communes", t(lang, "nav.communes")],
      ["districts", cw(lang, "card.districts")],
    ])
      out.push({ params: { page: `${lang}/${key}.png` }, props: { lang, title } });
    for (const d of districts) out.push({ params: { page: `${lang}/huyen/${d.id}.png` }, props: { lang, title: d.name, district: d.id } });
    for (const c of communes) {
      const d = c.parent ? successorAt(index, c.parent, 2020)?.id : undefined;
      out.push({ params: { page: `${lang}/xa/${c.id}.png` }, props: { lang, title: c.name, district: d, highlight: c.id, subtitle: standing(lang, c.id, d) } });
    }
  }
  return out;
}

export const GET: APIRoute = async ({ params }) => {
  const png = await card(String(params.page));
  return new Response(Buffer.from(png), { headers: { "content-type": "image/png" } });
};
