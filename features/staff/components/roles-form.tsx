"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { RoleCheckboxes } from "@/features/staff/components/role-checkboxes";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";
import type { ActionResult } from "@/lib/action";
import type { Role } from "@/lib/permissions";

type RolesAction = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** A person's roles; `action` is updateStaffRoles bound to the person's id. */
export function RolesForm({ action, roles }: { action: RolesAction; roles: readonly Role[] }) {
  const t = useTranslations("staff.detail");
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useSubmitKeepingValues(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      <RoleCheckboxes legend={t("rolesTitle")} hideLegend checked={roles} errors={state && !state.ok ? state.fieldErrors?.roles : undefined} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {t("saveRoles")}
      </Button>
    </form>
  );
}
