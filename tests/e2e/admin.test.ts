/**
 * The form-based editor (Decap CMS) end to end, in Chromium:
 * - the built /admin/ loads in Vietnamese, on GitHub with one pull request per change;
 * - local mode (`npm run admin` → decap-server) on a COPY of data/ (never data/ itself): a new
 *   recognition entered through the form lands in the copy's recognitions.json and passes data:check;
 * - bad entries: the form refuses a year outside the schema's range; what the form cannot know (a
 *   "no later than" bound before the tier below, an unknown source typed into the JSON, year 2031 in
 *   the JSON) is named by data:check, with file, record and field.
 * Which commune and source are used is read from the data, so an editor's correct change breaks nothing.
 */
import { test } from "@playwright/test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { parse } from "yaml";
import { open, url } from "./browser";
import { startAdmin, type Admin } from "../../scripts/admin";
import { unitOptions } from "../../src/lib/cms-config";
import { diffDatasets } from "../../src/data/diff";
import { loadDataset } from "../../src/data/load";
import { levelLabel, wordingLabel } from "../../src/i18n/status";
import { valueWords } from "../../src/i18n/cms";
import type { Recognition, Source, Unit } from "../../src/data/types";
import { inProgrammeAt } from "../../src/lib/lineage";

/** The year of the record the form adds: a year the chosen commune was in the programme. */
const YEAR = 2019;

// Generous: the editor is a 5 MB bundle, and a shared 2-core machine can be slow to run it.
const SLOW = { timeout: 600_000 };
// The tests share one copy of data/ and one editor, in order: one worker runs them one after another.
test.describe.configure({ mode: "default" });
let browser: Browser;
let root: string;
let admin: Admin;

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = createServer();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

const t0 = Date.now();
const log = (m: string) => console.log(`# ${((Date.now() - t0) / 1000).toFixed(1)} s: ${m}`);
const dataOf = (name: string) => JSON.parse(readFileSync(join(root, "data", `${name}.json`), "utf8"));
const dataCheck = () => spawnSync("npx", ["tsx", "scripts/data-check.ts"], { env: { ...process.env, NTM_DATA_DIR: join(root, "data") }, encoding: "utf8" });

