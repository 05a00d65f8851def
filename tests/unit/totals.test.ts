import { describe, expect, it } from "vitest";
import { makeStatusModel } from "../../src/lib/status";
import { districtTotals, ntmRange, provinceTotals } from "../../src/lib/totals";
import { points, recognitions, units } from "./fixture-units";

const model = makeStatusModel(units, recognitions, points);

describe("totals", () => {
  it("counts k of N with N from the same year", () => {
    const [t2014, t2015, t2018, t2020] = provinceTotals(model, units, [2014, 2015, 2018, 2020]);
    expect(t2014.communes).toBe(6); // a b c e f g (w is a ward)
    expect(t2015.communes).toBe(5); // c became a ward
    expect(t2018).toMatchObject({ communes: 5, ntm: 2, nangCao: 0, bounded: 1, unknown: 2 });
    expect(t2020).toMatchObject({ communes: 3, ntm: 2, nangCao: 1, bounded: 1 });
  });

  it("gives the timeline band: lowest and highest possible NTM count", () => {
    const [t] = provinceTotals(model, units, [2018]);
    expect(ntmRange(t)).toEqual([2, 5]);
  });

  it("rolls communes up to the district they belonged to that year", () => {
    const [d1in2019, d1in2020] = districtTotals(model, model.index, units, "d1", [2019, 2020]);
    expect(d1in2019.communes).toBe(2); // a, b
    expect(d1in2020.communes).toBe(3); // a, b, e (d2 merged in)
  });
});
