"use server";
/**
 * Managing sections (Ressorts), for EDITOR and ADMIN ("sections.manage"). Each action runs through
 * staffAction and changes the database in one serializable transaction together with its audit row;
 * the name checks (no two live sections share a name, in any letter case) sit inside that transaction.
 * The slug is made once, at creation: renaming keeps it, so no address breaks. Deleting is soft and
 * only allowed for a section without articles. Section names appear on every reader page, so every
 * change revalidates the whole site layout.
 * Signatures fit `useActionState` ((prevState, formData), ids bound first); plain objects work too.
 */
import { getTranslations } from "next-intl/server";
import { slugFromTitle, SLUG_MAX } from "@/features/articles/slug";
import {
  createSectionSchema,
  deleteSectionSchema,
  moveSectionSchema,
  nameKey,
  renameSectionSchema,
  type MoveDirection,
  type Translate,
} from "@/features/sections/schemas";
import { ActionError, formDataToObject, staffAction, type ActionResult } from "@/lib/action";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { serializable, type Tx } from "@/lib/db";
import { revalidateReaderSite } from "@/features/articles/cache";

type ActionInput = FormData | Record<string, unknown> | null | undefined;

const fieldsOf = (input: ActionInput) => (input instanceof FormData ? formDataToObject(input) : (input ?? {}));
const translator = async () => (await getTranslations("sections")) as Translate;
const sectionTarget = (id: number) => ({ targetType: "section", targetId: id });
const order = [{ position: "asc" as const }, { id: "asc" as const }];

const isCode = (error: unknown, code: string) => (error as { code?: unknown } | null)?.code === code;


function revalidateSections() {
  revalidateReaderSite();
}

async function nameTakenError(t: Translate) {
  const common = await getTranslations("common.errors");
  return new ActionError(common("invalid"), { name: [t("errors.nameTaken")] });
}

/** Whether a live section other than `exceptId` already has this name, in any letter case. */
async function nameTaken(tx: Tx, name: string, exceptId?: number) {
  // Few rows, and SQLite has no case-insensitive mode in Prisma: compare in code.
  const sections = await tx.section.findMany({ where: { deletedAt: null, id: exceptId ? { not: exceptId } : undefined }, select: { name: true } });
  const key = nameKey(name);
  return sections.some((s) => nameKey(s.name) === key);
}

/** The slug of the name if no section (deleted ones included: their slug stays reserved) has it, else "slug-2", "slug-3", ... */
async function uniqueSectionSlug(tx: Tx, name: string) {
  const base = slugFromTitle(name);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!(await tx.section.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

async function findSectionOrFail(tx: Tx, id: number, t: Translate) {
  const section = await tx.section.findFirst({ where: { id, deletedAt: null }, select: { id: true, name: true, slug: true } });
  if (!section) throw new ActionError(t("errors.notFound"));
  return section;
}

export async function createSection(_prev: unknown, input: ActionInput): Promise<ActionResult<{ id: number; slug: string }>> {
  const t = await translator();
  return staffAction("sections.manage", createSectionSchema(t), async ({ name }, actor) => {
    const taken = await nameTakenError(t);
    const section = await serializable(async (tx) => {
      if (await nameTaken(tx, name)) throw taken;
      const slug = await uniqueSectionSlug(tx, name);
      const last = await tx.section.aggregate({ where: { deletedAt: null }, _max: { position: true } });
      const created = await tx.section.create({
        data: { name, slug, position: (last._max.position ?? -1) + 1 },
        select: { id: true, slug: true },
      });
      await audit(tx, { actorId: actor.id, action: "section.create", ...sectionTarget(created.id), summary: t("audit.create", { name, slug }), data: { name, slug } });
      return created;
    }).catch((error: unknown) => {
      // Two editors creating the same slug at once: the unique index decides.
      throw isCode(error, "P2002") ? taken : error;
    });
    revalidateSections();
    return { ok: true, message: t("create.done", { name }), data: section };
  })(fieldsOf(input));
}

export async function renameSection(id: number, _prev: unknown, input: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("sections.manage", renameSectionSchema(t), async ({ id, name }, actor) => {
    const taken = await nameTakenError(t);
    const changed = await serializable(async (tx) => {
      const section = await findSectionOrFail(tx, id, t);
      if (section.name === name) return false;
      if (await nameTaken(tx, name, id)) throw taken;
      // Only the name: the slug stays, so links to the section keep working.
      await tx.section.update({ where: { id }, data: { name } });
      await audit(tx, {
        actorId: actor.id,
        action: "section.rename",
        ...sectionTarget(id),
        summary: t("audit.rename", { before: section.name, after: name }),
        data: { before: section.name, after: name, slug: section.slug },
      });
      return true;
    });
    if (!changed) return { ok: true, message: t("rename.unchanged") };
    revalidateSections();
    return { ok: true, message: t("rename.done", { name }) };
  })({ ...fieldsOf(input), id });
}

export async function moveSection(id: number, direction: MoveDirection, _prev?: unknown, input?: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("sections.manage", moveSectionSchema, async ({ id, direction }, actor) => {
    const moved = await serializable(async (tx) => {
      const sections = await tx.section.findMany({ where: { deletedAt: null }, orderBy: order, select: { id: true, name: true, position: true } });
      const from = sections.findIndex((s) => s.id === id);
      if (from < 0) throw new ActionError(t("errors.notFound"));
      const to = direction === "up" ? from - 1 : from + 1;
      if (to < 0 || to >= sections.length) throw new ActionError(t(direction === "up" ? "errors.atTop" : "errors.atBottom", { name: sections[from].name }));
      const reordered = [...sections];
      [reordered[from], reordered[to]] = [reordered[to], reordered[from]];
      // Positions become 0..n-1 in the new order: with tidy positions that is exactly the swap of the
      // two neighbours; older data with equal or gapped positions is tidied on the way.
      for (const [index, s] of reordered.entries()) {
        if (s.position !== index) await tx.section.update({ where: { id: s.id }, data: { position: index } });
      }
      const section = sections[from];
      await audit(tx, {
        actorId: actor.id,
        action: "section.move",
        ...sectionTarget(id),
        summary: t("audit.move", { name: section.name, position: to + 1 }),
        data: { direction, from: from + 1, to: to + 1 },
      });
      return { name: section.name, position: to + 1 };
    });
    revalidateSections();
    return { ok: true, message: t("move.done", moved) };
  })({ ...fieldsOf(input), id, direction });
}

export async function deleteSection(id: number, _prev?: unknown, input?: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("sections.manage", deleteSectionSchema, async ({ id }, actor) => {
    const at = await now();
    const name = await serializable(async (tx) => {
      const section = await findSectionOrFail(tx, id, t);
      // Deleted articles may keep pointing at a deleted section; any other article would lose its home.
      const count = await tx.article.count({ where: { sectionId: id, deletedAt: null } });
      if (count > 0) {
        const message = t("errors.hasArticles", { name: section.name, count });
        throw new ActionError(message, { id: [message] });
      }
      await tx.section.update({ where: { id }, data: { deletedAt: at } });
      await audit(tx, { actorId: actor.id, action: "section.delete", ...sectionTarget(id), summary: t("audit.delete", { name: section.name }), data: { slug: section.slug } });
      return section.name;
    });
    revalidateSections();
    return { ok: true, message: t("delete.done", { name }) };
  })({ ...fieldsOf(input), id });
}
