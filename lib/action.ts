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
import { readBodyUpTo } from "@/lib/request-body";
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

/** A staff command's answer: the result, and the HTTP status a route handler answers it with. */
export type Outcome<T> = { result: ActionResult<T>; status: 200 | 400 | 401 | 403 | 409 | 500 };

/**
 * Defines a staff command: session -> permission -> zod parse -> work, for one plain input object.
 * Server actions (staffAction) and JSON route handlers (staffRoute) are its two transports. Failures
 * get their status: 400 invalid input, 401 no session, 403 not allowed, 409 refused by the current
 * state (an ActionError without field errors), 500 unexpected.
 */
export function staffCommand<S extends z.ZodType, T = undefined>(permission: Permission, schema: S, run: Run<S, T>) {
  return async function (raw: unknown): Promise<Outcome<T>> {
    // Only a refusal needs these texts: loaded then, not on every command.
    const t = () => getTranslations("common.errors");
    try {
      const staff = await authorize(permission);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { result: { ok: false, message: (await t())("invalid"), fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> }, status: 400 };
      }
      const result = (await run(parsed.data, staff)) ?? { ok: true };
      return { result, status: result.ok ? 200 : 409 };
    } catch (error) {
      if (error instanceof AuthError) return { result: { ok: false, message: (await t())(error.kind) }, status: error.kind === "unauthenticated" ? 401 : 403 };
      if (error instanceof ActionError) {
        const result: ActionResult<T> = { ok: false, message: error.message, fieldErrors: error.fieldErrors, ...(error.data === undefined ? {} : { data: error.data as T }) };
        return { result, status: error.fieldErrors ? 400 : 409 };
      }
      console.error("action failed", error);
      return { result: { ok: false, message: (await t())("unexpected") }, status: 500 };
    }
  };
}

/**
 * Defines a staff action. The returned function serves forms (`<form action>`, `useActionState`
 * with (prevState, formData)), bound ids and direct calls with a plain object alike.
 */
export function staffAction<S extends z.ZodType, T = undefined>(permission: Permission, schema: S, run: Run<S, T>) {
  const command = staffCommand(permission, schema, run);
  return async function (...args: unknown[]): Promise<ActionResult<T>> {
    return (await command(inputOf(args))).result;
  };
}

const MAX_JSON_BODY = 64 * 1024;

/**
 * A route handler serving named staff commands to `fetch`: a JSON body `{ command, ...input }` in,
 * the ActionResult out with its status. Cross-site POSTs never get here (server/same-origin.mjs).
 */
export function staffRoute(commands: Record<string, (raw: unknown) => Promise<Outcome<unknown>>>) {
  return async function (request: Request): Promise<Response> {
    const answer = (status: number, result: ActionResult<unknown>) => Response.json(result, { status, headers: { "Cache-Control": "no-store" } });
    const bytes = await readBodyUpTo(request, MAX_JSON_BODY);
    let body: unknown = null;
    try {
      if (bytes) body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      // answered below
    }
    const { command, ...input } = (typeof body === "object" && body !== null && !Array.isArray(body) ? body : {}) as { command?: unknown };
    const run = typeof command === "string" && Object.hasOwn(commands, command) ? commands[command] : null;
    if (!run) {
      const t = await getTranslations("common.errors");
      return answer(400, { ok: false, message: t("invalid") });
    }
    const { result, status } = await run(input);
    return answer(status, result);
  };
}
