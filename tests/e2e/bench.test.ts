/**
 * `npm run bench` keeps running: its quick mode, against the site this run serves, measures the
 * shipped year change, the d3 full re-render and the story's scroll step in one run and reports
 * figures for each (wall and main-thread CPU time). Timings are not asserted (they depend on the
 * machine's load); that the bench produces them, and that what it timed was a real year change, is.
 */
import { test } from "@playwright/test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { BASE_URL } from "./browser";

test("npm run bench --quick measures the class swap, the d3 baseline and a scroll step, and the map ends on the last year it was given", async () => {
  test.setTimeout(120_000);
  const out = await new Promise<string>((resolve, reject) =>
    execFile("node", ["scripts/bench.mjs", "--quick", "--json", "--url", BASE_URL], { env: process.env }, (err, stdout, stderr) =>
      err ? reject(new Error(`bench failed: ${stderr || err.message}`)) : resolve(stdout),
    ),
  );
  const r = JSON.parse(out.trim().split("\n").pop()!);
  assert.equal(r.changes, 20);
  assert.ok(r.paths > 100, `the map and its inset have their communes (${r.paths} shapes)`);
  assert.ok(r.steps > 1, `the story has steps (${r.steps})`);
  // The shipped change was timed doing its work: every shape shows the status of the last year set.
  assert.equal(r.wrong, 0, `${r.wrong} shapes do not show the last year after the shipped changes`);
  for (const [name, x] of [
    ["class swap", r.ours],
    ["d3 re-render", r.baseline],
    ["scroll step", r.step],
  ] as const) {
    for (const [what, s] of [
      ["styled", x],
      ["laid out", x.layout],
      ["CPU", x.cpu],
    ] as const) {
      assert.ok(Number.isFinite(s?.median) && s.median >= 0, `${name} ${what}: the median is a figure`);
      assert.ok(Number.isFinite(s.p95) && s.p95 >= s.median, `${name} ${what}: the p95 is a figure not below the median`);
    }
  }
});
