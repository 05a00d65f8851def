/** Story step highlights on the hand-made province (tests/unit/fixture-units.ts): d2 merged into d1 in 2020. */
import { beforeEach, describe, expect, it } from "vitest";
import { communes, indexUnits, successorAt, type UnitIndex } from "../../src/lib/lineage";
import { stepUnits } from "../../src/lib/story-steps";
import { units } from "./fixture-units";

let index: UnitIndex;
beforeEach(() => {
  index = indexUnits(units);
});
const all = () => communes(units);
const of = (district: string) => all().filter((c) => c.parent === district).map((c) => c.id);

describe("story step highlights (fixture)", () => {
  it("a district stands for its own communes and those of the district merged into it", () => {
    expect(successorAt(index, "d2", 2024)?.id).toBe("d1");
    expect(of("d1").length).toBeGreaterThan(0);
    expect(of("d2").length).toBeGreaterThan(0);
    expect(stepUnits(index, all(), ["d1"])).toEqual([...of("d1"), ...of("d2")].sort());
  });

  it("a district merged away stands for its own communes only", () => {
    expect(stepUnits(index, all(), ["d2"])).toEqual(of("d2").sort());
  });

  it("a commune stands for itself, once, and the result is sorted", () => {
    const [x, y] = of("d1");
    expect(stepUnits(index, all(), [y, x, y])).toEqual([x, y].sort());
    expect(stepUnits(index, all(), [y])).toEqual([y]);
  });

  it("joins districts and communes, each unit once", () => {
    const c = of("d2")[0];
    expect(stepUnits(index, all(), [c, "d2"])).toEqual(of("d2").sort());
  });

  it("gives nothing for no ids, and only the communes it is given", () => {
    expect(stepUnits(index, all(), [])).toEqual([]);
    const some = all().filter((c) => c.parent === "d2");
    expect(stepUnits(index, some, ["d1"])).toEqual(some.map((c) => c.id).sort());
  });

  it("fails naming an id that is not a unit", () => {
    expect(() => stepUnits(index, all(), ["khong-co"])).toThrow('Story step: highlight "khong-co" is not a unit id in data/units.json');
  });
});
