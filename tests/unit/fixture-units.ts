/** A tiny hand-made province for the domain tests: two districts, one merged into the other. */
import type { ProvincePoint, Recognition, Unit } from "../../src/data/types";

const S = ["t1"];
export const units: Unit[] = [
  { id: "p", name: "Tỉnh", type: "tinh", parent: null, sources: S },
  { id: "d1", name: "Huyện Một", type: "huyen", parent: "p", sources: S },
  {
    id: "d2",
    name: "Huyện Hai",
    type: "huyen",
    parent: "p",
    sources: S,
    lineage: [{ event: "merged-into", date: "2020-01-01", into: "d1", sources: S }],
  },
  // exact record 2016
  { id: "a", name: "Xã A", type: "xa", parent: "d1", geo_id: "00001", sources: S },
  // nothing of its own: bounded by d1's recognition (2018)
  { id: "b", name: "Xã B", type: "xa", parent: "d1", geo_id: "00002", sources: S },
  // became a ward in 2015
  {
    id: "c",
    name: "Xã C",
    type: "xa",
    parent: "d1",
    geo_id: "00003",
    sources: S,
    lineage: [{ event: "became-ward", date: "2015-03-01", sources: S }],
  },
  // a ward from the start
  { id: "w", name: "Phường W", type: "phuong", parent: "d1", geo_id: "00004", sources: S },
  // in d2 (merged into d1 in 2020); d1's 2018 recognition does not bound it, nothing else does
  { id: "e", name: "Xã E", type: "xa", parent: "d2", geo_id: "00005", sources: S },
  // merged into e in 2020
  {
    id: "f",
    name: "Xã F",
    type: "xa",
    parent: "d2",
    geo_id: "00006",
    sources: S,
    lineage: [{ event: "merged-into", date: "2020-01-01", into: "e", sources: S }],
  },
  // merged, successor unknown
  {
    id: "g",
    name: "Xã G",
    type: "xa",
    parent: "d2",
    geo_id: "00007",
    sources: S,
    lineage: [{ event: "merged-into", date: "2020-01-01", sources: S }],
  },
];

const rec = (r: Partial<Recognition> & Pick<Recognition, "id" | "unit" | "level" | "year">): Recognition => ({
  precision: "year",
  wording: "recognised",
  sources: S,
  ...r,
});

export const recognitions: Recognition[] = [
  rec({ id: "a-ntm", unit: "a", level: "ntm", year: 2016 }),
  rec({ id: "a-nc", unit: "a", level: "nang-cao", year: 2019 }),
  rec({ id: "d1-ntm", unit: "d1", level: "ntm", year: 2018, decision: "1/QĐ-TTg" }),
  rec({ id: "e-target", unit: "e", level: "ntm", year: 2017, wording: "target" }),
  rec({ id: "e-ntm", unit: "e", level: "ntm", year: 2022, precision: "no-later-than" }),
];

export const points: ProvincePoint[] = [
  { id: "start", as_of: "2010", year: 2010, wording: "recognised", communes: 5, ntm: 0, sources: S },
];
