/**
 * A reader's click on a surf tip: counted with one atomic UPDATE (clicks + 1, no read-modify-write),
 * which also hands back the tip's own stored address. Tips of weeks that have not begun are unknown
 * here, so a guessed id never reveals a planned link before its week.
 */
import "server-only";
import { db } from "@/lib/db";

export async function countSurfTipClick(id: number, currentWeek: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ url: string }[]>`UPDATE "SurfTip" SET "clicks" = "clicks" + 1 WHERE "id" = ${id} AND "isoWeek" <= ${currentWeek} RETURNING "url"`;
  return row?.url ?? null;
}

/** The address of a tip that is public (its week has begun), without counting: for HEAD requests. */
export async function getPublicSurfTipUrl(id: number, currentWeek: string): Promise<string | null> {
  const tip = await db.surfTip.findFirst({ where: { id, isoWeek: { lte: currentWeek } }, select: { url: true } });
  return tip?.url ?? null;
}
