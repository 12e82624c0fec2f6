/** Small pieces shared by the staff actions (actions.ts, account-actions.ts). */
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { Translate } from "@/features/staff/schemas";
import { ActionError, formDataToObject } from "@/lib/action";
import type { Tx } from "@/lib/db";

export type ActionInput = FormData | Record<string, unknown> | undefined;

export const fieldsOf = (input: ActionInput) => (input instanceof FormData ? formDataToObject(input) : (input ?? {}));

export async function staffTranslator() {
  return (await getTranslations("staff")) as Translate;
}

/** The list and the person's page show what an action changed. */
export function revalidateStaff(id?: number) {
  revalidatePath("/admin/staff");
  if (id) revalidatePath(`/admin/staff/${id}`);
}

export async function findStaffOrFail(tx: Tx, id: number, t: Translate) {
  const user = await tx.user.findUnique({ where: { id }, select: { name: true, email: true, disabledAt: true } });
  if (!user) throw new ActionError(t("errors.notFound"));
  return user;
}

export const revokeSessions = (tx: Tx, userId: number, at: Date) =>
  tx.staffSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: at } });

export const userTarget = (id: number) => ({ targetType: "user", targetId: id });

