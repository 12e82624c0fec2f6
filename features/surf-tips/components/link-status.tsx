import { getFormatter, getTranslations } from "next-intl/server";

/** The last link check of a tip, in words: an unreachable link stands out in red with a warning sign. */
export async function LinkStatus({ status, checkedAt }: { status: string | null; checkedAt: Date | null }) {
  const [t, format] = await Promise.all([getTranslations("surfTips.status"), getFormatter()]);
  if (!checkedAt || (status !== "OK" && status !== "UNREACHABLE")) return <span className="text-xs text-slate-600">{t("unchecked")}</span>;
  const at = format.dateTime(checkedAt, { dateStyle: "short", timeStyle: "short" });
  return status === "OK" ? (
    <span className="text-xs text-green-800">{t("OK", { at })}</span>
  ) : (
    <strong className="inline-block rounded bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-800" data-testid="link-unreachable">
      <span aria-hidden="true">⚠ </span>
      {t("UNREACHABLE", { at })}
    </strong>
  );
}
