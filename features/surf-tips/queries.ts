/** "Surftip der Woche": the links of one ISO week, in order. */
import "server-only";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";

export async function listWeekSurfTips(isoWeek: string) {
  return db.surfTip.findMany({
    where: { isoWeek },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, label: true, url: true },
  });
}

export async function getSurfTipsOverview(isoWeek: string) {
  await authorize("surftips.manage");
  const [current, plannedWeeks] = await Promise.all([
    db.surfTip.findMany({ where: { isoWeek }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, label: true, url: true, clicks: true } }),
    db.surfTip.groupBy({ by: ["isoWeek"], where: { isoWeek: { gt: isoWeek } }, _count: { _all: true }, orderBy: { isoWeek: "asc" }, take: 12 }),
  ]);
  return { current, plannedWeeks: plannedWeeks.map((w) => ({ isoWeek: w.isoWeek, count: w._count._all })) };
}
