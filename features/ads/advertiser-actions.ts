"use server";
/** An ad manager corrects an advertiser's contact data (AD_MANAGER, ADMIN); audited with the old and new values. */
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { advertiserEditSchema } from "@/features/ads/schemas";
import { ActionError, staffAction } from "@/lib/action";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";

export const saveAdvertiser = staffAction("ads.manage", advertiserEditSchema, async (input, actor) => {
  const t = await getTranslations("ads.advertisers");
  const data = { name: input.company, contactName: input.contactName || null, email: input.email, phone: input.phone || null };
  await db.$transaction(async (tx) => {
    const before = await tx.advertiser.findFirst({ where: { id: input.id, deletedAt: null }, select: { name: true, contactName: true, email: true, phone: true } });
    if (!before) throw new ActionError(t("notFound"));
    await tx.advertiser.update({ where: { id: input.id }, data });
    await audit(tx, { actorId: actor.id, action: "advertiser.update", targetType: "advertiser", targetId: input.id, summary: `changed advertiser "${input.company}"`, data: { before, after: data } });
  });
  revalidatePath("/admin/ads", "layout");
  return { ok: true, message: t("saved") };
});
