/** "Surftip der Woche": the links of one ISO week, in order, for readers and for the planner. */
import "server-only";
import { addWeeks, WEEKS_AHEAD, weeksFrom } from "@/features/surf-tips/weeks";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";

const order = [{ position: "asc" as const }, { id: "asc" as const }];

export type PlannerTip = { id: number; label: string; url: string; clicks: number; linkStatus: string | null; linkCheckedAt: Date | null };
export type PlannedWeek = { isoWeek: string; count: number; unreachable: number };

/**
 * The planner (AD_MANAGER, ADMIN): the tips of `week`, and for the current week and the WEEKS_AHEAD
 * weeks after it how many tips each has and how many of them were found unreachable.
 */
export async function getSurfTipPlanner(week: string, currentWeek: string) {
  await authorize("surftips.manage");
  const range = { gte: currentWeek, lte: addWeeks(currentWeek, WEEKS_AHEAD) };
  const [tips, counts, flagged] = await Promise.all([
    db.surfTip.findMany({
      where: { isoWeek: week },
      orderBy: order,
      select: { id: true, label: true, url: true, clicks: true, linkStatus: true, linkCheckedAt: true },
    }),
    db.surfTip.groupBy({ by: ["isoWeek"], where: { isoWeek: range }, _count: { _all: true } }),
    db.surfTip.groupBy({ by: ["isoWeek"], where: { isoWeek: range, linkStatus: "UNREACHABLE" }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.isoWeek, c._count._all]));
  const flaggedOf = new Map(flagged.map((c) => [c.isoWeek, c._count._all]));
  const weeks: PlannedWeek[] = weeksFrom(currentWeek, WEEKS_AHEAD).map((isoWeek) => ({
    isoWeek,
    count: countOf.get(isoWeek) ?? 0,
    unreachable: flaggedOf.get(isoWeek) ?? 0,
  }));
  return { tips: tips satisfies PlannerTip[], weeks };
}
