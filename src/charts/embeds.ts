/** Every embed page: map, timeline, districts, one map per district — live, and pinned to each frozen data release. */
import { chartContext } from "./context";
import { releaseVersions } from "../data/releases";

export interface EmbedProps {
  kind: "map" | "timeline" | "districts";
  district?: string;
  version?: string;
}

export function embedPaths(): { params: { chart: string }; props: EmbedProps }[] {
  const districts = chartContext().districts.map((d) => d.id);
  const charts: EmbedProps[] = [{ kind: "map" }, { kind: "timeline" }, { kind: "districts" }, ...districts.map((d) => ({ kind: "map" as const, district: d }))];
  const path = (c: EmbedProps) => (c.district ? `map/${c.district}` : c.kind);
  const out = charts.map((c) => ({ params: { chart: path(c) }, props: c }));
  for (const v of releaseVersions()) {
    for (const c of charts) out.push({ params: { chart: `v${v}/${path(c)}` }, props: { ...c, version: v } });
  }
  return out;
}
