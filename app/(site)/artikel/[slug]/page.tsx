import type { Metadata } from "next";
import { ArticleReaderPage, articleMetadata } from "@/features/site/article-page";

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 5;
// No article is rendered at build time: each is rendered on its first request, then served from cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata((await params).slug);
}

export default async function ArticlePage({ params }: Props) {
  return <ArticleReaderPage slug={(await params).slug} />;
}
