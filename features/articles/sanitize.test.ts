import { describe, expect, it } from "vitest";
import { htmlToText, sanitizeArticleHtml } from "@/features/articles/sanitize";

describe("sanitizeArticleHtml", () => {
  it("keeps the editor's formatting", () => {
    const html = '<h2>Titel</h2><p>Ein <strong>fetter</strong> und <em>kursiver</em> Text.</p><ul><li>eins</li></ul><blockquote><p>Zitat</p></blockquote>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it("keeps http(s) links and makes them safe to follow", () => {
    expect(sanitizeArticleHtml('<p><a href="https://www.stuttgart.de/">Stadt</a></p>')).toBe(
      '<p><a href="https://www.stuttgart.de/" rel="noopener noreferrer nofollow">Stadt</a></p>',
    );
  });

  it.each([
    ["<script>alert(1)</script><p>ok</p>", "<p>ok</p>"],
    ['<p onclick="alert(1)">ok</p>', "<p>ok</p>"],
    ['<img src="x" onerror="alert(1)">', ""],
    ['<img src="https://example.org/a.jpg" onerror="alert(1)" alt="A">', '<img src="https://example.org/a.jpg" alt="A" />'],
    ['<a href="javascript:alert(1)">x</a>', "x"],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', "x"],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', "x"],
    ['<a href="//evil.example">x</a>', "x"],
    ['<p style="background:url(javascript:alert(1))">ok</p>', "<p>ok</p>"],
    ["<iframe src=\"https://evil.example\"></iframe><p>ok</p>", "<p>ok</p>"],
    ["<svg><script>alert(1)</script></svg>", ""],
    ["<math><mi><mglyph><style><img src=x onerror=alert(1)>", ""],
    ['<form action="https://evil.example"><input name="x"></form>', ""],
  ])("renders %j inert", (input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected);
  });

  it("keeps uploaded images and refuses paths outside the uploads", () => {
    expect(sanitizeArticleHtml('<img src="/media/a1b2.webp" alt="Rathaus">')).toBe('<img src="/media/a1b2.webp" alt="Rathaus" />');
    expect(sanitizeArticleHtml('<img src="/media/../auth-secret">')).toBe("");
    expect(sanitizeArticleHtml('<img src="/admin/staff">')).toBe("");
  });

  it("turns h1 into h2 (the page's h1 is the title)", () => {
    expect(sanitizeArticleHtml("<h1>Zwischentitel</h1>")).toBe("<h2>Zwischentitel</h2>");
  });
});

describe("htmlToText", () => {
  it("strips tags and folds white space", () => {
    expect(htmlToText("<p>Hallo  <b>Welt</b></p>\n<p>zwei</p>")).toBe("Hallo Welt zwei");
  });
});
