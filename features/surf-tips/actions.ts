"use server";
/**
 * Planning "Surftip der Woche" (AD_MANAGER, ADMIN: "surftips.manage"): add, edit, remove and reorder
 * the tips of a week, copy one week's list into another, check the links. Every change runs through
 * staffAction and writes its audit row in the same serializable transaction; removing is a hard delete
 * whose audit row keeps what was removed (label, address, clicks). Weeks that are over are history
 * and stay as they were. A change to the current week revalidates the reader pages (the sidebar);
 * later weeks reach readers by the clock.
 * Signatures fit `useActionState` ((prevState, formData), ids bound first); plain objects work too.
 */
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { revalidateReaderSite } from "@/features/articles/cache";
import { checkSurfTipLinks } from "@/features/surf-tips/link-check";
import {
  addTipSchema,
  copyWeekSchema,
  moveTipSchema,
  removeTipSchema,
  TIPS_PER_WEEK_MAX,
  updateTipSchema,
  type MoveDirection,
  type Translate,
} from "@/features/surf-tips/schemas";
import { ActionError, formDataToObject, staffAction, type ActionResult } from "@/lib/action";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { isoWeekOf } from "@/lib/dates";
import { db, serializable, type Tx } from "@/lib/db";
import { z } from "zod";

type ActionInput = FormData | Record<string, unknown> | null | undefined;

const fieldsOf = (input: ActionInput) => (input instanceof FormData ? formDataToObject(input) : (input ?? {}));
const translator = async () => (await getTranslations("surfTips")) as Translate;
const tipTarget = (id: number) => ({ targetType: "surfTip", targetId: id });
const order = [{ position: "asc" as const }, { id: "asc" as const }];


/** The planner always; the reader pages when the current week changed. */
function revalidateWeek(week: string, currentWeek: string) {
  revalidatePath("/admin/surf-tips");
  if (week === currentWeek) revalidateReaderSite();
}

/** Weeks that are over are history: refused, with the message under `field` when the form has one. */
function refusePastWeek(t: Translate, week: string, currentWeek: string, field?: string) {
  if (week < currentWeek) {
    const message = t("errors.pastWeek", { week });
    throw new ActionError(message, field ? { [field]: [message] } : undefined);
  }
}

async function findTipOrFail(tx: Tx, id: number, t: Translate) {
  const tip = await tx.surfTip.findUnique({ where: { id }, select: { id: true, isoWeek: true, label: true, url: true, clicks: true } });
  if (!tip) throw new ActionError(t("errors.notFound"));
  return tip;
}

