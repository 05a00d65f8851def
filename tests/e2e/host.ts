/**
 * A newsroom's site for the embed tests: a second origin (another 127.0.0.1 port) serving articles with
 * an embed code pasted into them as is, and the code as a chart's copy button produces it on the report.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "@playwright/test";
import { open } from "./browser";

export interface Host {
  /** Publish an article at `path` on the host with `code` between two paragraphs (#before, #after); its URL. */
  article(path: string, code: string): string;
  origin: string;
  close(): void;
}

/** Start the host: a free port, or E2E_HOST_PORT + the worker's index (one host per worker). */
export async function startHost(workerIndex = 0): Promise<Host> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? "/");
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(body ?? "not found");
  });
  const port = process.env.E2E_HOST_PORT ? Number(process.env.E2E_HOST_PORT) + workerIndex : 0;
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    article(path, code) {
      pages.set(
        path,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title>` +
          `<style>body{margin:0 auto;max-width:100%;font:16px Georgia,serif}p{margin:0}</style></head>` +
          `<body><p id="before">Text before the chart.</p>\n${code}\n<p id="after">Text after the chart.</p></body></html>`,
      );
      return `${origin}${path}`;
    },
    close: () => server.close(),
  };
}

/** What the copy button of a chart's press kit puts on the clipboard, on a page of the report. */
export async function copiedCode(browser: Browser, path: string, figure: string, before?: (page: Page) => Promise<void>): Promise<string> {
  const { page, context } = await open(browser, path, { permissions: ["clipboard-read", "clipboard-write"] });
  await before?.(page);
  const kit = page.locator(`#${figure} details.embed-code`);
  if (!(await kit.evaluate((d) => (d as HTMLDetailsElement).open))) await kit.locator("summary").click();
  await kit.locator(".press-embed button.copy").click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  await context.close();
  return code;
}
