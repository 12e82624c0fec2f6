import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/permissions";

/** The role choice of a form: one labelled checkbox per role, errors under the group. */
export function RoleCheckboxes({
  legend,
  hideLegend = false,
  checked = [],
  errors,
  idPrefix = "roles",
}: {
  legend: string;
  /** When a visible heading already says it, the legend is for screen readers only. */
  hideLegend?: boolean;
  checked?: readonly Role[];
  errors?: string[];
  idPrefix?: string;
}) {
  const t = useTranslations("admin.roles");
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset aria-describedby={errors?.length ? errorId : undefined} aria-invalid={errors?.length ? true : undefined} className="space-y-2">
      <legend className={hideLegend ? "sr-only" : "text-sm font-medium text-slate-800"}>{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="roles" value={role} defaultChecked={checked.includes(role)} className="size-4" />
            {t(role)}
          </label>
        ))}
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
