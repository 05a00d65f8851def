/**
 * From GADM's Vietnam level-3 file to the two files the map reads — exactly the
 * steps of ../shared/geo/PROVENANCE.md: keep Quảng Ninh, restore the spaces GADM
 * strips from names, drop the "(Thịtrấn)/(Xã)" suffixes of the two Đầm Hà units,
 * remove slivers between neighbours (mapshaper -clean), attach the official
 * commune code from the project's crosswalk, and dissolve the 13 districts of
 * 2020–2025 (Hoành Bồ into Hạ Long).
 */
import mapshaper from "mapshaper";
import type { Feature, FeatureCollection } from "geojson";
import { GADM_PROVINCE } from "./config";

/** "BìnhLiêu" → "Bình Liêu": a space before an upper-case letter that follows a lower-case one. */
export function respace(s: string): string {
  const t = s.replace(/\(/g, " (");
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    const prev = t[i - 1];
    if (i > 0 && ch !== ch.toLowerCase() && ch === ch.toUpperCase() && prev !== prev.toUpperCase() && prev === prev.toLowerCase()) out += " ";
    out += ch;
  }
  return out.replace(/\s+/g, " ").trim();
}

export function asciiName(s: string): string {
  return s.replace(/Đ/g, "D").replace(/đ/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

const TYPE: Record<string, string> = { Xã: "xã", Phường: "phường", Thịtrấn: "thị trấn", "Thị trấn": "thị trấn" };
const PREFIX: Record<string, string> = { xã: "Xã", phường: "Phường", "thị trấn": "Thị trấn" };

export interface CrosswalkRow {
  gadm_id: string;
  gso_code: string;
}

export function parseCrosswalk(csv: string): Map<string, string> {
  const [head, ...lines] = csv.trim().split(/\r?\n/);
  const cols = head.split(",");
  const gi = cols.indexOf("gadm_id");
  const ci = cols.indexOf("gso_code");
  if (gi < 0 || ci < 0) throw new Error("the crosswalk needs columns gadm_id and gso_code");
  return new Map(lines.map((l) => l.split(",")).map((c) => [c[gi], c[ci]]));
}

/** Step 1: select the province and normalise properties (01_extract.py). */
export function extract(gadm: FeatureCollection, crosswalk: Map<string, string>): FeatureCollection {
  const feats: Feature[] = [];
  for (const f of gadm.features) {
    const p = f.properties ?? {};
    if (p.GID_1 !== GADM_PROVINCE) continue;
    const type = TYPE[p.TYPE_3];
    if (!type) throw new Error(`GADM feature ${p.GID_3} has an unknown TYPE_3 "${p.TYPE_3}"`);
    const name = respace(String(p.NAME_3)).replace(/\s*\((Thịtrấn|Thị trấn|Xã|Phường)\)$/, "");
    const district = respace(String(p.NAME_2));
    const gso = crosswalk.get(p.GID_3);
    if (!gso) throw new Error(`GADM feature ${p.GID_3} (${name}, ${district}) has no row in data/gadm-crosswalk.csv`);
    feats.push({
      type: "Feature",
      properties: {
        id: p.GID_3,
        name,
        name_full: `${PREFIX[type]} ${name}`,
        name_ascii: asciiName(name),
        type,
        district,
        district_id: p.GID_2,
        district_2020: district === "Hoành Bồ" ? "Hạ Long" : district,
        province: "Quảng Ninh",
        gso_code: gso,
      },
      geometry: f.geometry,
    });
  }
  if (feats.length === 0) throw new Error(`no feature of ${GADM_PROVINCE} (Quảng Ninh) in the GADM file`);
  feats.sort((a, b) => (a.properties!.id < b.properties!.id ? -1 : 1));
  return { type: "FeatureCollection", features: feats };
}

async function runMapshaper(cmd: string, input: FeatureCollection): Promise<FeatureCollection> {
  const out = await mapshaper.applyCommands(cmd, { "in.json": JSON.stringify(input) });
  const text = out["out.json"];
  return JSON.parse(typeof text === "string" ? text : Buffer.from(text).toString("utf8")) as FeatureCollection;
}

/** Steps 2–3: sliver removal and the 13 districts. */
export async function prepare(gadm: FeatureCollection, crosswalk: Map<string, string>): Promise<{ communes: FeatureCollection; districts: FeatureCollection }> {
  const extracted = extract(gadm, crosswalk);
  const communes = await runMapshaper("-i in.json -clean -o out.json format=geojson precision=0.0001", extracted);
  const dissolved = await runMapshaper(
    "-i in.json -dissolve district_2020 copy-fields=province -rename-fields district=district_2020 -o out.json format=geojson precision=0.0001",
    communes,
  );
  const count = new Map<string, number>();
  const sources = new Map<string, Set<string>>();
  for (const f of communes.features) {
    const d = f.properties!.district_2020 as string;
    count.set(d, (count.get(d) ?? 0) + 1);
    sources.set(d, (sources.get(d) ?? new Set()).add(f.properties!.district as string));
  }
  for (const f of dissolved.features) {
    const d = f.properties!.district as string;
    f.properties = { district: d, province: "Quảng Ninh", n_units_gadm: count.get(d) ?? 0, gadm_districts: [...(sources.get(d) ?? [])].sort().join(", ") };
  }
  return { communes, districts: dissolved };
}
