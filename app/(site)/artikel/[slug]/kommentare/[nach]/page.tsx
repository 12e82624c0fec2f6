import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleReaderPage, articleMetadata } from "@/features/site/article-page";

type Props = { params: Promise<{ slug: string; nach: string }> };

function cursor(value: string) {
  const id = Number(value);
  if (!/^\d{1,12}$/.test(value) || !Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, nach } = await params;
  cursor(nach);
  return { ...(await articleMetadata(slug)), robots: { index: false, follow: true } };
}

/** Later pages of an article's comments (keyset: the comments after comment `nach`). */
export default async function ArticleCommentsPage({ params }: Props) {
  const { slug, nach } = await params;
  return <ArticleReaderPage slug={slug} after={cursor(nach)} />;
}
