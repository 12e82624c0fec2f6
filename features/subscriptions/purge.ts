/**
 * Unconfirmed subscription requests are kept for 7 days (the confirmation link's life), then deleted
 * with their request data; a subscriber left with no subscription at all goes with them.
 */
import "server-only";
import { db, inChunks } from "@/lib/db";

export async function purgeExpiredRequests(at: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const expired = await tx.subscription.findMany({ where: { status: "PENDING", expiresAt: { lt: at } }, select: { id: true, subscriberId: true }, take: 5000 });
    if (expired.length === 0) return 0;
    // Each still pending (one confirmed meanwhile stays), in chunks under SQLite's 999 parameters.
    for (const chunk of inChunks(expired, 300)) await tx.subscription.deleteMany({ where: { OR: chunk.map((s) => ({ id: s.id, status: "PENDING" as const })) } });
    for (const chunk of inChunks([...new Set(expired.map((s) => s.subscriberId))])) await tx.subscriber.deleteMany({ where: { id: { in: chunk }, subscriptions: { none: {} } } });
    return expired.length;
  });
}
