import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { RulesBanList } from "@/features/comments/components/rules-ban-list";
import { RulesSettingsForm } from "@/features/comments/components/rules-settings-form";
import { RulesWordList } from "@/features/comments/components/rules-word-list";
import { getRulesSettings, listBans, listWordLists } from "@/features/comments/rules-admin-queries";
import { NUMBER_SETTINGS, settingBounds } from "@/features/comments/rules-admin-schemas";
import { requirePage } from "@/lib/auth/session";

export default async function ModerationRulesPage() {
  await requirePage("moderation.rules", "/admin/comments/rules");
  const [t, words, settings, bans] = await Promise.all([getTranslations("comments.rules"), listWordLists(), getRulesSettings(), listBans()]);
  const bounds = Object.fromEntries(NUMBER_SETTINGS.map((key) => [key, settingBounds(key)])) as Record<(typeof NUMBER_SETTINGS)[number], { min: number; max: number }>;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/admin/comments" className={buttonClass("secondary")}>
            {t("backToDesk")}
          </Link>
        }
      />
      <div className="space-y-10">
        <section aria-labelledby="rules-words-title" className="space-y-4">
          <h2 id="rules-words-title" className="text-lg font-semibold text-slate-900">
            {t("words.title")}
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            <RulesWordList kind="BANNED" words={words.banned} />
            <RulesWordList kind="SUSPECT" words={words.suspect} />
          </div>
        </section>
        <section aria-labelledby="rules-settings-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="rules-settings-title" className="text-lg font-semibold text-slate-900">
            {t("settings.title")}
          </h2>
          <RulesSettingsForm settings={settings} bounds={bounds} />
        </section>
        <section aria-labelledby="rules-bans-title" className="space-y-4">
          <div>
            <h2 id="rules-bans-title" className="text-lg font-semibold text-slate-900">
              {t("bans.title")}
            </h2>
            <p className="text-sm text-slate-600">{t("bans.description")}</p>
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            <RulesBanList kind="EMAIL" bans={bans.email} />
            <RulesBanList kind="IP_HASH" bans={bans.ipHash} />
          </div>
        </section>
      </div>
    </>
  );
}
