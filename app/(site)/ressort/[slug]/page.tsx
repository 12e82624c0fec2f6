import type { Metadata } from "next";
import { SectionPage, sectionMetadata } from "@/features/site/section-page";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata((await params).slug, 1);
}

export default async function Page({ params }: Props) {
  return <SectionPage slug={(await params).slug} page={1} />;
}
