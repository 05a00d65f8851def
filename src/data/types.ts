/**
 * The shapes of the files in data/. This is the contract between the data
 * (edited by hand through pull requests), the validator (src/data/check.ts),
 * the domain functions (src/lib/) and the pages. The JSON Schemas in
 * data/schema/ say the same in JSON Schema 2020-12; keep both in step.
 */

/** A source id as listed in data/sources.json (e.g. "S18", "seed-003"). */
export type SourceId = string;

/** A unit id: lowercase ASCII kebab-case, stable forever (used in URLs). */
export type UnitId = string;

/**
 * Text written in both languages (notes, reasons). A plain string is accepted for
 * now and read as English; new text should always be the `{ vi, en }` object.
 * Render it with noteText() from src/i18n/note.ts.
 */
export type LocalizedText = string | { vi: string; en: string };

/** ISO date "2021-10-29", or a partial one "2021-10" / "2021" when only that much is known. */
export type PartialDate = string;

export type UnitType =
  | "tinh" // province
  | "huyen" // rural district
  | "thi-xa" // district-level town
  | "thanh-pho" // city (district level)
  | "xa" // rural commune: the only type inside the New Rural programme
  | "phuong" // urban ward
  | "thi-tran" // township
  | "dac-khu"; // special zone (đặc khu), a commune-level unit from 1 July 2025

export type LineageEvent =
  /** The unit (a xã or thị trấn) became a phường: it leaves the rural programme. */
  | "became-ward"
  /** The unit was absorbed by `into` (which keeps its own id and code). */
  | "merged-into"
  /** The unit kept its code but took a new name (and perhaps type): `new_name`, `new_type`. */
  | "renamed"
  /** The district-level unit became a town or city (`new_type`). */
  | "type-changed"
  /** The unit was divided among several units (one event per part, `into` = the unit that part went to). */
  | "split";

export interface Lineage {
  event: LineageEvent;
  /** Date the change took effect (ISO, possibly partial). */
  date: PartialDate;
  /** For merged-into: the absorbing unit's id (a unit in units.json). */
  into?: UnitId;
  new_name?: string;
  new_type?: UnitType;
  /** The legal basis, e.g. "837/NQ-UBTVQH14". */
  resolution?: string;
  /** The item (khoản) of Điều 1 of the resolution that makes the change. */
  item?: number;
  sources: SourceId[];
  /** True when the event comes from a secondary mapping, not an official text. */
  uncertain?: boolean;
  note?: LocalizedText;
}

export interface Unit {
  id: UnitId;
  /** Vietnamese name with diacritics, as in the 2019 boundary data (e.g. "Hoành Mô"). */
  name: string;
  /** Type at the start of the frame (1 Jan 2010) or when the unit first appears; later changes are lineage events. */
  type: UnitType;
  /** Parent unit id (district-level unit for communes; the province for districts; null for the province). */
  parent: UnitId | null;
  /** Boundary join key: the 5-digit GSO commune code (`gso_code` in the boundary file). Communes only. */
  geo_id?: string;
  /** For district-level units: the `district` value in quang-ninh-districts.geojson. */
  geo_district?: string;
  /** Date the unit was created, when after 1 Jan 2010. */
  created?: PartialDate;
  /** GSO code of a unit of 1 July 2025 (those units have no boundaries: not a join key). */
  gso_2025?: string;
  /** For a unit created on 1 July 2025: the item (khoản) of Điều 1 of NQ 1679/NQ-UBTVQH15 that created it. */
  item?: number;
  lineage?: Lineage[];
  sources: SourceId[];
  note?: LocalizedText;
}

export interface UnitsFile {
  $schema?: string;
  units: Unit[];
}

export type Level = "ntm" | "nang-cao" | "kieu-mau";

/**
 * How sure the year is:
 *  - exact: a dated decision;
 *  - year: the standard year is known ("đạt chuẩn NTM năm 2016");
 *  - no-later-than: only an upper bound is known (reached in `year` or earlier).
 */
export type Precision = "exact" | "year" | "no-later-than";

/**
 * What the source actually says. Only "recognised" drives statuses on the map;
 * the others are kept so the pages can say what is known, in the sources' own terms.
 */
export type Wording =
  | "recognised" // đạt chuẩn / công nhận / hoàn thành nhiệm vụ (formal decision)
  | "basically-met" // cơ bản đạt
  | "criteria-completed" // hoàn thành tiêu chí (no decision yet)
  | "appraised" // thẩm định, decision to follow
  | "target"; // kế hoạch / phấn đấu

