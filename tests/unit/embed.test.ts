import { describe, expect, it } from "vitest";
import { acceptHeight, embedSnippet, heightMessage, MESSAGE_TYPE, parseEmbedOptions } from "../../src/lib/embed";

const years = [2010, 2015, 2025];

describe("embed messages", () => {
  it("is namespaced and carries the embed's id (its path) and height", () => {
    expect(heightMessage("/embed/map/?year=2016", 612.3)).toEqual({ type: MESSAGE_TYPE, id: "/embed/map/?year=2016", height: 613 });
  });

  it("accepts a height only from the iframe's own origin, well-formed and sane", () => {
    const frame = "https://report.example/embed/map/";
    expect(acceptHeight(heightMessage("/embed/map/", 640), "https://report.example", frame)).toBe(640);
    expect(acceptHeight(heightMessage("/embed/map/", 640), "https://evil.example", frame)).toBeUndefined();
    expect(acceptHeight({ type: "other", height: 640 }, "https://report.example", frame)).toBeUndefined();
    expect(acceptHeight({ type: MESSAGE_TYPE, height: "640" }, "https://report.example", frame)).toBeUndefined();
    expect(acceptHeight({ type: MESSAGE_TYPE, height: 1e9 }, "https://report.example", frame)).toBeUndefined();
    expect(acceptHeight(null, "https://report.example", frame)).toBeUndefined();
  });
});

describe("embed options", () => {
  it("reads year, lang, theme and controls, ignoring anything unknown", () => {
    expect(parseEmbedOptions("?year=2015&lang=en&theme=dark&controls=0", years)).toEqual({ year: 2015, lang: "en", theme: "dark", controls: false });
    expect(parseEmbedOptions("?year=1999&lang=fr&theme=pink&controls=1", years)).toEqual({});
  });
});

describe("embed snippet", () => {
  it("is an iframe with a title, full width, a fixed fallback height, lazy loading, and the loader", () => {
    const s = embedSnippet({ src: "https://r.example/embed/map/?year=2016&lang=en", title: 'Map "A" <b>', height: 700, loader: "https://r.example/embed.js" });
    expect(s).toBe(
      '<iframe title="Map &quot;A&quot; &lt;b>" src="https://r.example/embed/map/?year=2016&amp;lang=en" width="100%" height="700" loading="lazy" style="border:0;width:100%" data-ntm-embed></iframe>\n<script async src="https://r.example/embed.js"></script>',
    );
  });
});
