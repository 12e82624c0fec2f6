import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/features/newsletter/components/auto-refresh";
import type { Progress } from "@/features/newsletter/queries";

/** Where a sent issue stands: queued by the fan-out, delivered, waiting, failed; refreshes itself until done. */
export async function IssueProgress({ progress, startedAt, done }: { progress: Progress; startedAt: Date | null; done: boolean }) {
  const [t, format] = await Promise.all([getTranslations("newsletter.progress"), getFormatter()]);
  const moving = !done || progress.waiting > 0;
  const items = [
    ["recipients", progress.recipients],
    ["queued", progress.queued],
    ["sent", progress.sent],
    ["waiting", progress.waiting],
    ["failed", progress.failed],
  ] as const;
  return (
    <section aria-labelledby="progress-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="newsletter-progress">
      <AutoRefresh active={moving} />
      <h2 id="progress-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {startedAt ? <p className="text-sm text-slate-600">{t("started", { when: format.dateTime(startedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p> : null}
      <progress aria-label={t("bar")} max={Math.max(progress.recipients, 1)} value={progress.sent} className="h-3 w-full" />
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-5">
        {items.map(([key, value]) => (
          <div key={key} className="rounded border border-slate-200 p-2">
            <dt className="text-slate-600">{t(key)}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`progress-${key}`}>
              {format.number(value)}
            </dd>
          </div>
        ))}
      </dl>
      {progress.failed > 0 ? (
        <Link href="/admin/subscriptions/outbox?status=FAILED" className="text-sm text-brand-700 underline">
          {t("outbox")}
        </Link>
      ) : null}
    </section>
  );
}
