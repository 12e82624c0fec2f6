"use server";
/**
 * Uploading images (article hero images). The bytes are checked and stored by lib/media.ts under
 * their content hash; the upload is audited. An uploaded image is not used by anything until an
 * article is saved with its name (the article schema checks that the file exists).
 */
import { getTranslations } from "next-intl/server";
import { ActionError, staffAction } from "@/lib/action";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { imageUrl, ImageRejectedError, storeImage } from "@/lib/media";
import { uploadImageSchema } from "@/features/media/schemas";

export const uploadImage = staffAction("articles.manage", uploadImageSchema, async ({ file }, staff) => {
  const t = await getTranslations("media");
  let stored: Awaited<ReturnType<typeof storeImage>>;
  try {
    stored = await storeImage(file);
  } catch (error) {
    if (error instanceof ImageRejectedError) throw new ActionError(t("errors.invalid"), { file: [t(`errors.${error.kind}`)] });
    throw error;
  }
  const originalName = file instanceof File ? file.name.slice(0, 200) : undefined;
  await db.$transaction((tx) =>
    audit(tx, {
      actorId: staff.id,
      action: "media.upload",
      targetType: "media",
      targetId: stored.name,
      summary: stored.name,
      data: { originalName, size: stored.size, type: stored.ext },
    }),
  );
  return { ok: true, message: t("messages.uploaded"), data: { name: stored.name, url: imageUrl(stored.name) } };
});
