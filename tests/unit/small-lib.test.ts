/** The small pure modules of src/lib that had no tests of their own: dates, credits, CSP, corrections, the editor's page, citations. */
import { describe, expect, it } from "vitest";
import { LAST_YEAR } from "../../src/config";
import { frameEnd, onOrBefore, yearOf } from "../../src/lib/dates";
import { BOUNDARY_CREDIT, wrapWords } from "../../src/lib/credits";
import { ADMIN_CSP, ADMIN_CSP_DIRECTIVES, CSP, CSP_DIRECTIVES } from "../../src/lib/csp";
import { correctionUrl, editorUrl } from "../../src/lib/correction";
import { adminPage, cmsLocaleScript, isCmsAsset, CMS_ASSETS } from "../../src/lib/cms-page";
import { cmsUi, decapViPatch } from "../../src/i18n/cms";
import { citeBibtex, citeText } from "../../src/lib/cite";

describe("frame dates", () => {
  it("ends the last year on 30 June and every other year on 31 December", () => {
    expect(frameEnd(LAST_YEAR)).toBe(`${LAST_YEAR}-06-30`);
    expect(frameEnd(LAST_YEAR - 1)).toBe(`${LAST_YEAR - 1}-12-31`);
  });

  it("reads the year of full and partial dates", () => {
    expect(yearOf("2021-10-29")).toBe(2021);
    expect(yearOf("2021-10")).toBe(2021);
    expect(yearOf("2021")).toBe(2021);
  });

  it("counts a partial date from its first day, and the frame's last day as in it", () => {
    expect(onOrBefore("2019-12-31", 2019)).toBe(true);
    expect(onOrBefore("2020-01-01", 2019)).toBe(false);
    expect(onOrBefore("2019-12", 2019)).toBe(true);
    expect(onOrBefore("2019", 2019)).toBe(true);
    expect(onOrBefore("2020", 2019)).toBe(false);
    expect(onOrBefore(`${LAST_YEAR}-06-30`, LAST_YEAR)).toBe(true);
    expect(onOrBefore(`${LAST_YEAR}-07`, LAST_YEAR)).toBe(false);
    expect(onOrBefore(`${LAST_YEAR}-06`, LAST_YEAR)).toBe(true);
  });
});

describe("boundary credit", () => {
  it("is written in both languages and names the licence", () => {
    expect(BOUNDARY_CREDIT.vi).toMatch(/vietnam63.*MIT/);
    expect(BOUNDARY_CREDIT.en).toMatch(/vietnam63.*MIT/);
  });

  it("wraps at spaces, at most `max` characters a line, a long word on its own line", () => {
    expect(wrapWords("aa bb cc", 5)).toEqual(["aa bb", "cc"]);
    expect(wrapWords("aa bb cc", 4)).toEqual(["aa", "bb", "cc"]);
    expect(wrapWords("aa bb cc", 8)).toEqual(["aa bb cc"]);
    expect(wrapWords("  aa \n  bb  ", 80)).toEqual(["aa bb"]);
    expect(wrapWords("a verylongword b", 5)).toEqual(["a", "verylongword", "b"]);
    expect(wrapWords("verylongword", 5)).toEqual(["verylongword"]);
    expect(wrapWords("", 5)).toEqual([]);
    expect(wrapWords("   ", 5)).toEqual([]);
    for (const line of wrapWords(BOUNDARY_CREDIT.en, 60)) expect(line.length).toBeLessThanOrEqual(60);
    expect(wrapWords(BOUNDARY_CREDIT.en, 60).join(" ")).toBe(BOUNDARY_CREDIT.en);
  });
});

