import { describe, expect, it } from "vitest";
import { renderRss } from "@/features/feeds/rss";
import { assertWellFormedXml } from "@/features/feeds/test-helpers";
import { escapeXml } from "@/features/feeds/xml";

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;");
  });

  it("escapes an existing entity again instead of trusting it", () => {
    expect(escapeXml("&amp; &#60;")).toBe("&amp;amp; &amp;#60;");
  });

  it("strips characters XML 1.0 forbids and keeps tab, newlines, umlauts and emoji", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh")).toBe("abcdefgh");
    expect(escapeXml("lone \uD800 surrogate \uDFFF")).toBe("lone  surrogate ");
    expect(escapeXml("Straße\tÄrger\r\nüber 😀")).toBe("Straße\tÄrger\r\nüber 😀");
  });
});

describe("renderRss", () => {
  const channel = { title: "Stuttgart Lokal", description: "Nachrichten", link: "https://example.org/", selfUrl: "https://example.org/feed.xml", language: "de-DE" };

  it("writes a well-formed RSS 2.0 document with escaped texts and RFC 822 dates", () => {
    const xml = renderRss(channel, [
      {
        title: `<script>alert(1)</script> & "Zitat" 'x'\u0001`,
        link: "https://example.org/artikel/a?x=1&y=2",
        description: "Teaser <b>fett</b>",
        publishedAt: new Date("2026-12-01T08:00:00Z"),
        category: "Kultur & Freizeit",
      },
    ]);
    assertWellFormedXml(xml);
    expect(xml).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('<atom:link href="https://example.org/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zitat&quot; &apos;x&apos;</title>");
    expect(xml).toContain('<guid isPermaLink="true">https://example.org/artikel/a?x=1&amp;y=2</guid>');
    expect(xml).toContain("<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate>");
    expect(xml).toContain("<lastBuildDate>Tue, 01 Dec 2026 08:00:00 GMT</lastBuildDate>");
    expect(xml).toContain("<category>Kultur &amp; Freizeit</category>");
    expect(xml).not.toContain("<script>");
  });

  it("renders an empty channel", () => {
    const xml = renderRss(channel, []);
    assertWellFormedXml(xml);
    expect(xml).not.toContain("<item>");
    expect(xml).not.toContain("lastBuildDate");
  });
});

describe("assertWellFormedXml (the test helper itself)", () => {
  it("rejects raw < in text, stray & and unbalanced tags", () => {
    expect(() => assertWellFormedXml('<?xml version="1.0"?><a>1 < 2</a>')).toThrow();
    expect(() => assertWellFormedXml('<?xml version="1.0"?><a>Tom & Jerry</a>')).toThrow();
    expect(() => assertWellFormedXml('<?xml version="1.0"?><a><b></a></b>')).toThrow();
    expect(() => assertWellFormedXml('<?xml version="1.0"?><a x="1"/>')).not.toThrow();
  });
});
