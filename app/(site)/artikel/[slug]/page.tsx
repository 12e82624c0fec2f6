import type { Metadata } from "next";
import { ArticleReaderPage, articleMetadata } from "@/features/site/article-page";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata((await params).slug);
}

export default async function ArticlePage({ params }: Props) {
  return <ArticleReaderPage slug={(await params).slug} />;
}
