import { getTranslations } from "next-intl/server";

/**
 * The mail as subscribers get it: the HTML in a sandboxed frame (no scripts, no same-origin access, so
 * nothing in it can act on the dashboard), and the text version below it.
 */
export async function IssuePreview({ preview }: { preview: { subject: string; text: string; html: string; missing: number } }) {
  const t = await getTranslations("newsletter.preview");
  return (
    <section aria-labelledby="preview-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="preview-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("description")}</p>
      {preview.missing > 0 ? (
        <p role="status" className="text-sm font-medium text-amber-800">
          {t("missing", { count: preview.missing })}
        </p>
      ) : null}
      <iframe title={t("frame")} sandbox="" srcDoc={preview.html} className="h-[32rem] w-full rounded border border-slate-200" data-testid="newsletter-preview" />
      <details>
        <summary className="cursor-pointer text-sm font-medium">{t("text")}</summary>
        <pre className="mt-2 whitespace-pre-wrap break-words text-xs text-slate-700">{preview.text}</pre>
      </details>
    </section>
  );
}
