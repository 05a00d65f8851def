// Serve dist/ (scripts/serve.mjs: precompressed, base path, the 404 page) on a free 127.0.0.1 port
// for the measuring scripts (bench, lighthouse), and wait until it answers.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** Chromium's flags for headless runs on this kind of machine (Debian's /usr/bin/chromium, no sandbox). */
export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"];

/** @returns {Promise<{ origin: string, base: string, url: string, stop: () => void }>} */
export async function serveDist() {
  const port = await new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const p = /** @type {import("node:net").AddressInfo} */ (s.address()).port;
      s.close(() => resolve(p));
    });
  });
  const base = (process.env.NTM_BASE ?? "/").replace(/\/?$/, "/");
  const server = spawn("node", ["scripts/serve.mjs", "--port", String(port), "--quiet"], { stdio: "inherit" });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}${base}`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, base, url: `${origin}${base}`, stop: () => server.kill() };
}
