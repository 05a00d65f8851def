/**
 * Shared helpers for the end-to-end tests (run by @playwright/test, see playwright.config.ts).
 * The browser is Debian's Chromium: Playwright's `browser` fixture launches it with the path and
 * flags below, and `launch()` does the same for scripts outside the test runner (measure-embeds).
 */
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";

/** playwright.config.ts sets E2E_BASE_URL to the server it starts (the origin dist/ was built for). */
export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:4321/";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

/** An absolute URL for a site path ("/en/" → http://127.0.0.1:port/base/en/). */
export function url(path: string): string {
  return new URL(path.replace(/^\//, ""), BASE_URL).toString();
}

/** The system Chromium, for scripts that run outside Playwright Test. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
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

/** A full-page screenshot in test-results/ (kept for people to look at; nothing compares them). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}
