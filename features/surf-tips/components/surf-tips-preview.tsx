/** The planner's preview of a week's "Surftip der Woche" box: exactly the reader's box, in German whatever the dashboard language. */
import { getTranslations } from "next-intl/server";
import { SurfTipsBox, type SidebarSurfTip } from "@/features/surf-tips/components/surf-tips-box";

export async function SurfTipsPreview({ tips }: { tips: SidebarSurfTip[] }) {
  const t = await getTranslations({ locale: "de", namespace: "site.sidebar" });
  return <SurfTipsBox tips={tips} texts={{ title: t("surfTips"), empty: t("noSurfTips") }} preview />;
}
