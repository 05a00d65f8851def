/** Render Observable Plot specs to SVG strings at build time (Plot's own server-side pattern). */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export type PlotOptions = Parameters<typeof Plot.plot>[0];

export function renderPlot(options: PlotOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const node = Plot.plot({ ...options, document } as PlotOptions) as unknown as { outerHTML: string };
  // Plot gives each chart a class with a counter ("plot-d6a7b5"); a stable class keeps builds byte-identical.
  return (
    node.outerHTML
      .replace(/plot-[0-9a-f]{6}(-\w+)?/g, (_m, suffix) => `plot${suffix ?? ""}`)
      // Plot names each mark's <g> with aria-label, which ARIA does not allow on a plain group;
      // the chart is named once by its container and its numbers are in a table beside it.
      .replace(/(<g\b[^>]*?) aria-label="[^"]*"/g, "$1")
      // Plot writes font-variant as an attribute on axis groups; SVG 2 has no such presentation attribute (the
      // Nu Html Checker rejects it), so it becomes the equivalent inline style.
      .replace(/(<g\b[^>]*?) font-variant="([^"]*)"/g, '$1 style="font-variant:$2"')
  );
}
