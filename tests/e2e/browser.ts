/** Shared set-up for the end-to-end tests: Debian's Chromium via playwright-core. */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:4321/";

/** An absolute URL for a site path ("/en/" → http://127.0.0.1:port/base/en/). */
export function url(path: string): string {
  return new URL(path.replace(/^\//, ""), BASE_URL).toString();
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync",
    ],
  });
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every request the page made to a host other than 127.0.0.1. */
  foreign: string[];
}

/** A fresh context and page (axe needs a context), recording requests to other hosts. */
export async function open(
  browser: Browser,
  path: string,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<Opened> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (!["127.0.0.1", ""].includes(u.hostname) && !u.protocol.startsWith("data") && u.protocol !== "blob:") {
      foreign.push(r.url());
    }
  });
  await page.goto(url(path), { waitUntil: "load" });
  return { context, page, foreign };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}
