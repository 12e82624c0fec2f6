/**
 * The one wrapper every server action goes through: session -> permission -> zod parse -> work.
 * The work runs inside a transaction and writes its audit row there (lib/audit.ts), so a failed
 * write leaves nothing half-done. Errors come back in one shape that forms render under their fields;
 * no stack trace ever reaches the user.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AuthError, authorize, type Staff } from "@/lib/auth/session";
import type { Permission } from "@/lib/permissions";
import "@/lib/zod-locale";

export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; data?: T };

/** Thrown by action code for an expected refusal (e.g. "the last admin cannot be demoted"). */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** What the caller needs to resolve the refusal, e.g. the other person's version in an edit conflict. */
    readonly data?: unknown,
  ) {
    super(message);
  }
}

/** NUL is never text a person typed, PostgreSQL refuses to store it, and SQLite's LIKE stops at it. */
const withoutNul = (value: FormDataEntryValue) => (typeof value === "string" && value.includes("\0") ? value.replaceAll("\0", "") : value);

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).map(withoutNul);
    out[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return out;
}

type Run<S extends z.ZodType, T> = (input: z.output<S>, staff: Staff) => Promise<ActionResult<T> | void>;

const isResult = (value: unknown) => typeof value === "object" && value !== null && "ok" in value;

/**
 * The input of a call: a plain object (direct calls), or FormData merged over any plain objects bound
 * before it (`action.bind(null, { id })`); a `useActionState` previous state (an ActionResult) is ignored.
 */
function inputOf(args: unknown[]): unknown {
  const form = args.findLast((a) => a instanceof FormData);
  if (!form) return args[0];
  const bound = args.filter((a) => typeof a === "object" && a !== null && !(a instanceof FormData) && !isResult(a));
  return Object.assign({}, ...bound, formDataToObject(form as FormData));
}

/**
 * Defines a staff action. The returned function serves forms (`<form action>`, `useActionState`
 * with (prevState, formData)), bound ids and direct calls with a plain object alike.
 */
export function staffAction<S extends z.ZodType, T = undefined>(permission: Permission, schema: S, run: Run<S, T>) {
  return async function (...args: unknown[]): Promise<ActionResult<T>> {
    const t = await getTranslations("common.errors");
    try {
      const staff = await authorize(permission);
      const raw = inputOf(args);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, message: t("invalid"), fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
      }
      return (await run(parsed.data, staff)) ?? { ok: true };
    } catch (error) {
      if (error instanceof AuthError) return { ok: false, message: t(error.kind) };
      if (error instanceof ActionError) {
        return { ok: false, message: error.message, fieldErrors: error.fieldErrors, ...(error.data === undefined ? {} : { data: error.data as T }) };
      }
      console.error("action failed", error);
      return { ok: false, message: t("unexpected") };
    }
  };
}
