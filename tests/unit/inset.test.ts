import { describe, it, expect } from "vitest";
import { pathCentre, thinPath } from "../../src/charts/inset";

describe("inset path thinning", () => {
  it("drops points closer than the tolerance and keeps the shape's corners", () => {
    const d = "M0,0L0.2,0L10,0L10,0.3L10,10L0,10Z";
    expect(thinPath(d, 1)).toBe("M0,0L10,0L10,10L0,10Z");
  });
  it("leaves out rings smaller than a pixel or two (specks of islands)", () => {
    const d = "M0,0L10,0L10,10L0,10ZM50,50L50.5,50L50.5,50.5Z";
    expect(thinPath(d, 1, 1.5)).toBe("M0,0L10,0L10,10L0,10Z");
  });
  it("finds the centre of a shape's box", () => {
    expect(pathCentre("M2,4L12,4L12,8Z")).toEqual([7, 6]);
  });
});
