import { describe, expect, it } from "vitest";
import {
  districtAt,
  existsAt,
  footprintAt,
  indexUnits,
  inProgrammeAt,
  nameAt,
  neverInProgramme,
  successorAt,
  typeAt,
} from "../../src/lib/lineage";
import { frameEnd, onOrBefore } from "../../src/lib/dates";
import { units } from "./fixture-units";

const index = indexUnits(units);
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
