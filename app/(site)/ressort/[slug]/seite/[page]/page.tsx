import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { SectionPage, parsePage, sectionMetadata } from "@/features/site/section-page";

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return sectionMetadata(slug, parsePage(page));
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params;
  if (page === "1") permanentRedirect(`/ressort/${slug}`);
  return <SectionPage slug={slug} page={parsePage(page)} />;
}
