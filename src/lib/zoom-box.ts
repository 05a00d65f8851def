/** A box in SVG user units: x0, y0, x1, y1 for a path's extent; x, y, width, height for a viewBox. */
export type Box = [number, number, number, number];

/**
 * A viewBox that zooms onto `box` with `pad` px around it, widened to the map's own aspect ratio (so
 * nothing stretches) and kept inside the map. Used by the story's zoom onto places, live (src/scripts/map.ts,
 * from the paths' getBBox) and in the step images without JavaScript.
 */
export function zoomBox(box: Box, width: number, height: number, pad = 16): Box {
  let [x0, y0, x1, y1] = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
  const aspect = width / height;
  if ((x1 - x0) / (y1 - y0) < aspect) {
    const w = (y1 - y0) * aspect;
    const cx = (x0 + x1) / 2;
    [x0, x1] = [cx - w / 2, cx + w / 2];
  } else {
    const h = (x1 - x0) / aspect;
    const cy = (y0 + y1) / 2;
    [y0, y1] = [cy - h / 2, cy + h / 2];
  }
  const w = Math.min(x1 - x0, width);
  const h = Math.min(y1 - y0, height);
  const x = Math.max(0, Math.min(x0, width - w));
  const y = Math.max(0, Math.min(y0, height - h));
  return [x, y, w, h];
}
