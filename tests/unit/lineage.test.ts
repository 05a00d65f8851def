import { beforeEach, describe, expect, it } from "vitest";
import type { Unit } from "../../src/data/types";
import {
  communes,
  destinations2025,
  districts2020,
  isCommuneLevel,
  isDistrictLevel,
  isNew2025,
  isUnit2025,
  mergerOf,
  namesOfAllEras,
  predecessors2025,
  reorgEvents,
  units2025,
  districtAt,
  existsAt,
  footprintAt,
  indexUnits,
  inProgrammeAt,
  nameAt,
  neverInProgramme,
  successorAt,
  typeAt,
  type UnitIndex,
} from "../../src/lib/lineage";
import { frameEnd, onOrBefore } from "../../src/lib/dates";
import { units } from "./fixture-units";

// Built in beforeEach, not at import: StrykerJS then knows which tests cover the code (no "static" mutants
// that rerun the whole suite), and each test gets a fresh model.
let index: UnitIndex;
beforeEach(() => {
  index = indexUnits(units);
});
const u = (id: string) => index.get(id)!;

describe("frame dates", () => {
  it("ends 2025 on 30 June, the last day of the district era", () => {
    expect(frameEnd(2025)).toBe("2025-06-30");
    expect(frameEnd(2019)).toBe("2019-12-31");
    expect(onOrBefore("2025-07-01", 2025)).toBe(false);
    expect(onOrBefore("2020", 2020)).toBe(true);
    expect(onOrBefore("2020-01", 2019)).toBe(false);
  });
});

describe("lineage", () => {
  it("changes type on the date a commune becomes a ward", () => {
    expect(typeAt(u("c"), 2014)).toBe("xa");
    expect(typeAt(u("c"), 2015)).toBe("phuong");
    expect(inProgrammeAt(u("c"), 2015)).toBe(false);
    expect(neverInProgramme(u("w"))).toBe(true);
    expect(neverInProgramme(u("c"))).toBe(false);
  });

  it("ends a merged unit and hands its territory to the absorbing one", () => {
    expect(existsAt(u("f"), 2019)).toBe(true);
    expect(existsAt(u("f"), 2020)).toBe(false);
    expect(successorAt(index, "f", 2020)?.id).toBe("e");
    expect(successorAt(index, "g", 2020)).toBeUndefined();
    expect(footprintAt(index, u("e"), 2019)).toEqual(["00005"]);
    expect(footprintAt(index, u("e"), 2020)).toEqual(["00005", "00006"]);
  });

  it("follows district mergers for a commune's district", () => {
    expect(districtAt(index, u("e"), 2019)?.id).toBe("d2");
    expect(districtAt(index, u("e"), 2020)?.id).toBe("d1");
  });

  it("keeps the name until a rename", () => {
    expect(nameAt(u("a"), 2020)).toBe("Xã A");
  });
});

// A second small fixture for the lineage events the first one lacks: renames (with and without a new type),
// a district that became a town, a unit created mid-frame, a merger cycle (bad data) and the 2025 reorganisation.
const L = ["t1"];
const more: Unit[] = [
  { id: "p", name: "Tỉnh", type: "tinh", parent: null, sources: L },
  {
    id: "hx",
    name: "Huyện X",
    type: "huyen",
    parent: "p",
    sources: L,
    lineage: [
      { event: "type-changed", date: "2012-05-10", new_type: "thi-xa", sources: L },
      { event: "renamed", date: "2018-01", new_name: "Thành phố X", new_type: "thanh-pho", sources: L },
    ],
  },
  {
    id: "hy",
    name: "Huyện Y",
    type: "huyen",
    parent: "p",
    sources: L,
    lineage: [{ event: "merged-into", date: "2019-06-01", into: "hx", sources: L }],
  },
  // renamed in 2014 (name only), then merged into hx's ward in 2020
  {
    id: "r",
    name: "Trới",
    type: "thi-tran",
    parent: "hx",
    geo_id: "10001",
    sources: L,
    lineage: [
      { event: "renamed", date: "2014", new_name: "Hoành Bồ", sources: L },
      { event: "type-changed", date: "2016-03", new_type: "xa", sources: L },
    ],
  },
  // created in 2013 (split off), a xã
  { id: "n", name: "Xã Mới", type: "xa", parent: "hy", geo_id: "10002", created: "2013-07-01", sources: L },
  // a merger cycle (bad data): q into s, s into q
  { id: "q", name: "Xã Q", type: "xa", parent: "hx", geo_id: "10003", sources: L, lineage: [{ event: "merged-into", date: "2020-01-01", into: "s", sources: L }] },
  { id: "s", name: "Xã S", type: "xa", parent: "hx", geo_id: "10004", sources: L, lineage: [{ event: "merged-into", date: "2020-01-01", into: "q", sources: L }] },
  // the 2025 reorganisation: k kept, m merged into new-2, t split into new-1 and new-2 (one part uncertain)
  { id: "k", name: "Xã Giữ", type: "xa", parent: "hx", geo_id: "10005", gso_2025: "99001", sources: L },
  { id: "m", name: "Xã Gộp", type: "xa", parent: "hx", geo_id: "10006", sources: L, lineage: [{ event: "merged-into", date: "2025-07-01", into: "new-2", item: 7, sources: L }] },
  {
    id: "t",
    name: "Xã Tách",
    type: "xa",
    parent: "hx",
    geo_id: "10007",
    sources: L,
    lineage: [
      { event: "renamed", date: "2025-07-01", new_name: "Xã Tách Mới", sources: L },
      { event: "split", date: "2025-07-01", into: "new-1", item: 3, sources: L },
      { event: "split", date: "2025-07-01", into: "new-2", item: 7, uncertain: true, sources: L },
      { event: "split", date: "2025-07-01", sources: L },
    ],
  },
  // merged into t in 2021, so its territory followed t's split in 2025
  { id: "v", name: "Xã Vào", type: "xa", parent: "hx", geo_id: "10008", sources: L, lineage: [{ event: "merged-into", date: "2021-01-01", into: "t", sources: L }] },
  // merged into m in 2022 and an earlier unrelated event before it
  { id: "z", name: "Xã Cuối", type: "xa", parent: "hx", geo_id: "10009", sources: L, lineage: [{ event: "renamed", date: "2011", new_name: "Xã Cuối Hai", sources: L }, { event: "merged-into", date: "2022-01-01", into: "m", sources: L }] },
  { id: "new-2", name: "Phường Hai", type: "phuong", parent: null, created: "2025-07-01", gso_2025: "99003", item: 7, sources: L },
  { id: "new-1", name: "Phường Một", type: "phuong", parent: null, created: "2025-07-01", gso_2025: "99002", item: 3, sources: L },
  { id: "dk", name: "Đặc khu", type: "dac-khu", parent: null, created: "2025-07-01", gso_2025: "99004", sources: L },
];
let mi: UnitIndex;
beforeEach(() => {
  mi = indexUnits(more);
});
const v = (id: string) => mi.get(id)!;

