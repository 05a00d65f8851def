#!/usr/bin/env -S npx tsx
// `npm run admin`: the form-based editor against a working copy, no GitHub account needed.
// Serves the editor (/admin/, /admin/en/) on 127.0.0.1 with a config that talks to Decap's local
// proxy (decap-server, started here on 127.0.0.1), which reads and writes <root>/data/ directly.
//   npm run admin                       # edits ./data/
//   npm run admin -- --root /tmp/copy   # edits /tmp/copy/data/ (tests use a copy, never data/)
//   --port N (NTM_ADMIN_PORT, default 4322), --proxy-port N (NTM_ADMIN_PROXY_PORT, default 8081)
// Then run `npm run data:check` (NTM_DATA_DIR=<root>/data for a copy) and commit.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { cmsYaml } from "../src/data/cms";
import { adminPage, cmsLocaleScript, isCmsAsset } from "../src/lib/cms-page";
import type { Lang } from "../src/i18n/ui";

const req = createRequire(join(process.cwd(), "package.json"));
const cmsDist = join(dirname(req.resolve("decap-cms/package.json")), "dist");
const proxyBin = join(dirname(req.resolve("decap-server/package.json")), "dist", "index.js");

export interface Admin {
  url: string;
  proxyUrl: string;
  close(): Promise<void>;
}

async function waitFor(url: string, init: RequestInit, what: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited (code ${child.exitCode}) before it answered.`);
    try {
      await fetch(url, init);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${what} did not answer at ${url}.`);
}

export async function startAdmin(opts: { root?: string; port?: number; proxyPort?: number; quiet?: boolean } = {}): Promise<Admin> {
  const root = resolve(opts.root ?? process.cwd());
  if (!existsSync(join(root, "data", "recognitions.json"))) throw new Error(`${root}/data/recognitions.json is missing: --root must be a folder that holds data/.`);
  const proxyPort = opts.proxyPort ?? 8081;
  const proxyUrl = `http://127.0.0.1:${proxyPort}/api/v1`;
  const proxy = spawn(process.execPath, [proxyBin], {
    env: { ...process.env, PORT: String(proxyPort), BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: root, LOG_LEVEL: opts.quiet ? "error" : "info" },
    stdio: ["ignore", opts.quiet ? "ignore" : "inherit", "inherit"],
  });
  // The proxy never outlives this process, however it ends.
  const stopProxy = () => proxy.exitCode === null && proxy.kill();
  process.once("exit", stopProxy);
  await waitFor(proxyUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "info" }) }, "decap-server", proxy);

  const assets = new Set(readdirSync(cmsDist).filter(isCmsAsset));
  const config = (lang: Lang) => {
    // The commune list comes from the copy being edited, read afresh on each load.
    const units = JSON.parse(readFileSync(join(root, "data", "units.json"), "utf8")).units;
    return cmsYaml(lang, { name: "proxy", proxy_url: proxyUrl, branch: "main" }, units);
  };
  const server: Server = createServer((rq, res) => {
    const path = (rq.url ?? "/").split(/[?#]/)[0];
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(body);
    };
    try {
      if (path === "/" || path === "/admin") return void res.writeHead(302, { location: "/admin/" }).end();
      if (path === "/admin/") return send(200, "text/html; charset=utf-8", adminPage("vi"));
      if (path === "/admin/en/") return send(200, "text/html; charset=utf-8", adminPage("en"));
      if (path === "/admin/config.yml") return send(200, "text/yaml; charset=utf-8", config("vi"));
      if (path === "/admin/en/config.yml") return send(200, "text/yaml; charset=utf-8", config("en"));
      if (path === "/admin/cms-locale.js") return send(200, "text/javascript; charset=utf-8", cmsLocaleScript());
      const m = /^\/admin\/cms\/([^/]+)$/.exec(path);
      if (m && assets.has(m[1])) return send(200, m[1].endsWith(".wasm") ? "application/wasm" : "text/javascript; charset=utf-8", readFileSync(join(cmsDist, m[1])));
      send(404, "text/plain; charset=utf-8", "Not found");
    } catch (e) {
      send(500, "text/plain; charset=utf-8", (e as Error).message);
    }
  });
  const port = await new Promise<number>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? 4322, "127.0.0.1", () => ok((server.address() as { port: number }).port));
  });
  return {
    url: `http://127.0.0.1:${port}/admin/`,
    proxyUrl,
    close: async () => {
      stopProxy();
      process.off("exit", stopProxy);
      await new Promise((r) => server.close(r));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const num = (v: string | undefined) => (v ? Number(v) : undefined);
  const admin = await startAdmin({
    root: arg("--root"),
    port: num(arg("--port") ?? process.env.NTM_ADMIN_PORT),
    proxyPort: num(arg("--proxy-port") ?? process.env.NTM_ADMIN_PROXY_PORT),
  });
  console.log(`The data editor is at ${admin.url} (English: ${admin.url}en/). It writes ${resolve(arg("--root") ?? ".")}/data/. Ctrl+C to stop.`);
  const stop = () => void admin.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
