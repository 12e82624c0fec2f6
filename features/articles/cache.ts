/** Which reader pages an article change touches: revalidated precisely, right after the write commits. */
import "server-only";
import { revalidatePath } from "next/cache";

export function revalidateArticlePages(...slugs: (string | null | undefined)[]) {
  revalidatePath("/");
  for (const slug of new Set(slugs)) if (slug) revalidatePath(`/artikel/${slug}`);
}
