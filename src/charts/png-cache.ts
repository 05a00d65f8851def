/**
 * A content-addressed cache for rendered PNGs: each PNG is stored under the SHA-256 of
 * everything that decides its pixels — the SVG text, the scale, the render options, resvg's
 * version and the bytes of the font files — so a build renders only images whose input
 * changed, and identical inputs give identical files (the cached bytes are the rendered bytes).
 *
 * Lives in .cache/png/ (git-ignored; NTM_PNG_CACHE moves it, NTM_PNG_CACHE=off disables it;
 * NTM_PNG_CACHE_LOG names a file that gets one line per PNG actually rendered).
 * A cache entry is written to a temporary name and renamed, so a killed build never leaves a
 * half-written PNG behind that a later build would trust.
 * After a complete `astro build`, the entries that build did not use are deleted (pngCachePrune
 * below, an integration in astro.config.mjs), so the cache holds one site's images, not every past one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

/** Bump when the way an SVG becomes a PNG changes in a way the key below does not capture. */
export const RENDER_CACHE_VERSION = 1;

let salt: string | undefined;
/** What every key shares: cache format, resvg's version and the font files' bytes. */
function rendererSalt(fontFiles: readonly string[]): string {
  if (salt) return salt;
  const h = createHash("sha256");
  h.update(`v${RENDER_CACHE_VERSION}\0resvg ${(require("@resvg/resvg-js/package.json") as { version: string }).version}\0`);
  for (const f of fontFiles) h.update(readFileSync(f));
  salt = h.digest("hex");
  return salt;
}

export function cacheDir(): string | undefined {
  const dir = process.env.NTM_PNG_CACHE ?? ".cache/png";
  return dir === "off" ? undefined : dir;
}

/** The cache key of one render: the same for the same pixels' inputs, different otherwise. */
export function pngKey(svg: string, options: unknown, fontFiles: readonly string[]): string {
  return createHash("sha256").update(rendererSalt(fontFiles)).update("\0").update(JSON.stringify(options)).update("\0").update(svg).digest("hex");
}

/** The keys the running build used, when pngCachePrune is listening (a global: Astro renders pages from its own bundle of this module). */
const USED = Symbol.for("ntm.png-cache.used");

/**
 * An Astro integration: after a build that went to the end, delete every cache entry it did not use
 * (images of old data, old fonts, old code). A failed or partial build prunes nothing; nor does
 * anything but `astro build` (unit tests render through the cache too, and never prune it).
 */
export function pngCachePrune() {
  const g = globalThis as { [USED]?: Set<string> };
  return {
    name: "ntm-png-cache-prune",
    hooks: {
      "astro:build:start": () => {
        g[USED] = new Set();
      },
      "astro:build:done": ({ logger }: { logger: { info: (m: string) => void } }) => {
        const used = g[USED];
        delete g[USED];
        const dir = cacheDir();
        if (!dir || !used || used.size === 0 || !existsSync(dir)) return;
        let pruned = 0;
        for (const sub of readdirSync(dir)) {
          if (!/^[0-9a-f]{2}$/.test(sub)) continue;
          for (const f of readdirSync(join(dir, sub))) {
            if ((f.endsWith(".png") && !used.has(f.slice(0, -4))) || f.endsWith(".tmp") || f.endsWith(".lock")) {
              rmSync(join(dir, sub, f), { force: true });
              pruned++;
            }
          }
        }
        logger.info(`PNG cache: ${used.size} image(s) used by this build, ${pruned} unused entr${pruned === 1 ? "y" : "ies"} deleted from ${dir}/`);
      },
    },
  };
}

/**
 * An Astro integration: at the start of `astro build`, a child process (scripts/png-warm.ts) renders
 * every PNG into the cache while Astro bundles and renders pages, so image rendering overlaps the
 * single-threaded part of the build instead of following it. When the build is done the child is
 * stopped (whatever it still renders, Astro has rendered or read itself; cache writes are atomic).
 * NTM_PNG_WARM=0 turns it off; nothing starts when the cache is off.
 */
export function pngCacheWarm() {
  let child: ChildProcess | undefined;
  const stop = () => child?.exitCode === null && child.kill();
  return {
    name: "ntm-png-cache-warm",
    hooks: {
      "astro:build:start": () => {
        if (!cacheDir() || process.env.NTM_PNG_WARM === "0") return;
        child = spawn(process.execPath, ["--import", "tsx", "scripts/png-warm.ts"], { stdio: ["ignore", "inherit", "inherit"] });
        process.once("exit", stop);
      },
      "astro:build:done": () => {
        stop();
        process.off("exit", stop);
      },
    },
  };
}

/** Counts for the build log: how many PNGs came from the cache and how many were rendered. */
export const cacheStats = { hits: 0, renders: 0 };

/** Is the process that wrote a claim still running? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Claim the render of `file` for this process (a `.lock` file beside it, created exclusively, holding the pid).
 * Returns false while another living process holds it; a claim left by a process that died is taken over.
 */
function claim(file: string): boolean {
  const lock = `${file}.lock`;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(lock, "utf8"));
    } catch {
      continue; // released in between: try again
    }
    // An empty claim is one being written this instant: its writer is alive.
    if (!holder || holder === process.pid || alive(holder)) return false;
    rmSync(lock, { force: true });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Renders this process has in flight, by key: a second request for the same image awaits the first. */
const inFlight = new Map<string, Promise<Uint8Array>>();

/**
 * The PNG for `svg`: from the cache when its key is there, otherwise rendered by `render` and stored.
 * Each image is rendered once even when two processes want it at the same time (the build and the
 * warm-up process, src/charts/png-cache.ts pngCacheWarm): the first claims it, the other waits for the file.
 */
export async function cachedPng(
  svg: string,
  options: unknown,
  fontFiles: readonly string[],
  render: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const dir = cacheDir();
  if (!dir) return render();
  const key = pngKey(svg, options, fontFiles);
  const file = join(dir, key.slice(0, 2), `${key}.png`);
  (globalThis as { [USED]?: Set<string> })[USED]?.add(key);
  const pending = inFlight.get(key);
  if (pending) return pending;
  if (existsSync(file)) {
    cacheStats.hits++;
    return new Uint8Array(readFileSync(file));
  }
  const job = (async () => {
    mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
    const since = Date.now();
    while (!claim(file)) {
      await sleep(10);
      if (existsSync(file)) {
        cacheStats.hits++;
        return new Uint8Array(readFileSync(file));
      }
      // A claim that outlived any render (its writer died before writing its pid, or the pid was reused): take it over.
      if (Date.now() - since > 60_000) rmSync(`${file}.lock`, { force: true });
    }
    try {
      // Rendered by another process between the look-up and the claim.
      if (existsSync(file)) {
        cacheStats.hits++;
        return new Uint8Array(readFileSync(file));
      }
      const png = await render();
      cacheStats.renders++;
      // check:determinism counts the renders of its second build: there must be none.
      if (process.env.NTM_PNG_CACHE_LOG) appendFileSync(process.env.NTM_PNG_CACHE_LOG, `${key}\n`);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, png);
      renameSync(tmp, file);
      return png;
    } finally {
      rmSync(`${file}.lock`, { force: true });
    }
  })();
  inFlight.set(key, job);
  try {
    return await job;
  } finally {
    inFlight.delete(key);
  }
}