describe("lineage: renames and type changes", () => {
  it("changes a district's type on the dated type change and on a rename that carries a new type", () => {
    expect(typeAt(v("hx"), 2011)).toBe("huyen");
    expect(typeAt(v("hx"), 2012)).toBe("thi-xa");
    expect(typeAt(v("hx"), 2017)).toBe("thi-xa");
    expect(typeAt(v("hx"), 2018)).toBe("thanh-pho");
    expect(isDistrictLevel(v("hx"))).toBe(true);
    expect(isCommuneLevel(v("hx"))).toBe(false);
    expect(isCommuneLevel(v("r"))).toBe(true);
    expect(isDistrictLevel(v("r"))).toBe(false);
  });

  it("keeps the type on a rename without a new type", () => {
    expect(typeAt(v("r"), 2014)).toBe("thi-tran");
    expect(typeAt(v("r"), 2015)).toBe("thi-tran");
    expect(typeAt(v("r"), 2016)).toBe("xa");
    // a type change of the unit's own does not count before its date
    expect(inProgrammeAt(v("r"), 2015)).toBe(false);
    expect(inProgrammeAt(v("r"), 2016)).toBe(true);
  });

  it("uses the new name from the rename's date on, and only renames' names", () => {
    expect(nameAt(v("r"), 2013)).toBe("Trới");
    expect(nameAt(v("r"), 2014)).toBe("Hoành Bồ");
    expect(nameAt(v("hx"), 2017)).toBe("Huyện X");
    expect(nameAt(v("hx"), 2018)).toBe("Thành phố X");
    // a rename of 1 July 2025 is after the last frame (30 June 2025)
    expect(nameAt(v("t"), 2025)).toBe("Xã Tách");
  });

  it("counts a unit that became a xã as once in the programme", () => {
    expect(neverInProgramme(v("r"))).toBe(false);
    expect(neverInProgramme(v("new-1"))).toBe(true);
    expect(neverInProgramme(v("n"))).toBe(false);
  });
});

