/** Renders an RSS 2.0 document; pure, so the markup is tested without a database or a request. */
import { escapeXml } from "@/features/feeds/xml";

export type RssChannel = { title: string; description: string; link: string; selfUrl: string; language: string };
export type RssItem = { title: string; link: string; description: string; publishedAt: Date | null; category: string };

export function renderRss(channel: RssChannel, items: RssItem[]): string {
  const newest = items.find((i) => i.publishedAt)?.publishedAt;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${escapeXml(channel.language)}</language>`,
    // The newest item's date rather than the render time: the feed only changes when its items do.
    newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : null,
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items.map(renderItem),
    "</channel>",
    "</rss>",
  ];
  return `${lines.filter((l) => l !== null).join("\n")}\n`;
}

function renderItem(item: RssItem): string {
  return [
    "<item>",
    `<title>${escapeXml(item.title)}</title>`,
    `<link>${escapeXml(item.link)}</link>`,
    `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
    `<description>${escapeXml(item.description)}</description>`,
    // toUTCString() is the RFC 822 form RSS 2.0 asks for ("Tue, 01 Dec 2026 08:00:00 GMT").
    item.publishedAt ? `<pubDate>${item.publishedAt.toUTCString()}</pubDate>` : null,
    `<category>${escapeXml(item.category)}</category>`,
    "</item>",
  ]
    .filter((l) => l !== null)
    .join("\n");
}
