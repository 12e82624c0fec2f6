/**
 * Input rules for staff management and invite acceptance. The schemas are built per call with the
 * caller's translator, so field errors arrive in the UI language without a second mapping step.
 */
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, isCommonPassword } from "@/lib/password";
import { ROLES } from "@/lib/permissions";

/** A translator for the "staff" namespace (next-intl's `t`, or a stand-in in tests). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const ACCESS_MODES = ["password", "invite"] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

/** A staff id from a URL segment or a bound argument: digits only, within Int range. */
export const staffIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** `/admin/staff/[id]`: "12" is an id; "12abc", "-1", "1e3" and "0x10" are not (they 404). */
export function parseStaffIdParam(value: string): number | null {
  return /^[1-9]\d{0,9}$/.test(value) ? (staffIdSchema.safeParse(value).data ?? null) : null;
}

// A checkbox group posts nothing, one string or several strings.
const asList = (value: unknown) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]);

function rolesField(t: Translate) {
  return z.preprocess(asList, z.array(z.enum(ROLES, { error: t("errors.rolesRequired") })).min(1, { error: t("errors.rolesRequired") })).transform(
    (roles) => ROLES.filter((r) => roles.includes(r)), // canonical order, duplicates dropped
  );
}

export function createStaffSchema(t: Translate) {
  return z.object({
    name: z
      .string({ error: t("errors.nameRequired") })
      .trim()
      .min(1, { error: t("errors.nameRequired") })
      .max(100, { error: t("errors.nameTooLong") }),
    // Stored lower-cased: the login looks accounts up by the lower-cased address.
    email: z
      .string({ error: t("errors.emailInvalid") })
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: t("errors.emailInvalid") }).max(254, { error: t("errors.emailInvalid") })),
    roles: rolesField(t),
    access: z.enum(ACCESS_MODES, { error: t("errors.accessRequired") }),
  });
}

export function updateRolesSchema(t: Translate) {
  return z.object({ id: staffIdSchema, roles: rolesField(t) });
}

export const staffIdInputSchema = z.object({ id: staffIdSchema });

/** The password policy (ASVS): length bounds and no common passwords, no composition rules. */
export function newPasswordSchema(t: Translate) {
  return z
    .object({
      password: z
        .string({ error: t("errors.passwordTooShort", { min: MIN_PASSWORD_LENGTH }) })
        .min(MIN_PASSWORD_LENGTH, { error: t("errors.passwordTooShort", { min: MIN_PASSWORD_LENGTH }) })
        .max(MAX_PASSWORD_LENGTH, { error: t("errors.passwordTooLong", { max: MAX_PASSWORD_LENGTH }) })
        .refine((p) => !isCommonPassword(p), { error: t("errors.passwordCommon") }),
      confirm: z.string().optional(),
    })
    .refine((v) => v.confirm === undefined || v.confirm === v.password, { error: t("errors.passwordMismatch"), path: ["confirm"] });
}

/** Invite tokens are 32 random bytes in base64url; anything else is not worth a database lookup. */
export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
