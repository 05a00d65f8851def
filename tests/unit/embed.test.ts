import { describe, expect, it } from "vitest";
import {
  acceptHeight,
  embedPath,
  embedSnippet,
  frameToResize,
  heightMessage,
  heightMessages,
  MESSAGE_TYPE,
  newTabLinks,
  parseEmbedOptions,
} from "../../src/lib/embed";

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

describe("the loader's choice of iframe", () => {
  const a = { contentWindow: { name: "a" }, src: "https://report.example/embed/map/" };
  const b = { contentWindow: { name: "b" }, src: "https://report.example/embed/timeline/" };
  const msg = (source: unknown, origin = "https://report.example", height = 700) => ({ data: heightMessage("/x", height), origin, source });

  it("resizes only the iframe whose window sent the message, from that iframe's origin", () => {
    expect(frameToResize(msg(b.contentWindow), [a, b])).toEqual({ frame: b, height: 700 });
    expect(frameToResize(msg(a.contentWindow), [a, b])?.frame).toBe(a);
    expect(frameToResize(msg({ name: "host" }), [a, b])).toBeUndefined();
    expect(frameToResize(msg(null), [a, b])).toBeUndefined();
    expect(frameToResize(msg(a.contentWindow, "https://evil.example"), [a, b])).toBeUndefined();
    expect(frameToResize(msg(a.contentWindow, undefined, 30), [a, b])).toBeUndefined();
  });
});

describe("height messages for other hosts", () => {
  it("speaks ours, AMP embed-size, and Pym.js when a Pym parent passed its childId", () => {
    expect(heightMessages("/embed/map/", 812.2)).toEqual([heightMessage("/embed/map/", 812.2), { sentinel: "amp", type: "embed-size", height: 813 }]);
    expect(heightMessages("/embed/map/", 812, "?initialWidth=600&childId=chart-1&parentUrl=x")[2]).toBe("pymxPYMxchart-1xPYMxheightxPYMx812");
  });
});

describe("links inside embeds", () => {
  it("open a new tab: target and noopener added, an existing target or rel kept", () => {
    expect(newTabLinks('<p><a href="/nguon/">Nguồn</a> <a class="x" href="/">a</a></p>')).toBe(
      '<p><a href="/nguon/" target="_blank" rel="noopener">Nguồn</a> <a class="x" href="/" target="_blank" rel="noopener">a</a></p>',
    );
    expect(newTabLinks('<a href="/" target="_blank" rel="noopener">x</a>')).toBe('<a href="/" target="_blank" rel="noopener">x</a>');
    expect(newTabLinks('<a href="/" rel="license">x</a>')).toBe('<a href="/" rel="license noopener" target="_blank">x</a>');
    expect(newTabLinks('<a id="top">x</a><abbr title="y">z</abbr>')).toBe('<a id="top">x</a><abbr title="y">z</abbr>');
  });
});

describe("embed options", () => {
  it("reads year, lang, theme and controls, ignoring anything unknown", () => {
    expect(parseEmbedOptions("?year=2015&lang=en&theme=dark&controls=0", years)).toEqual({ year: 2015, lang: "en", theme: "dark", controls: false });
    expect(parseEmbedOptions("?year=1999&lang=fr&theme=pink&controls=1", years)).toEqual({});
    expect(parseEmbedOptions("?theme=auto", years)).toEqual({ theme: "auto" });
  });

  it("builds the embed path from a choice, leaving defaults out of the URL", () => {
    expect(embedPath({ chart: "map", lang: "vi", year: 2025 }, 2025)).toBe("/embed/map/");
    expect(embedPath({ chart: "map", lang: "en", year: 2015, theme: "dark", controls: false }, 2025)).toBe("/en/embed/map/?year=2015&theme=dark&controls=0");
    expect(embedPath({ chart: "map/binh-lieu", lang: "vi", year: 2020, version: "1.1.0", theme: "light" }, 2025)).toBe("/embed/v1.1.0/map/binh-lieu/?year=2020");
    // Charts without a year or a slider ignore those choices.
    expect(embedPath({ chart: "timeline", lang: "vi", year: 2015, controls: false, theme: "auto" }, 2025)).toBe("/embed/timeline/?theme=auto");
  });
});

describe("embed snippet", () => {
  it("is an iframe with a title, in a responsive box (px + % of the width), lazy loading, and the loader", () => {
    const s = embedSnippet({ src: "https://r.example/embed/map/?year=2016&lang=en", title: 'Map "A" <b>', fit: { px: 612, pct: 61.5, bends: [] }, loader: "https://r.example/embed.js" });
    expect(s).toBe(
      '<div data-ntm-embed-box style="position:relative;width:100%;height:0;padding:0 0 calc(612px + 61.5%) 0">' +
        '<iframe title="Map &quot;A&quot; &lt;b>" src="https://r.example/embed/map/?year=2016&amp;lang=en" loading="lazy" style="position:absolute;top:0;left:0;width:100%;height:100%;border:0" data-ntm-embed></iframe></div>\n<script async src="https://r.example/embed.js"></script>',
    );
    // A height that shrinks as the column widens, then grows past a bend: each bend adds its change of slope beyond it.
    expect(embedSnippet({ src: "s", title: "t", fit: { px: 900, pct: -12.25, bends: [{ at: 600, pct: 92.25 }, { at: 800, pct: -5 }] }, loader: "l" })).toContain(
      "padding:0 0 calc(900px - 12.25% + 0.9225 * max(0px, 100% - 600px) - 0.05 * max(0px, 100% - 800px)) 0",
    );
  });
});

