/** Which reader pages an article change touches: revalidated precisely, right after the write commits. */
import "server-only";
import { revalidatePath } from "next/cache";

export function revalidateArticlePages(...slugs: (string | null | undefined)[]) {
  revalidatePath("/");
  revalidatePath("/ressort/[slug]", "page");
  revalidatePath("/ressort/[slug]/seite/[page]", "page");
  revalidatePath("/feed.xml");
  for (const slug of new Set(slugs)) {
    if (!slug) continue;
    revalidatePath(`/artikel/${slug}`);
    revalidatePath(`/artikel/${slug}/kommentare/[nach]`, "page");
  }
}

/** An article's comments changed (a comment approved, or an approved one removed): its reader pages only. */
export function revalidateArticleComments(slug: string) {
  revalidatePath(`/artikel/${slug}`);
  revalidatePath(`/artikel/${slug}/kommentare/[nach]`, "page");
}
