/** The zoom onto places (src/lib/zoom-box.ts): expectations from the geometry, not typed-in boxes. */
import { describe, expect, it } from "vitest";
import { zoomBox, type Box } from "../../src/lib/zoom-box";

const W = 640;
const H = 470;
const centre = ([x, y, w, h]: Box) => [x + w / 2, y + h / 2];
const padded = (b: Box, pad: number): Box => [b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad];

describe("zoomBox", () => {
  it("widens a tall box to the map's aspect ratio, keeping its height and centre", () => {
    const box: Box = [300, 200, 310, 260];
    const p = padded(box, 12);
    const z = zoomBox(box, W, H, 12);
    expect(z[3]).toBeCloseTo(p[3] - p[1], 9);
    expect(z[2] / z[3]).toBeCloseTo(W / H, 9);
    expect(centre(z)[0]).toBeCloseTo((p[0] + p[2]) / 2, 9);
    expect(centre(z)[1]).toBeCloseTo((p[1] + p[3]) / 2, 9);
  });

  it("heightens a wide box to the map's aspect ratio, keeping its width and centre", () => {
    const box: Box = [100, 200, 300, 210];
    const p = padded(box, 12);
    const z = zoomBox(box, W, H, 12);
    expect(z[2]).toBeCloseTo(p[2] - p[0], 9);
    expect(z[2] / z[3]).toBeCloseTo(W / H, 9);
    expect(centre(z)[0]).toBeCloseTo((p[0] + p[2]) / 2, 9);
    expect(centre(z)[1]).toBeCloseTo((p[1] + p[3]) / 2, 9);
  });

  it("returns a box of the map's own aspect ratio as it is, padded by the given amount", () => {
    const box: Box = [W / 10, H / 10, W / 10 + W / 5, H / 10 + H / 5];
    const z = zoomBox(box, W, H, 0);
    [W / 10, H / 10, W / 5, H / 5].forEach((v, i) => expect(z[i]).toBeCloseTo(v, 9));
    // Padding adds the same on every side, so the padded box is relatively taller: its height is kept.
    const z8 = zoomBox(box, W, H, 8);
    expect(z8[1]).toBeCloseTo(box[1] - 8, 9);
    expect(z8[3]).toBeCloseTo(box[3] - box[1] + 16, 9);
  });

  it("pads by 16 px when no padding is given", () => {
    const box: Box = [200, 150, 260, 190];
    expect(zoomBox(box, W, H)).toEqual(zoomBox(box, W, H, 16));
    expect(zoomBox(box, W, H)).not.toEqual(zoomBox(box, W, H, 0));
  });

  it("moves a box at the right or bottom edge back inside the map, keeping its size", () => {
    const box: Box = [W - 20, H - 20, W - 5, H - 5];
    const z = zoomBox(box, W, H, 10);
    const free = zoomBox([300, 200, 315, 215], W, H, 10); // the same size away from the edges
    expect(z[0] + z[2]).toBeCloseTo(W, 9);
    expect(z[1] + z[3]).toBeCloseTo(H, 9);
    expect(z[2]).toBeCloseTo(free[2], 9);
    expect(z[3]).toBeCloseTo(free[3], 9);
  });

  it("moves a box at the left or top edge back inside the map", () => {
    const z = zoomBox([2, 3, 20, 30], W, H, 10);
    expect(z[0]).toBe(0);
    expect(z[1]).toBe(0);
  });

  it("never zooms out beyond the whole map", () => {
    expect(zoomBox([-50, -40, W + 60, H + 30], W, H, 10)).toEqual([0, 0, W, H]);
    const tall = zoomBox([10, -100, 20, H + 100], W, H, 0);
    expect(tall[3]).toBe(H);
    expect(tall[2]).toBe(W);
  });
});
