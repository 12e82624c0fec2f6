/**
 * sidebar_overhead_ms, measured in a process of its own on the bench database (run by sidebar.ts): what
 * the reader sidebar adds to one render of a reader page — the app's own loadSidebar (today's running
 * bookings per slot and this week's surf tips, through the app's Prisma client, kept 5 s per instance)
 * and the markup of SidebarView. Prints one JSON line.
 */
import { renderToString } from "react-dom/server";
import { loadSidebar, SIDEBAR_MEMO_PREFIX } from "@/features/site/sidebar-data";
import { SidebarView, type SidebarTexts } from "@/features/site/sidebar-view";
import { forget } from "@/lib/memo";
import site from "@/messages/de/site.json";

const texts = site.sidebar as SidebarTexts;
const now = new Date();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function timed(runs: number, work: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  return median(ms);
}

async function pageRender() {
  return renderToString(<SidebarView data={await loadSidebar(now)} texts={texts} />);
}

async function main() {
  const warm = await pageRender();
  for (let i = 0; i < 50; i++) await pageRender();
  // A render that finds the sidebar kept (all but one render per 5 s and instance).
  const kept = await timed(2000, pageRender);
  // A render that loads it (the first after 5 s, or after an ad or surf-tip change).
  const loading = await timed(200, () => {
    forget(SIDEBAR_MEMO_PREFIX);
    return pageRender();
  });
  const loadOnly = await timed(200, () => {
    forget(SIDEBAR_MEMO_PREFIX);
    return loadSidebar(now);
  });
  const data = await loadSidebar(now);
  const markupOnly = await timed(2000, async () => renderToString(<SidebarView data={data} texts={texts} />));
  console.log(
    JSON.stringify({
      kept,
      loading,
      loadOnly,
      markupOnly,
      bytes: Buffer.byteLength(warm),
      slots: data.slots.length,
      ads: data.slots.reduce((n, s) => n + s.ads.length, 0),
      tips: data.tips.length,
    }),
  );
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
