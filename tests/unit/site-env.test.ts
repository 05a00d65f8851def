import { describe, expect, it } from "vitest";
import { LOCAL_PORT, siteEnv } from "../../scripts/site-env.mjs";

describe("site origin", () => {
  it("local builds use the origin scripts/serve.mjs serves, dev the one astro dev serves", () => {
    expect(siteEnv({ env: {}, command: "build" }).site).toBe(`http://127.0.0.1:${LOCAL_PORT}`);
    expect(siteEnv({ env: {}, command: "dev" }).site).toBe(`http://localhost:${LOCAL_PORT}`);
    expect(siteEnv({ env: { PORT: "4405" }, command: "build" }).site).toBe("http://127.0.0.1:4405");
    expect(siteEnv({ env: { NTM_SITE: "http://127.0.0.1:4405" } }).site).toBe("http://127.0.0.1:4405");
  });

  it("a site address with a path gives the base path, unless NTM_BASE is set", () => {
    expect(siteEnv({ env: { NTM_SITE: "https://owner.github.io/repo" } })).toMatchObject({ site: "https://owner.github.io", base: "/repo/" });
    expect(siteEnv({ env: { NTM_SITE: "https://owner.github.io/repo/", NTM_BASE: "/other/" } }).base).toBe("/other/");
    expect(siteEnv({ env: {} }).base).toBe("/");
  });

  it("a production build without a real NTM_SITE or NTM_REPO_URL fails, naming the variable", () => {
    const repo = "https://github.com/owner/repo";
    expect(() => siteEnv({ env: { NTM_ENV: "production", NTM_REPO_URL: repo } })).toThrow(/NTM_SITE is not set/);
    for (const placeholder of ["https://example.org", "http://127.0.0.1:4321", "http://localhost:4321", "https://news.example"]) {
      expect(() => siteEnv({ env: { NTM_ENV: "production", NTM_SITE: placeholder, NTM_REPO_URL: repo } })).toThrow(/NTM_SITE is a placeholder/);
    }
    expect(() => siteEnv({ env: { NTM_ENV: "production", NTM_SITE: "https://owner.github.io/repo/" } })).toThrow(/NTM_REPO_URL is not set/);
    expect(siteEnv({ env: { NTM_ENV: "production", NTM_SITE: "https://owner.github.io/repo/", NTM_REPO_URL: repo } })).toMatchObject({
      site: "https://owner.github.io",
      base: "/repo/",
      repoUrl: repo,
      production: true,
    });
  });
});