describe("Content-Security-Policy", () => {
  const parse = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
  it("writes every directive as name and non-empty value, separated by '; '", () => {
    for (const [csp, directives] of [[CSP, CSP_DIRECTIVES], [ADMIN_CSP, ADMIN_CSP_DIRECTIVES]] as const) {
      const p = parse(csp);
      expect([...p.keys()]).toEqual(Object.keys(directives));
      for (const [name, value] of p) {
        expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(value.length, name).toBeGreaterThan(0);
        expect(value.join(" ")).toBe(directives[name]);
      }
    }
  });

  it("allows scripts, fonts, connections, forms and the base only from our own origin, plugins from nowhere", () => {
    const p = parse(CSP);
    for (const d of ["default-src", "script-src", "font-src", "connect-src", "base-uri", "form-action"]) expect(p.get(d), d).toEqual(["'self'"]);
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.get("img-src")).toEqual(["'self'", "data:"]);
    expect(p.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("relaxes on the editor only what Decap and GitHub need, keeping the rest", () => {
    const p = parse(ADMIN_CSP);
    expect(p.get("script-src")).toEqual(["'self'", "'unsafe-eval'"]);
    expect(p.get("connect-src")).toEqual(["'self'", "https://api.github.com", "http://127.0.0.1:*"]);
    expect(p.get("form-action")).toEqual(["'self'", "https://github.com"]);
    expect(p.get("img-src")).toContain("https://avatars.githubusercontent.com");
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.get("default-src")).toEqual(["'self'"]);
  });
});

describe("correction links", () => {
  it("drops a trailing slash of the repository URL and titles the issue in the page's language", () => {
    const en = new URL(correctionUrl("https://github.com/o/r/", "en", { label: "Một commune", name: "Một" }, "x"));
    expect(en.pathname).toBe("/o/r/issues/new");
    expect(en.searchParams.get("title")).toBe("Correction: Một commune");
    expect(en.searchParams.get("current")).toBe("x");
    const vi = new URL(correctionUrl("https://github.com/o/r", "vi", { label: "xã Một", name: "Một" }, "y"));
    expect(vi.searchParams.get("title")).toBe("Sửa dữ liệu: xã Một");
  });

  it("opens the editor under the base path with or without its slash", () => {
    expect(editorUrl("/sub", "vi")).toBe(editorUrl("/sub/", "vi"));
    expect(editorUrl("/sub", "vi").startsWith("/sub/admin/#")).toBe(true);
    expect(editorUrl("", "en").startsWith("/admin/en/#")).toBe(true);
  });
});

describe("the editor's page", () => {
  it("loads the bundle, the config and the locale under the base path, and links the other language", () => {
    const vi = adminPage("vi", "/sub");
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain(`<script src="/sub/${CMS_ASSETS}decap-cms.js"></script>`);
    expect(vi).toContain('<script src="/sub/admin/cms-locale.js"></script>');
    expect(vi).toContain('<link href="/sub/admin/config.yml" type="text/yaml" rel="cms-config-url">');
    expect(vi).toContain('href="/sub/admin/en/" hreflang="en" lang="en"');
    const en = adminPage("en");
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<link href="/admin/en/config.yml"');
    expect(en).toContain('href="/admin/" hreflang="vi" lang="vi"');
    expect(adminPage("en", "/sub/")).toContain('<script src="/sub/admin/cms-locale.js">');
    // The locale script comes first: it holds Decap back until the Vietnamese phrases are registered.
    expect(vi.indexOf("admin/cms-locale.js")).toBeLessThan(vi.indexOf("decap-cms.js"));
  });

  it("carries the editor's CSP and its words, escaped", () => {
    const html = adminPage("en");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1];
    expect(meta.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&amp;/g, "&")).toBe(ADMIN_CSP);
    const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    expect(html).toContain(`<title>${esc(cmsUi.en.title)}</title>`);
    expect(html).toContain(`<noscript><p>${esc(cmsUi.en.noscript)}</p></noscript>`);
    expect(html).toContain(`>${esc(cmsUi.en.otherLang)}</a>`);
  });

  it("copies only the bundle, its numbered chunks and WebAssembly", () => {
    expect(isCmsAsset("decap-cms.js")).toBe(true);
    expect(isCmsAsset("12.decap-cms.js")).toBe(true);
    expect(isCmsAsset("0a1b2c.wasm")).toBe(true);
    expect(isCmsAsset("decap-cms.js.map")).toBe(false);
    expect(isCmsAsset("x.decap-cms.js")).toBe(false);
    expect(isCmsAsset("decap-cms.jsx")).toBe(false);
    expect(isCmsAsset("a/decap-cms.js")).toBe(false);
    expect(isCmsAsset("12.decap-cms.js.map")).toBe(false);
    expect(isCmsAsset("XYZ.wasm")).toBe(false);
  });

  it("holds Decap back, then completes its Vietnamese locale (keeps what Decap has, adds what it lacks, deeply) and starts it", () => {
    const calls: string[] = [];
    let registered: unknown;
    const first = Object.keys(decapViPatch)[0] as keyof typeof decapViPatch;
    const existing = { [first]: { kept: "Decap's own" }, other: { a: 1 } };
    const CMS = {
      getLocale: (l: string) => (l === "vi" ? existing : undefined),
      registerLocale: (l: string, v: unknown) => {
        registered = [l, v];
        calls.push("registerLocale");
      },
      init: () => calls.push("init"),
    };
    /** Run the script as the page does: before the bundle, then DOMContentLoaded once the bundle has run. */
    const run = (cms: typeof CMS) => {
      const win: Record<string, unknown> = {};
      let ready: (() => void) | undefined;
      new Function("window", "document", cmsLocaleScript())(win, { addEventListener: (e: string, f: () => void) => e === "DOMContentLoaded" && (ready = f) });
      expect(win.CMS_MANUAL_INIT).toBe(true);
      expect(calls).toEqual([]);
      win.CMS = cms;
      ready!();
    };
    run(CMS);
    expect(calls).toEqual(["registerLocale", "init"]);
    const [lang, locale] = registered as [string, Record<string, unknown>];
    expect(lang).toBe("vi");
    expect(locale.other).toEqual({ a: 1 });
    expect((locale[first] as Record<string, unknown>).kept).toBe("Decap's own");
    for (const k of Object.keys(decapViPatch)) expect(locale[k]).toBeDefined();
    // with no Vietnamese locale at all, the patch is the locale
    calls.length = 0;
    run({ ...CMS, getLocale: () => undefined });
    expect((registered as [string, unknown])[1]).toEqual(decapViPatch);
  });
});

describe("citations: every TeX special", () => {
  it("escapes \\ { } % & $ # _ ^ ~ and writes each field once", () => {
    const c = { author: "A_B", title: "\\{}%&$#_^~", container: "C&D", url: "https://x/?a=1&b_2", version: "1.0_rc", accessed: "2026-01-02", key: "k" };
    const b = citeBibtex(c).split("\n");
    expect(b).toEqual([
      "@misc{k,",
      "  author = {{A\\_B}},",
      "  title = {\\\\\\{\\}\\%\\&\\$\\#\\_\\^\\~},",
      "  howpublished = {C\\&D},",
      "  year = {2026},",
      "  version = {1.0\\_rc},",
      "  url = {https://x/?a=1&b_2},",
      "  urldate = {2026-01-02},",
      "  note = {Data version 1.0\\_rc},",
      "}",
    ]);
    expect(citeText(c, { dataVersion: (v) => `v${v}`, accessed: (d) => `seen ${d}` }, (d) => d.split("-").reverse().join("/"))).toBe(
      "A_B (2026). \\{}%&$#_^~. C&D. v1.0_rc. https://x/?a=1&b_2 (seen 02/01/2026).",
    );
  });
});
