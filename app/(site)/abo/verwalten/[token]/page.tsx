import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { subscriptionsOf } from "@/features/subscriptions/reader";
import { setDeliveryFromMail, unsubscribeFromMail } from "@/features/subscriptions/reader-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "same-origin" };

/** All of a reader's subscriptions, without an account: the signed link at the foot of every notification. */
export default async function ManagePage({ params }: { params: Promise<{ token: string }> }) {
  setRequestLocale("de");
  const { token } = await params;
  const [t, person] = await Promise.all([getTranslations("subscriptions.pages"), subscriptionsOf(token)]);
  if (!person) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("manage.invalidTitle")}</h1>
        <p role="status">{t("manage.invalid")}</p>
      </section>
    );
  }
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("manage.title")}</h1>
      <p>{t("manage.intro", { email: person.email })}</p>
      {person.subscriptions.length === 0 ? (
        <p role="status">{t("manage.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {person.subscriptions.map((s) => {
            const title = s.newsletter ? t("manage.newsletter") : (s.article?.title ?? "");
            return (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <span>
                  {s.newsletter ? title : s.article ? <Link href={`/artikel/${s.article.slug}`} className="text-brand-700 underline">{t("manage.thread", { title })}</Link> : null}
                  {s.status === "PENDING" ? <span className="ml-2 text-sm text-slate-600">{t("manage.pending")}</span> : null}
                </span>
                <div className="flex flex-wrap items-center gap-2">
                {s.newsletter ? null : (
                  <form action={setDeliveryFromMail} className="flex items-center gap-2">
                    <span className="text-sm text-slate-700">{s.digest ? t("manage.digestOn") : t("manage.digestOff")}</span>
                    <input type="hidden" name="manage" value={token} />
                    <input type="hidden" name="id" value={s.id} />
                    <input type="hidden" name="digest" value={s.digest ? "0" : "1"} />
                    <button type="submit" aria-label={s.digest ? t("manage.toImmediateOf", { title }) : t("manage.toDigestOf", { title })} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
                      {s.digest ? t("manage.toImmediate") : t("manage.toDigest")}
                    </button>
                  </form>
                )}
                <form action={unsubscribeFromMail}>
                  <input type="hidden" name="token" value={s.unsubscribeToken} />
                  <button type="submit" aria-label={t("manage.unsubscribeOf", { title })} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
                    {t("manage.unsubscribe")}
                  </button>
                </form>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
