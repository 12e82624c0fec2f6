import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInviteForm } from "@/features/staff/components/accept-invite-form";
import { acceptInvite } from "@/features/staff/invite-actions";
import { findInvite } from "@/features/staff/invite-queries";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/password";

// The token is a credential: keep the page out of indexes and the URL out of Referer headers.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.invite");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, invite] = await Promise.all([getTranslations("staff.invite"), findInvite(token)]);
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        {invite ? (
          <>
            <h1 className="mb-1 text-2xl font-semibold text-slate-900">{t("title")}</h1>
            <p className="mb-6 text-sm text-slate-600">{t("intro", { name: invite.name, email: invite.email })}</p>
            <AcceptInviteForm action={acceptInvite.bind(null, token)} minLength={MIN_PASSWORD_LENGTH} maxLength={MAX_PASSWORD_LENGTH} />
          </>
        ) : (
          <>
            <h1 className="mb-2 text-2xl font-semibold text-slate-900">{t("invalidTitle")}</h1>
            <p className="mb-6 text-sm text-slate-600">{t("invalidText")}</p>
            <Link href="/login" className="text-sm text-brand-700 underline">
              {t("toLogin")}
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
