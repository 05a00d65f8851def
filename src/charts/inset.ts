/**
 * The small province map beside a commune's locator: the province in grey, the
 * district a shade darker, a ring where the commune is. Paths are thinned for
 * this size (points under a pixel apart dropped, specks of islands left out) so
 * that the inset costs a few kilobytes on every commune page.
 */
import { INSET, LINES } from "./palette";

type Pt = [number, number];

/** Split SVG path data of M/L/Z commands (d3-geo's output) into rings of points. */
function rings(d: string): Pt[][] {
  const out: Pt[][] = [];
  for (const part of d.split(/(?=M)/)) {
    const nums = part.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    const ring: Pt[] = [];
    for (let i = 0; i + 1 < nums.length; i += 2) ring.push([nums[i], nums[i + 1]]);
    if (ring.length) out.push(ring);
  }
  return out;
}

/** Path data with points closer than `tol` px to the last kept one dropped, and rings smaller than `minSize` px left out. */
export function thinPath(d: string, tol = 1, minSize = 1.5): string {
  const out: string[] = [];
  for (const ring of rings(d)) {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    if (Math.max(...xs) - Math.min(...xs) < minSize && Math.max(...ys) - Math.min(...ys) < minSize) continue;
    const kept: Pt[] = [ring[0]];
    for (const p of ring.slice(1)) {
      const q = kept[kept.length - 1];
      if (Math.hypot(p[0] - q[0], p[1] - q[1]) >= tol) kept.push(p);
    }
    if (kept.length < 3) continue;
    out.push("M" + kept.map((p) => `${Math.round(p[0])},${Math.round(p[1])}`).join("L") + "Z");
  }
  return out.join("");
}

/** Centre of the bounding box of path data. */
export function pathCentre(d: string): Pt {
  const pts = rings(d).flat();
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

export function insetSvg(o: { width: number; height: number; province: string; district: string; commune: string; label: string }): string {
  const [cx, cy] = pathCentre(o.commune);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-label="${o.label.replace(/"/g, "&quot;")}" class="inset">` +
    `<path d="${thinPath(o.province)}" fill="${INSET.province.fill}" stroke="${INSET.province.edge}" stroke-width="0.6"/>` +
    `<path d="${thinPath(o.district)}" fill="${INSET.district.fill}" stroke="${INSET.district.edge}" stroke-width="0.8"/>` +
    `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="5" fill="none" stroke="${LINES.focus}" stroke-width="2"/>` +
    `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="1.6" fill="${LINES.focus}"/>` +
    `</svg>`
  );
}