export interface Recognition {
  /** Stable record id, e.g. "dam-ha-ntm-2020". */
  id: string;
  unit: UnitId;
  level: Level;
  /** Standard year ("đạt chuẩn NTM năm 2021"): the year the map uses. */
  year: number;
  precision: Precision;
  wording: Wording;
  /** Date of the decision, when known (may differ from the standard year). */
  decision_date?: PartialDate;
  /** Decision number, e.g. "148/QĐ-TTg". */
  decision?: string;
  /** Who decided: "Thủ tướng Chính phủ", "UBND tỉnh", "Chủ tịch UBND tỉnh". */
  decided_by?: string;
  sources: SourceId[];
  /** Low confidence: a secondary or not re-findable source, or an inferred date. */
  confidence?: "high" | "low";
  note?: LocalizedText;
}

export interface RecognitionsFile {
  $schema?: string;
  recognitions: Recognition[];
}

/** One officially reported province total. Several claims may exist for one date. */
export interface ProvincePoint {
  id: string;
  /** The date the figures describe ("2020-12-31"); `as_of_inferred` when the source does not say it. */
  as_of: PartialDate;
  as_of_inferred?: boolean;
  /** The year the point is drawn at on the timeline. */
  year: number;
  wording: Wording;
  /** Communes in the programme (the N in "k of N"); null when the source does not say. */
  communes?: number | null;
  ntm?: number | null;
  "nang-cao"?: number | null;
  "kieu-mau"?: number | null;
  districts_done?: number | null;
  districts_total?: number | null;
  sources: SourceId[];
  /** When claims conflict for the same date: the one the site shows is `shown: true`, with `why`. */
  shown?: boolean;
  why?: LocalizedText;
  confidence?: "high" | "low";
  note?: LocalizedText;
}

export interface ProvinceSeriesFile {
  $schema?: string;
  /** Province-level recognition(s), e.g. QĐ 1013/QĐ-TTg. Kept in recognitions.json on unit "quang-ninh". */
  points: ProvincePoint[];
}

export interface IndicatorPoint {
  id: string;
  year: number;
  as_of?: PartialDate;
  /** True when the source does not state the year (or date): it is inferred, and the note says how. */
  as_of_inferred?: boolean;
  value: number;
  /** Unit under `unit` of the indicator; scope narrows it (a district id or "rural"). */
  scope: UnitId | "rural" | "province" | "ethnic-minority-region";
  sources: SourceId[];
  shown?: boolean;
  why?: LocalizedText;
  confidence?: "high" | "low";
  note?: LocalizedText;
}

export interface Indicator {
  id: string; // "income-rural", "poverty-rate"
  name: { vi: string; en: string };
  unit: { vi: string; en: string }; // "triệu đồng/người/năm"
  points: IndicatorPoint[];
}

export interface IndicatorsFile {
  $schema?: string;
  indicators: Indicator[];
}

export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  /** null when the copy we have has no address (seed articles). */
  url: string | null;
  /** ISO (partial) date, or null when unknown. */
  published: PartialDate | null;
  /** True when `published` was inferred from the content. */
  published_inferred?: boolean;
  language: "vi" | "en" | "fr" | "es" | string;
  reliability?: "primary" | "secondary" | "low";
  note?: LocalizedText;
}

export interface SourcesFile {
  $schema?: string;
  sources: Source[];
}

/**
 * "k of N communes of district D had reached tier T by the end of year Y", from a source that does not name
 * them (data/district-counts.json). `unit` is a district-level unit or the province.
 */
export interface DistrictCountsFile {
  $schema?: string;
  counts: DistrictCount[];
}

export interface DistrictCount {
  /** Stable record id, e.g. "dam-ha-2022-nang-cao". */
  id: string;
  unit: UnitId;
  /** The count describes the status at the end of this year. */
  year: number;
  /** The date the source gives for the count, when it says more than the year. */
  as_of?: PartialDate;
  level: Level;
  count: number;
  /** The denominator as the source states it ("5 of 8"). */
  of?: number;
  wording: "recognised" | "criteria-completed";
  sources: SourceId[];
  note?: { vi: string; en: string };
}

/** Everything in data/, loaded and validated once. */
export interface Dataset {
  version: string;
  units: Unit[];
  recognitions: Recognition[];
  province: ProvincePoint[];
  /** Unnamed counts per district (data/district-counts.json; empty in releases made before 1.2.0). */
  counts: DistrictCount[];
  indicators: Indicator[];
  sources: Source[];
}