export async function addSurfTip(week: string, _prev: unknown, input: ActionInput): Promise<ActionResult<{ id: number }>> {
  const t = await translator();
  return staffAction("surftips.manage", addTipSchema(t), async ({ week, label, url }, actor) => {
    const current = isoWeekOf(await now());
    refusePastWeek(t, week, current, "week");
    const id = await serializable(async (tx) => {
      const count = await tx.surfTip.count({ where: { isoWeek: week } });
      if (count >= TIPS_PER_WEEK_MAX) throw new ActionError(t("errors.weekFull", { week, max: TIPS_PER_WEEK_MAX }));
      const last = await tx.surfTip.aggregate({ where: { isoWeek: week }, _max: { position: true } });
      const created = await tx.surfTip.create({ data: { isoWeek: week, label, url, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
      await audit(tx, { actorId: actor.id, action: "surftip.create", ...tipTarget(created.id), summary: t("audit.create", { label, week }), data: { week, label, url } });
      return created.id;
    });
    revalidateWeek(week, current);
    return { ok: true, message: t("add.done", { label, week }), data: { id } };
  })({ ...fieldsOf(input), week });
}

export async function updateSurfTip(id: number, _prev: unknown, input: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("surftips.manage", updateTipSchema(t), async ({ id, label, url }, actor) => {
    const current = isoWeekOf(await now());
    const result = await serializable(async (tx) => {
      const tip = await findTipOrFail(tx, id, t);
      refusePastWeek(t, tip.isoWeek, current);
      if (tip.label === label && tip.url === url) return null;
      // A new address has not been checked yet.
      await tx.surfTip.update({ where: { id }, data: { label, url, ...(tip.url === url ? {} : { linkStatus: null, linkCheckedAt: null }) } });
      await audit(tx, {
        actorId: actor.id,
        action: "surftip.update",
        ...tipTarget(id),
        summary: t("audit.update", { label, week: tip.isoWeek }),
        data: { week: tip.isoWeek, before: { label: tip.label, url: tip.url }, after: { label, url } },
      });
      return tip.isoWeek;
    });
    if (result === null) return { ok: true, message: t("edit.unchanged") };
    revalidateWeek(result, current);
    return { ok: true, message: t("edit.done", { label }) };
  })({ ...fieldsOf(input), id });
}

export async function moveSurfTip(id: number, direction: MoveDirection, _prev?: unknown, input?: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("surftips.manage", moveTipSchema, async ({ id, direction }, actor) => {
    const current = isoWeekOf(await now());
    const moved = await serializable(async (tx) => {
      const tip = await findTipOrFail(tx, id, t);
      refusePastWeek(t, tip.isoWeek, current);
      const tips = await tx.surfTip.findMany({ where: { isoWeek: tip.isoWeek }, orderBy: order, select: { id: true, position: true } });
      const from = tips.findIndex((s) => s.id === id);
      const to = direction === "up" ? from - 1 : from + 1;
      if (to < 0 || to >= tips.length) throw new ActionError(t(direction === "up" ? "errors.atTop" : "errors.atBottom", { label: tip.label }));
      const reordered = [...tips];
      [reordered[from], reordered[to]] = [reordered[to], reordered[from]];
      // Positions become 0..n-1 in the new order (tidying equal or gapped positions on the way).
      for (const [index, s] of reordered.entries()) {
        if (s.position !== index) await tx.surfTip.update({ where: { id: s.id }, data: { position: index } });
      }
      await audit(tx, {
        actorId: actor.id,
        action: "surftip.move",
        ...tipTarget(id),
        summary: t("audit.move", { label: tip.label, week: tip.isoWeek, position: to + 1 }),
        data: { week: tip.isoWeek, direction, from: from + 1, to: to + 1 },
      });
      return { label: tip.label, week: tip.isoWeek, position: to + 1 };
    });
    revalidateWeek(moved.week, current);
    return { ok: true, message: t("move.done", { label: moved.label, position: moved.position }) };
  })({ ...fieldsOf(input), id, direction });
}

export async function removeSurfTip(id: number, _prev?: unknown, input?: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("surftips.manage", removeTipSchema, async ({ id }, actor) => {
    const current = isoWeekOf(await now());
    const tip = await serializable(async (tx) => {
      const tip = await findTipOrFail(tx, id, t);
      refusePastWeek(t, tip.isoWeek, current);
      await tx.surfTip.delete({ where: { id } });
      // The row is gone; the audit row keeps everything it said.
      await audit(tx, {
        actorId: actor.id,
        action: "surftip.delete",
        ...tipTarget(id),
        summary: t("audit.remove", { label: tip.label, week: tip.isoWeek }),
        data: { week: tip.isoWeek, label: tip.label, url: tip.url, clicks: tip.clicks },
      });
      return tip;
    });
    revalidateWeek(tip.isoWeek, current);
    return { ok: true, message: t("remove.done", { label: tip.label }) };
  })({ ...fieldsOf(input), id });
}

/**
 * Copies the tips of week `from` (any week, past ones too) into a current or later week. A target
 * that has tips is refused unless `replace` is set: then its tips are removed first (all in the audit row).
 */
export async function copySurfTipWeek(from: string, _prev: unknown, input: ActionInput): Promise<ActionResult<{ count: number }>> {
  const t = await translator();
  return staffAction("surftips.manage", copyWeekSchema(t), async ({ from, to, replace }, actor) => {
    const current = isoWeekOf(await now());
    refusePastWeek(t, to, current, "to");
    const count = await serializable(async (tx) => {
      const source = await tx.surfTip.findMany({ where: { isoWeek: from }, orderBy: order, select: { label: true, url: true, linkStatus: true, linkCheckedAt: true } });
      if (source.length === 0) throw new ActionError(t("errors.sourceEmpty", { week: from }));
      const existing = await tx.surfTip.findMany({ where: { isoWeek: to }, orderBy: order, select: { id: true, label: true, url: true, clicks: true } });
      if (existing.length > 0 && !replace) {
        const message = t("errors.targetHasTips", { week: to, count: existing.length });
        throw new ActionError(message, { replace: [message] });
      }
      if (existing.length > 0) await tx.surfTip.deleteMany({ where: { id: { in: existing.map((e) => e.id) } } });
      // Same addresses, so their last check still holds; clicks start at zero.
      await tx.surfTip.createMany({ data: source.map((s, position) => ({ ...s, isoWeek: to, position })) });
      await audit(tx, {
        actorId: actor.id,
        action: "surftip.copyWeek",
        targetType: "surfTipWeek",
        targetId: to,
        summary: t("audit.copy", { from, to, count: source.length }),
        data: { from, to, copied: source.map(({ label, url }) => ({ label, url })), replaced: existing },
      });
      return source.length;
    });
    revalidateWeek(to, current);
    return { ok: true, message: t(replace ? "copy.replaced" : "copy.done", { from, to, count }), data: { count } };
  })({ ...fieldsOf(input), from });
}

/** "Links prüfen": checks the tips of the current and the coming weeks now and flags unreachable ones. */
export async function checkSurfTipLinksNow(_prev?: unknown, input?: ActionInput): Promise<ActionResult<{ checked: number; unreachable: number }>> {
  const t = await translator();
  return staffAction("surftips.manage", z.object({}), async (_input, actor) => {
    const at = await now();
    const summary = await checkSurfTipLinks(at);
    await db.$transaction((tx) =>
      audit(tx, { actorId: actor.id, action: "surftip.linkCheck", targetType: "surfTipWeek", targetId: isoWeekOf(at), summary: t("audit.linkCheck", summary), data: summary }),
    );
    revalidatePath("/admin/surf-tips");
    return { ok: true, message: t("linkCheck.done", summary), data: summary };
  })(fieldsOf(input));
}
