/**
 * Article HTML is sanitized when it is saved, so that what is stored is exactly what readers get:
 * an allow-list of the editor's formatting (headings, emphasis, lists, quotes, links, images).
 * Scripts, event-handler attributes, styles and non-http(s) links never reach the database.
 */
import sanitizeHtml from "sanitize-html";

const LINK = /^(https?:\/\/|mailto:)/i;
const IMAGE = /^(\/media\/[\w.-]+$|https?:\/\/)/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "a", "ul", "ol", "li", "blockquote", "br", "hr", "img", "figure", "figcaption", "code", "pre"],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // A link with a forbidden target keeps its text and loses the link; a kept link never hands our
    // page to its target (and carries no SEO weight by default).
    a: (_tag, attribs) =>
      LINK.test(attribs.href ?? "")
        ? { tagName: "a", attribs: { href: attribs.href, ...(attribs.title ? { title: attribs.title } : {}), rel: "noopener noreferrer nofollow" } }
        : { tagName: "span", attribs: {} },
    // h1 is the article title; editors' h1 become h2.
    h1: "h2",
  },
  // Images only from our uploads or over http(s).
  exclusiveFilter: (frame) => frame.tag === "img" && !IMAGE.test(frame.attribs.src ?? ""),
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The text of sanitized HTML, for meta descriptions, feeds and search. */
export function htmlToText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
