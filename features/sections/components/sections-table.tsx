import { getTranslations } from "next-intl/server";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { deleteSection, moveSection, renameSection } from "@/features/sections/actions";
import { DeleteSectionForm } from "@/features/sections/components/delete-section-form";
import { MoveSectionButtons } from "@/features/sections/components/move-section-buttons";
import { RenameSectionForm } from "@/features/sections/components/rename-section-form";
import type { SectionListItem } from "@/features/sections/queries";

/** The sections in reader order, each row with its own small forms (ids bound on the server). */
export async function SectionsTable({ sections }: { sections: SectionListItem[] }) {
  const t = await getTranslations("sections");
  return (
    <DataTable
      caption={t("caption")}
      columns={[t("columns.position"), t("columns.name"), t("columns.rename"), t("columns.articles"), t("columns.order"), t("columns.delete")]}
    >
      {sections.map((section, i) => (
        <tr key={section.id} className="border-t border-slate-100 align-top" data-testid="section-row">
          <td className={`${cellClass} tabular-nums`}>{section.position}</td>
          <th scope="row" className={`${cellClass} text-left font-medium`}>
            {section.name}{" "}
            <span className="block text-xs font-normal text-slate-600">{t("slugHint", { slug: section.slug })}</span>
          </th>
          <td className={cellClass}>
            <RenameSectionForm action={renameSection.bind(null, section.id)} id={section.id} name={section.name} />
          </td>
          <td className={cellClass}>
            {t("articleCount", { count: section.articleCount })}
            <span className="block text-xs text-slate-600">{t("liveCount", { count: section.liveCount })}</span>
          </td>
          <td className={cellClass}>
            <MoveSectionButtons
              name={section.name}
              up={moveSection.bind(null, section.id, "up")}
              down={moveSection.bind(null, section.id, "down")}
              isFirst={i === 0}
              isLast={i === sections.length - 1}
            />
          </td>
          <td className={cellClass}>
            <DeleteSectionForm action={deleteSection.bind(null, section.id)} name={section.name} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