describe("embed: edges", () => {
  const frame = "https://report.example/embed/map/";
  const ok = "https://report.example";
  it("accepts heights from 50 to 20 000 px inclusive, rounded up, and nothing that is not a finite number", () => {
    expect(acceptHeight({ type: MESSAGE_TYPE, height: 50 }, ok, frame)).toBe(50);
    expect(acceptHeight({ type: MESSAGE_TYPE, height: 49.5 }, ok, frame)).toBeUndefined();
    expect(acceptHeight({ type: MESSAGE_TYPE, height: 20000 }, ok, frame)).toBe(20000);
    expect(acceptHeight({ type: MESSAGE_TYPE, height: 20000.5 }, ok, frame)).toBeUndefined();
    expect(acceptHeight({ type: MESSAGE_TYPE, height: 640.2 }, ok, frame)).toBe(641);
    expect(acceptHeight({ type: MESSAGE_TYPE, height: Infinity }, ok, frame)).toBeUndefined();
    expect(acceptHeight({ type: MESSAGE_TYPE, height: NaN }, ok, frame)).toBeUndefined();
    expect(acceptHeight(`{"type":"${MESSAGE_TYPE}","height":640}`, ok, frame)).toBeUndefined();
    expect(acceptHeight({ height: 640 }, ok, frame)).toBeUndefined();
  });

  it("refuses a message when the iframe's src is not a URL", () => {
    expect(acceptHeight({ type: MESSAGE_TYPE, height: 640 }, ok, "not a url")).toBeUndefined();
  });

  it("rounds AMP's and Pym's heights up too, and adds Pym's only with a childId", () => {
    expect(heightMessages("/e/", 700.1, "?childId=c")).toEqual([heightMessage("/e/", 700.1), { sentinel: "amp", type: "embed-size", height: 701 }, "pymxPYMxcxPYMxheightxPYMx701"]);
    expect(heightMessages("/e/", 700, "?childId=")).toHaveLength(2);
    expect(heightMessages("/e/", 700, "?parentUrl=x")).toHaveLength(2);
  });

  it("checks only the iframe that sent the message, even if an earlier one has the sender's origin", () => {
    const a = { contentWindow: { name: "a" }, src: "https://other.example/embed/" };
    const b = { contentWindow: { name: "b" }, src: "https://report.example/embed/" };
    const data = heightMessage("/x", 300);
    expect(frameToResize({ data, origin: ok, source: b.contentWindow }, [a, b])).toEqual({ frame: b, height: 300 });
    expect(frameToResize({ data, origin: ok, source: a.contentWindow }, [a, b])).toBeUndefined();
    expect(frameToResize({ data: { type: "x" }, origin: ok, source: b.contentWindow }, [a, b])).toBeUndefined();
    expect(frameToResize({ data, origin: ok, source: b.contentWindow }, [])).toBeUndefined();
    expect(frameToResize({ data, origin: ok, source: undefined }, [{ contentWindow: undefined, src: b.src }])).toBeUndefined();
  });

  it("reads controls=0 only, and light as a theme", () => {
    expect(parseEmbedOptions("?controls=false&theme=light&lang=vi", years)).toEqual({ theme: "light", lang: "vi" });
    expect(parseEmbedOptions("", years)).toEqual({});
  });

  it("keeps the year of a district map, and a default year out of the URL", () => {
    expect(embedPath({ chart: "map/ha-long", lang: "en", year: 2015, controls: true }, 2025)).toBe("/en/embed/map/ha-long/?year=2015");
    expect(embedPath({ chart: "map", lang: "vi" }, 2025)).toBe("/embed/map/");
    expect(embedPath({ chart: "districts", lang: "en", version: "2.0.0", theme: "dark", controls: false }, 2025)).toBe("/en/embed/v2.0.0/districts/?theme=dark");
  });

  it("escapes every ampersand, quote and bracket in the snippet", () => {
    const s = embedSnippet({ src: "/e?a=1&b=2&c=3", title: '"x" & "y"', fit: { px: 100, pct: 50, bends: [] }, loader: "/l.js?a&b" });
    expect(s).toContain('title="&quot;x&quot; &amp; &quot;y&quot;"');
    expect(s).toContain('src="/e?a=1&amp;b=2&amp;c=3"');
    expect(s).toContain('<script async src="/l.js?a&amp;b">');
  });

  it("opens new tabs on links only: not on an anchor without href, nor on data-href", () => {
    expect(newTabLinks('<a data-href="/x">x</a>')).toBe('<a data-href="/x">x</a>');
    expect(newTabLinks('<a\nhref="/x">x</a>')).toBe('<a\nhref="/x" target="_blank" rel="noopener">x</a>');
    expect(newTabLinks('<a href="/" rel="noopener license">x</a>')).toBe('<a href="/" rel="noopener license" target="_blank">x</a>');
    expect(newTabLinks('<a href="/" rel="">x</a>')).toBe('<a href="/" rel="noopener" target="_blank">x</a>');
    expect(newTabLinks('<a href="/" data-target="y">x</a>')).toBe('<a href="/" data-target="y" target="_blank" rel="noopener">x</a>');
    expect(newTabLinks('<a href="/" data-rel="x">y</a>')).toBe('<a href="/" data-rel="x" target="_blank" rel="noopener">y</a>');
    expect(newTabLinks('<abbr href="/">x</abbr><area href="/">')).toBe('<abbr href="/">x</abbr><area href="/">');
  });
});
