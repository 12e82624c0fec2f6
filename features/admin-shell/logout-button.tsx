"use client";

import { signOut } from "next-auth/react";

/** The label comes from the server layout: the shell ships no message namespace to the browser. */
export function LogoutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
      {label}
    </button>
  );
}