describe("lineage: creation, mergers and cycles", () => {
  it("does not let a unit exist before it was created", () => {
    expect(existsAt(v("n"), 2012)).toBe(false);
    expect(existsAt(v("n"), 2013)).toBe(true);
    expect(inProgrammeAt(v("n"), 2012)).toBe(false);
    expect(successorAt(mi, "n", 2012)).toBeUndefined();
    expect(existsAt(v("new-1"), 2025)).toBe(false); // 1 July 2025 is after the frame's end
  });

  it("ends a unit only on its merger, not on other events", () => {
    expect(mergerOf(v("z"))?.into).toBe("m");
    expect(mergerOf(v("r"))).toBeUndefined();
    expect(existsAt(v("z"), 2021)).toBe(true);
    expect(existsAt(v("z"), 2022)).toBe(false);
    expect(existsAt(v("r"), 2025)).toBe(true);
  });

  it("follows a chain of mergers, and gives up on a cycle", () => {
    expect(successorAt(mi, "z", 2022)?.id).toBe("m");
    expect(successorAt(mi, "q", 2019)?.id).toBe("q");
    expect(successorAt(mi, "q", 2020)).toBeUndefined();
    expect(successorAt(mi, "s", 2020)).toBeUndefined();
    expect(successorAt(mi, "nope", 2020)).toBeUndefined();
    expect(footprintAt(mi, v("q"), 2020)).toEqual([]);
  });

  it("gives a commune's district as it was, following district mergers", () => {
    expect(districtAt(mi, v("n"), 2018)?.id).toBe("hy");
    expect(districtAt(mi, v("n"), 2019)?.id).toBe("hx");
    expect(districtAt(mi, v("p"), 2019)).toBeUndefined();
    expect(districtAt(mi, v("new-1"), 2025)).toBeUndefined();
  });

  it("lists the communes and the district-level units of 2020", () => {
    expect(communes(more).map((u) => u.id)).toEqual(["r", "n", "q", "s", "k", "m", "t", "v", "z"]);
    expect(districts2020(more).map((u) => u.id)).toEqual(["hx"]);
  });
});

describe("lineage: the reorganisation of 1 July 2025", () => {
  it("lists the units of 2025 by the resolution's item, kept units last, then by name", () => {
    expect(units2025(more).map((u) => u.id)).toEqual(["new-1", "new-2", "dk", "k"]);
    expect(isNew2025(v("new-1"))).toBe(true);
    expect(isNew2025(v("k"))).toBe(false);
    expect(isNew2025(v("n"))).toBe(false);
    expect(isUnit2025(v("k"))).toBe(true);
    expect(isUnit2025(v("m"))).toBe(false);
  });

  it("takes a unit's own 1 July 2025 mergers and splits, nothing else", () => {
    expect(reorgEvents(v("t")).map((e) => e.into)).toEqual(["new-1", "new-2", undefined]);
    expect(reorgEvents(v("m")).map((e) => e.into)).toEqual(["new-2"]);
    expect(reorgEvents(v("z"))).toEqual([]);
    expect(reorgEvents(v("k"))).toEqual([]);
  });

  it("says where each 2019 territory went, following earlier mergers", () => {
    expect(destinations2025(mi, "k")).toEqual([{ into: "k", item: undefined, part: false, kept: true, uncertain: false, via: "k" }]);
    expect(destinations2025(mi, "m")).toEqual([{ into: "new-2", item: 7, part: false, kept: false, uncertain: false, via: "m" }]);
    expect(destinations2025(mi, "t")).toEqual([
      { into: "new-1", item: 3, part: true, kept: false, uncertain: false, via: "t" },
      { into: "new-2", item: 7, part: true, kept: false, uncertain: true, via: "t" },
    ]);
    expect(destinations2025(mi, "v").map((d) => [d.into, d.via])).toEqual([["new-1", "t"], ["new-2", "t"]]);
    expect(destinations2025(mi, "z").map((d) => [d.into, d.via])).toEqual([["new-2", "m"]]);
    expect(destinations2025(mi, "q")).toEqual([]);
    expect(destinations2025(mi, "r")).toEqual([]);
  });

  it("lists a 2025 unit's predecessors by name", () => {
    expect(predecessors2025(more, mi, "new-2").map((x) => [x.unit.id, x.destination.part])).toEqual([
      ["z", false],
      ["m", false],
      ["t", true],
      ["v", true],
    ]);
    expect(predecessors2025(more, mi, "new-1").map((x) => x.unit.id)).toEqual(["t", "v"]);
    expect(predecessors2025(more, mi, "dk")).toEqual([]);
  });

  it("collects every name a territory went by, once each", () => {
    expect(namesOfAllEras(mi, v("r"))).toEqual(["Trới", "Hoành Bồ"]);
    expect(namesOfAllEras(mi, v("t"))).toEqual(["Xã Tách", "Xã Tách Mới", "Phường Một", "Phường Hai"]);
    expect(namesOfAllEras(mi, v("z"))).toEqual(["Xã Cuối", "Xã Cuối Hai", "Phường Hai"]);
    expect(namesOfAllEras(mi, v("k"))).toEqual(["Xã Giữ"]);
  });
});

describe("lineage: levels", () => {
  it("tells district-level from commune-level units by every type", () => {
    const S = ["t1"];
    const of = (type: Unit["type"]): Unit => ({ id: type, name: type, type, parent: null, sources: S });
    for (const t of ["huyen", "thi-xa", "thanh-pho"] as const) {
      expect(isDistrictLevel(of(t)), t).toBe(true);
      expect(isCommuneLevel(of(t)), t).toBe(false);
    }
    for (const t of ["xa", "phuong", "thi-tran"] as const) {
      expect(isCommuneLevel(of(t)), t).toBe(true);
      expect(isDistrictLevel(of(t)), t).toBe(false);
    }
    expect(isDistrictLevel(of("tinh"))).toBe(false);
    expect(isCommuneLevel(of("tinh"))).toBe(false);
  });
});
