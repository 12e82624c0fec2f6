/** A labelled field of the reader forms with its error list (linked by aria-describedby). */
import type { ReactNode } from "react";

export function ReaderField({ id, label, hint, errors, children }: { id: string; label: string; hint?: string; errors?: string[]; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {hint ? <span className="ml-1 font-normal text-slate-500">({hint})</span> : null}
      </label>
      {children}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass = "mt-1 w-full rounded border border-slate-300 px-3 py-2 text-base focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/30";