test.beforeAll(async ({ browser: shared }) => {
  root = mkdtempSync(join(tmpdir(), "ntm-admin-"));
  cpSync("data", join(root, "data"), { recursive: true });
  admin = await startAdmin({ root, port: 0, proxyPort: await freePort(), quiet: true });
  browser = shared;
});
test.afterAll(async () => {
  await admin?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Open the recognitions list in the local editor, logged in (the local proxy needs no account). */
async function openRecognitions(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(180_000);
  page.on("dialog", (d) => void d.accept()); // "Do you want to publish?"
  await page.goto(`${admin.url}#/collections/data/entries/recognitions`, { waitUntil: "domcontentloaded" });
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  log("logged in");
  // The list's add button, by the item's name. Once in CI Decap drew its verb before our Vietnamese phrases
  // were registered ("Add hồ sơ công nhận"); /admin/cms-locale.js now starts Decap itself, after registering
  // them. That the editor is in Vietnamese is the first test's assertion; this one is about the data.
  await page.getByRole("button", { name: /^(Thêm|Add) hồ sơ công nhận$/ }).click();
  await page.locator('[id^="id-field-"]').first().waitFor();
  return page;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const exact = (s: string) => new RegExp(`^${escapeRe(s)}$`);

/** Pick an option of the n-th react-select (Decap's select and relation widgets) of the new item. */
async function choose(page: Page, field: string, typed: string, option: string | RegExp) {
  log(`choose ${field}: ${typed}`);
  const input = page.locator(`[id^="${field}-field-"]`).first();
  await input.click({ force: true });
  await input.fill(typed);
  await page.locator('[id*="-option-"]').filter({ hasText: option }).first().click();
}

async function fillRecord(page: Page, r: { id: string; unitLabel: string; level: string; year: number; precision: string; wording: string; decision?: string; date?: string; sourceId: string; sourceLabel: RegExp }) {
  await page.locator('[id^="id-field-"]').first().fill(r.id);
  await choose(page, "unit", r.unitLabel, exact(r.unitLabel));
  await choose(page, "level", r.level, exact(r.level));
  await page.locator('[id^="year-field-"]').first().fill(String(r.year));
  await choose(page, "precision", r.precision, exact(r.precision));
  await choose(page, "wording", r.wording, exact(r.wording));
  if (r.date) await page.locator('[id^="decision_date-field-"]').first().fill(r.date);
  if (r.decision) await page.locator('[id^="decision-field-"]').first().fill(r.decision);
  await choose(page, "sources", r.sourceId, r.sourceLabel);
}

async function publish(page: Page) {
  await page.getByRole("button", { name: "Công bố", exact: true }).click();
  await page.getByText("Công bố ngay", { exact: true }).click();
}

const complete = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

async function waitForFile(before: string, ms = 60_000): Promise<string> {
  const file = join(root, "data", "recognitions.json");
  for (let t = 0; t < ms; t += 250) {
    const now = readFileSync(file, "utf8");
    // Changed, and written to the end: decap-server may be caught between truncating the file and writing it.
    if (now !== before && complete(now)) return now;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("recognitions.json did not change on disk");
}

/** A commune with no record yet, and the first source: both from the data. */
function pickFromData() {
  const units: Unit[] = dataOf("units").units;
  const recs: Recognition[] = dataOf("recognitions").recognitions;
  const sources: Source[] = dataOf("sources").sources;
  const options = unitOptions("vi", units);
  const named = new Set(recs.map((r) => r.unit));
  const commune = units.find((u) => u.type === "xa" && u.geo_id && !named.has(u.id) && inProgrammeAt(u, YEAR));
  assert.ok(commune, "the data has a commune without any record");
  const label = options.find((o) => o.value === commune.id)!.label;
  const source = sources.find((s) => recs.some((r) => r.sources.includes(s.id)))!;
  return { commune, label, source, recs };
}

test("the built /admin/ loads in Vietnamese, on GitHub with one pull request per change, and nothing else loads it", async () => {
  test.setTimeout(SLOW.timeout);
  const config = parse(await (await fetch(url("/admin/config.yml"))).text());
  assert.equal(config.locale, "vi");
  assert.equal(config.backend.name, "github");
  assert.equal(config.publish_mode, "editorial_workflow");
  const en = parse(await (await fetch(url("/admin/en/config.yml"))).text());
  assert.equal(en.locale, "en");
  const { page, context, foreign } = await open(browser, "/admin/");
  await page.getByRole("button", { name: "Đăng nhập bằng GitHub" }).waitFor({ timeout: 90_000 });
  assert.equal(await page.locator("html").getAttribute("lang"), "vi");
  assert.deepEqual(foreign, [], "the editor loads nothing from another host");
  await context.close();
  // The reader pages do not load the editor.
  const home = await (await fetch(url("/"))).text();
  assert.doesNotMatch(home, /decap|admin\/cms/i);
});

test("local mode: a recognition entered through the form lands in the copy's recognitions.json and passes data:check", async () => {
  test.setTimeout(SLOW.timeout);
  const { commune, label, source } = pickFromData();
  const beforeText = readFileSync(join(root, "data", "recognitions.json"), "utf8");
  const before = loadDataset(join(root, "data"));
  const id = `${commune.id}-ntm-${YEAR}`;
  const page = await openRecognitions();
  await fillRecord(page, {
    id,
    unitLabel: label,
    level: levelLabel.vi.ntm,
    year: YEAR,
    precision: valueWords.vi.precision.exact,
    wording: wordingLabel.vi.recognised,
    decision: "9999/QĐ-UBND",
    date: "2019-12-30",
    sourceId: source.id,
    sourceLabel: new RegExp(escapeRe(source.publisher.slice(0, 20))),
  });
  log("publish");
  await publish(page).catch(async (e) => {
    await page.screenshot({ path: "test-results/admin-publish.png", fullPage: true });
    throw e;
  });
  await waitForFile(beforeText);
  log("written");
  await page.close();

  const after = loadDataset(join(root, "data"));
  const diff = diffDatasets(before, after);
  const recs = diff.files.find((f) => f.file === "recognitions.json")!;
  assert.deepEqual(recs.added, [id], "exactly the new record was added");
  assert.deepEqual(recs.removed, []);
  assert.deepEqual(recs.changed, [], "no other record was touched");
  for (const f of diff.files.filter((f) => f.file !== "recognitions.json")) assert.equal(f.added.length + f.removed.length + f.changed.length, 0, f.file);
  const added = after.recognitions.find((r) => r.id === id)!;
  assert.deepEqual(
    { unit: added.unit, level: added.level, year: added.year, precision: added.precision, wording: added.wording, decision: added.decision, decision_date: added.decision_date, sources: added.sources },
    { unit: commune.id, level: "ntm", year: YEAR, precision: "exact", wording: "recognised", decision: "9999/QĐ-UBND", decision_date: "2019-12-30", sources: [source.id] },
  );
  const check = dataCheck();
  assert.equal(check.status, 0, check.stderr + check.stdout);
  assert.match(check.stdout, /0 error\(s\)/);
});

test("bad entries: the form refuses year 2031; data:check names a bound before the tier below, an unknown source and year 2031", async () => {
  test.setTimeout(SLOW.timeout);
  const { source, recs } = pickFromData();
  const units: Unit[] = dataOf("units").units;
  // A commune recognised NTM in a known year after the first: nâng cao "no later than" the year before is impossible.
  const ntm = recs.find((r) => r.wording === "recognised" && r.level === "ntm" && r.precision !== "no-later-than" && units.find((u) => u.id === r.unit)?.geo_id && !recs.some((x) => x.unit === r.unit && x.level !== "ntm"));
  assert.ok(ntm, "the data has a commune with a formal NTM year and no higher tier");
  const label = unitOptions("vi", units).find((o) => o.value === ntm.unit)!.label;
  const badYear = ntm.year - 1;
  const id = `${ntm.unit}-nang-cao-${badYear}`;
  const file = join(root, "data", "recognitions.json");
  const beforeText = readFileSync(file, "utf8");

  const page = await openRecognitions();
  const record = {
    id,
    unitLabel: label,
    level: levelLabel.vi["nang-cao"],
    year: 2031,
    precision: valueWords.vi.precision["no-later-than"],
    wording: wordingLabel.vi.recognised,
    sourceId: source.id,
    sourceLabel: new RegExp(escapeRe(source.publisher.slice(0, 20))),
  };
  await fillRecord(page, record);
  await publish(page);
  // The schema's maximum is in the form: it says so, and writes nothing.
  const max = (JSON.parse(readFileSync("data/schema/recognitions.schema.json", "utf8")).properties.recognitions.items.properties.year.maximum as number);
  // Decap words it "Năm tối đa 2030…" or, with a minimum too, "Năm phải nằm trong khoảng từ 2009 đến 2030".
  await page.getByText(new RegExp(`^Năm [^.]*\\b${max}\\b`)).first().waitFor().catch(async (e) => {
    await page.screenshot({ path: "test-results/admin-2031.png", fullPage: true });
    throw e;
  });
  log("the form refused 2031");
  assert.equal(readFileSync(file, "utf8"), beforeText, "nothing was written");

  // A bound before the tier below is legal for the form; data:check names it.
  await page.locator('[id^="year-field-"]').first().fill(String(badYear));
  await publish(page);
  const written = JSON.parse(await waitForFile(beforeText)).recognitions as Recognition[];
  await page.close();
  const index = written.findIndex((r) => r.id === id);
  assert.ok(index >= 0);
  let check = dataCheck();
  assert.equal(check.status, 1);
  assert.match(check.stderr, new RegExp(`data/recognitions\\.json › record #${index} \\(id "${id}"\\) › field "year": puts nâng cao in ${badYear}, before NTM in ${ntm.year}`));

  // What only the JSON route can produce: an unknown source and year 2031.
  const json = JSON.parse(readFileSync(file, "utf8"));
  json.recognitions[index].sources = ["R9999"];
  json.recognitions[index].year = 2031;
  writeFileSync(file, JSON.stringify(json, null, 2) + "\n");
  check = dataCheck();
  assert.equal(check.status, 1);
  assert.match(check.stderr, new RegExp(`data/recognitions\\.json › record #${index} \\(id "${id}"\\) › field "year": must be <= ${max}`));
  // Schema errors come first; the reference rule runs once the file has the schema's shape.
  json.recognitions[index].year = badYear + 1 > ntm.year ? ntm.year : badYear + 1;
  writeFileSync(file, JSON.stringify(json, null, 2) + "\n");
  check = dataCheck();
  assert.match(check.stderr, new RegExp(`data/recognitions\\.json › record #${index} \\(id "${id}"\\) › field "sources": cites source "R9999", which is not in data/sources.json`));
});
