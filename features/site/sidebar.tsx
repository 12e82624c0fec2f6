/** The reader sidebar of every reader page (app/(site)/layout.tsx): kept data, rendered by SidebarView. */
import { getTranslations } from "next-intl/server";
import { loadSidebar } from "@/features/site/sidebar-data";
import { SidebarView, type SidebarTexts } from "@/features/site/sidebar-view";

const TEXT_KEYS = ["label", "ads", "houseAdTitle", "houseAdLink", "newsletterTitle", "newsletter", "surfTips", "noSurfTips"] as const;

export async function Sidebar({ now }: { now: Date }) {
  const [t, data] = await Promise.all([getTranslations("site.sidebar"), loadSidebar(now)]);
  const texts = Object.fromEntries(TEXT_KEYS.map((key) => [key, t(key)])) as SidebarTexts;
  return <SidebarView data={data} texts={texts} />;
}
