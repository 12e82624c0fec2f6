import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ArticleEditor } from "@/features/articles/components/article-editor";
import { listSectionsForSelect } from "@/features/articles/editor-queries";
import { requirePage } from "@/lib/auth/session";

export default async function NewArticlePage() {
  const staff = await requirePage("articles.manage", "/admin/articles/new");
  const [t, sections] = await Promise.all([getTranslations("articles.editor"), listSectionsForSelect()]);
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        actions={
          <Link href="/admin/articles" className="text-sm text-brand-700 underline">
            {t("backToList")}
          </Link>
        }
      />
      <div className="max-w-4xl">
        <ArticleEditor sections={sections} defaultByline={staff.name} />
      </div>
    </>
  );
}
