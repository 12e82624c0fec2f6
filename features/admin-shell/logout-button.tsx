import { logout } from "@/features/admin-shell/logout";

/** A form, not a client button: it signs out before the page has hydrated, and without JavaScript. */
export function LogoutButton({ label }: { label: string }) {
  return (
    <form action={logout}>
      <button type="submit" className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}
