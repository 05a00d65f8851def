/**
 * `npm run bench` keeps running: its quick mode, against the site this run serves, measures the
 * shipped year change and the d3 full re-render in one run and reports figures for both. Timings
 * are not asserted (they depend on the machine's load); that the bench produces them is.
 */
import { test } from "@playwright/test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { BASE_URL } from "./browser";

test("npm run bench --quick measures the class swap and the d3 baseline on every map shape", async () => {
  test.setTimeout(120_000);
  const out = await new Promise<string>((resolve, reject) =>
    execFile("node", ["scripts/bench.mjs", "--quick", "--json", "--url", BASE_URL], { env: process.env }, (err, stdout, stderr) =>
      err ? reject(new Error(`bench failed: ${stderr || err.message}`)) : resolve(stdout),
    ),
  );
  const r = JSON.parse(out.trim().split("\n").pop()!);
  assert.equal(r.changes, 20);
  assert.ok(r.paths > 100, `the map has its communes (${r.paths} shapes)`);
  for (const [name, x] of [
    ["class swap", r.ours],
    ["d3 re-render", r.baseline],
  ] as const) {
    assert.ok(Number.isFinite(x.median) && x.median >= 0, `${name} median is a figure`);
    assert.ok(Number.isFinite(x.p95) && x.p95 >= x.median, `${name} p95 is a figure not below the median`);
  }
});
