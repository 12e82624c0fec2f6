import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { RestoreRevisionButton } from "@/features/articles/components/restore-revision-button";
import { VersionDiff } from "@/features/articles/components/word-diff";
import { getArticleForEdit, getRevisionPair, listRevisions, parseArticleIdParam } from "@/features/articles/editor-queries";
import { requirePage } from "@/lib/auth/session";
import { DataTable } from "@/components/ui/data-table";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string | string[]; b?: string | string[] }> };

/** A version number from the URL, or the fallback: a bad value degrades, never throws. */
function versionParam(raw: string | string[] | undefined, fallback: number | undefined) {
  const n = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  return n > 0 ? n : fallback;
}

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  await requirePage("articles.manage", `/admin/articles/${encodeURIComponent(raw)}/revisions`);
  const id = parseArticleIdParam(raw);
  if (id === null) notFound();
  const [t, format, article, revisions, query] = await Promise.all([getTranslations("articles"), getFormatter(), getArticleForEdit(id), listRevisions(id), searchParams]);
  if (!article) notFound();
  const a = versionParam(query.a, revisions[1]?.version ?? revisions[0]?.version);
  const b = versionParam(query.b, revisions[0]?.version);
  const pair = a && b ? await getRevisionPair(id, a, b) : null;
  return (
    <>
      <PageHeader
        title={t("revisions.title")}
        description={t("revisions.description", { title: article.title })}
        actions={
          <Link href={`/admin/articles/${id}`} className="text-sm text-brand-700 underline">
            {t("revisions.backToEditor")}
          </Link>
        }
      />
      <div className="space-y-8">
        <DataTable caption={t("revisions.listCaption")} columns={[t("revisions.version"), t("revisions.savedAt"), t("revisions.author"), t("revisions.headline"), t("revisions.note"), t("revisions.actions")]}>
          {revisions.map((r) => (
            <tr key={r.version} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2 tabular-nums">{r.version}</td>
              <td className="px-3 py-2">{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</td>
              <td className="px-3 py-2">{r.author?.name ?? t("revisions.unknownAuthor")}</td>
              <td className="px-3 py-2 font-medium">{r.title}</td>
              <td className="px-3 py-2">{r.note ?? ""}</td>
              <td className="px-3 py-2">
                {r.version === article.version ? (
                  <span className="text-slate-500">{t("revisions.current")}</span>
                ) : (
                  <RestoreRevisionButton id={id} version={article.version} revision={r.version} />
                )}
              </td>
            </tr>
          ))}
        </DataTable>

        <section aria-labelledby="compare-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="compare-title" className="text-lg font-semibold text-slate-900">
            {t("revisions.compareTitle")}
          </h2>
          <form method="get" className="flex flex-wrap items-end gap-4">
            {(["a", "b"] as const).map((key) => (
              <div key={key} className="space-y-1">
                <label htmlFor={`compare-${key}`} className="block text-sm font-medium text-slate-800">
                  {t(key === "a" ? "revisions.compareA" : "revisions.compareB")}
                </label>
                <select id={`compare-${key}`} name={key} defaultValue={String(key === "a" ? (a ?? "") : (b ?? ""))} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
                  {revisions.map((r) => (
                    <option key={r.version} value={r.version}>
                      {t("revisions.option", { version: r.version })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className={buttonClass("secondary")}>
              {t("revisions.compare")}
            </button>
          </form>
          {pair ? (
            <div className="space-y-2" data-testid="revision-diff">
              <h3 className="font-medium text-slate-900">{t("revisions.diffTitle", { a: pair.a.version, b: pair.b.version })}</h3>
              <p className="text-xs text-slate-600">{t("diff.legend")}</p>
              <VersionDiff before={pair.a} after={pair.b} labels={{ title: t("diff.title"), teaser: t("diff.teaser"), body: t("diff.body") }} />
            </div>
          ) : revisions.length > 0 ? (
            <p className="text-sm text-slate-600">{t("revisions.pairNotFound")}</p>
          ) : null}
        </section>
      </div>
    </>
  );
}
