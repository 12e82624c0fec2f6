"use client";
/** "Select all on this page": ticks or clears every row checkbox that belongs to the bulk form. */
import { useTranslations } from "next-intl";

export function ArticleListSelectAll({ formId }: { formId: string }) {
  const t = useTranslations("articles.list");
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      className="size-4"
      onChange={(event) => {
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="ids"][form="${formId}"]`);
        for (const box of boxes) box.checked = event.currentTarget.checked;
      }}
    />
  );
}
