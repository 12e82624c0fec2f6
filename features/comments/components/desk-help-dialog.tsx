"use client";
/** The keyboard help (?): a native modal dialog, so focus is trapped and Escape closes it. */
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

const KEYS = ["j", "k", "a", "r", "s", "d", "u", "x", "?"] as const;

export function DeskHelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("comments.desk.keys");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="desk-help-title" onClose={onClose} className="m-auto rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40">
      <h2 id="desk-help-title" className="mb-3 text-lg font-semibold">
        {t("help")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {KEYS.map((k) => (
          <div key={k} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono">{k}</kbd>
            </dt>
            <dd>{t(k)}</dd>
          </div>
        ))}
      </dl>
      <Button type="button" variant="secondary" className="mt-4" onClick={onClose} autoFocus>
        {t("close")}
      </Button>
    </dialog>
  );
}
