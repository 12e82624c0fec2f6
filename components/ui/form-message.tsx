import type { ActionResult } from "@/lib/action";

/** The overall outcome of a form, in a live region that is always present so that changes are read out. */
export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  return (
    <div role="status" aria-live="polite" className="min-h-5 text-sm">
      {state?.message ? <p className={state.ok ? "text-green-800" : "font-medium text-red-700"}>{state.message}</p> : null}
    </div>
  );
}
