"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";

type MoveAction = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/**
 * "Up" and "down" for one section; the actions are moveSection bound to its id and a direction. The
 * row moves in the table after the change, which can take the focus with it: it is put back on the
 * button used, or on the other one when the section reached the top or bottom.
 */
export function MoveSectionButtons({ name, up, down, isFirst, isLast }: { name: string; up: MoveAction; down: MoveAction; isFirst: boolean; isLast: boolean }) {
  const t = useTranslations("sections.move");
  const [upState, upAction, upPending] = useActionState(up, null);
  const [downState, downAction, downPending] = useActionState(down, null);
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  const [used, setUsed] = useState<"up" | "down" | null>(null);

  useEffect(() => {
    if (!used) return;
    const [mine, other] = used === "up" ? [upButton.current, downButton.current] : [downButton.current, upButton.current];
    (mine && !mine.disabled ? mine : other)?.focus();
    // Only when an answer arrived, not when `used` changed on submit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [upState, downState]);

  const state = used === "down" ? downState : upState;
  return (
    <div className="space-y-1">
      <div className="flex gap-1">
        <form action={upAction} onSubmit={() => setUsed("up")}>
          <button ref={upButton} type="submit" disabled={isFirst || upPending || downPending} className={buttonClass("secondary", "px-2")}>
            <span aria-hidden="true">↑</span>
            <span className="sr-only">{t("up", { name })}</span>
          </button>
        </form>
        <form action={downAction} onSubmit={() => setUsed("down")}>
          <button ref={downButton} type="submit" disabled={isLast || upPending || downPending} className={buttonClass("secondary", "px-2")}>
            <span aria-hidden="true">↓</span>
            <span className="sr-only">{t("down", { name })}</span>
          </button>
        </form>
      </div>
      {/* Sighted users see the row move; screen readers hear where it went. Refusals are shown to all. */}
      <p role="status" aria-live="polite" className={state?.ok ? "sr-only" : "text-sm font-medium text-red-700"}>
        {state?.message}
      </p>
    </div>
  );
}
