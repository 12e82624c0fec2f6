import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { createFormatter, createTranslator } from "next-intl";
import messages from "@/messages/de";
import { CommentBox } from "./comment-box";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "de", messages, namespace: namespace as never }),
  getFormatter: async () => createFormatter({ locale: "de", timeZone: "Europe/Berlin" }),
}));

describe("CommentBox", () => {
  it("renders reader HTML, scripts and links as inert text", async () => {
    const body = `<script>alert("x")</script> <img src=x onerror=alert(1)> https://evil.example/x`;
    const html = renderToStaticMarkup(createElement("div", null, await CommentBox({ comment: { authorName: "<b>Max</b>", body, createdAt: new Date("2026-11-20T10:00:00Z") } })));
    expect(html).not.toMatch(/<script|<img|<b>|<a /);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;Max&lt;/b&gt;");
    expect(html).toContain("https://evil.example/x");
  });
});
