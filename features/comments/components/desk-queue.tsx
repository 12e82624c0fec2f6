"use client";
/**
 * The interactive part of a queue page: focus and selection, the card buttons, the bulk bar and the
 * keyboard (j/k, a, r, s, d, u, x, ?). A decided card disappears at once and the next one takes the
 * focus; router.refresh() then brings the server's page (counts, the next comments) without a reload —
 * after single decisions once the moderator pauses, so that clearing a queue key by key neither waits
 * for nor re-renders the whole queue page after every key.
 * The card bodies are server-rendered and passed in as children, in the order of `items`.
 */
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Children, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DeskBulkBar } from "@/features/comments/components/desk-bulk-bar";
import { DeskHelpDialog } from "@/features/comments/components/desk-help-dialog";
import { DeskRejectForm } from "@/features/comments/components/desk-reject-form";
import { DESK_DECISIONS, decisionsFor, type DeskDecision, type DeskItem } from "@/features/comments/components/desk-types";
import type { ActionResult } from "@/lib/action";
import { rowMessage } from "@/lib/row-message";
import { useHydrated } from "@/lib/use-hydrated";

type Props = { items: DeskItem[]; children: ReactNode; empty: ReactNode; queue: string; filter: Record<string, string>; matching: { value: number; more: boolean } };
type Message = { ok: boolean; text: string } | null;
/** Single decisions refresh the page this long after the last one, or at once when few cards are left. */
const REFRESH_PAUSE_MS = 700;
const REFILL_BELOW = 5;
type Answer = ActionResult<unknown>;

/** One desk command through the desk's JSON route (features/comments/desk-commands.ts). */
async function command(name: "decide" | "bulk" | "undo", input: Record<string, unknown>, unreachable: string): Promise<Answer> {
  try {
    const res = await fetch("/admin/comments/decisions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ command: name, ...input }) });
    return (await res.json()) as Answer;
  } catch {
    return { ok: false, message: unreachable };
  }
}

const typing = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));

export function DeskQueue({ items, children, empty, queue, filter, matching }: Props) {
  const t = useTranslations("comments.desk");
  const unreachable = useTranslations("common.errors")("unexpected");
  const router = useRouter();
  const bodies = Children.toArray(children);
  const [gone, setGone] = useState<Set<number>>(new Set());
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [all, setAll] = useState(false);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [rejecting, setRejecting] = useState<number | null>(null);
  const [help, setHelp] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [pending, startTransition] = useTransition();
  // Until hydration the buttons and boxes are inert (their work is in click handlers): shown disabled.
  const hydrated = useHydrated();
  const busy = pending || !hydrated;
  const refs = useRef(new Map<number, HTMLElement>());
  const visible = items.map((item, i) => ({ ...item, body: bodies[i] })).filter((c) => !gone.has(c.id));
  // Each card's buttons use the same few labels: formatted once per render, not once per card.
  const actionName = Object.fromEntries(DESK_DECISIONS.map((d) => [d, t(`actions.${d}`)])) as Record<DeskDecision, string>;
  // The three labels every card repeats, parsed once (lib/row-message.ts).
  const locale = useLocale();
  const labels = useMemo(() => {
    const message = (key: "card.label" | "card.select" | "actionLabel") => rowMessage(t.raw(key) as string, locale);
    return { card: message("card.label"), select: message("card.select"), action: message("actionLabel") };
  }, [t, locale]);
  const bulkDecisions = queue === "deleted" ? (["restore"] as DeskDecision[]) : decisionsFor(visible[0]?.expected ?? "PENDING");

  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(refreshTimer.current ?? undefined), []);
  function refreshSoon(remaining: number) {
    clearTimeout(refreshTimer.current ?? undefined);
    refreshTimer.current = null;
    if (remaining < REFILL_BELOW) router.refresh();
    else refreshTimer.current = setTimeout(() => router.refresh(), REFRESH_PAUSE_MS);
  }

  const focusCard = (id: number | null) => {
    setFocusId(id);
    if (id !== null) refs.current.get(id)?.focus();
  };

  const after = (id: number) => {
    const i = visible.findIndex((c) => c.id === id);
    return visible[i + 1]?.id ?? visible[i - 1]?.id ?? null;
  };

  function decide(id: number, decision: DeskDecision, reason?: string, note?: string) {
    const item = visible.find((c) => c.id === id);
    if (!item) return;
    startTransition(async () => {
      const result = await command("decide", { id, expected: item.expected, decision, reason, note }, unreachable);
      setMessage({ ok: result.ok, text: result.message ?? "" });
      setRejecting(null);
      if (result.ok || result.data) {
        // Decided here or by someone else meanwhile: either way the card no longer belongs in this queue.
        const next = after(id);
        setGone((g) => new Set(g).add(id));
        setSelected((s) => (s.delete(id) ? new Set(s) : s));
        setTimeout(() => focusCard(next), 0);
        refreshSoon(visible.length - 1);
      } else router.refresh();
    });
  }

  function bulk(decision: DeskDecision, reason?: string) {
    const ids = visible.filter((c) => selected.has(c.id)).map((c) => `${c.id}:${c.expected}`);
    startTransition(async () => {
      const result = await command("bulk", { ...filter, queue, decision, reason, ids, ...(all ? { all: "1" } : {}) }, unreachable);
      setMessage({ ok: result.ok, text: result.message ?? "" });
      const done = (result.data as { done?: number[] } | undefined)?.done ?? [];
      setGone((g) => new Set([...g, ...done]));
      setSelected(new Set());
      setAll(false);
      refreshSoon(0);
    });
  }

  function undo() {
    startTransition(async () => {
      const result = await command("undo", {}, unreachable);
      setMessage({ ok: result.ok, text: result.message ?? "" });
      const done = new Set((result.data as { done?: number[] } | undefined)?.done ?? []);
      setGone((g) => new Set([...g].filter((id) => !done.has(id))));
      refreshSoon(0);
    });
  }

  const toggle = (id: number) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set(s).add(id)));

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || help) return;
      const i = visible.findIndex((c) => c.id === focusId);
      const current = i >= 0 ? visible[i] : null;
      const can = (d: DeskDecision) => current && decisionsFor(current.expected).includes(d);
      const key = e.key;
      if (key === "j" || key === "k") focusCard(visible[Math.max(0, Math.min(visible.length - 1, i + (key === "j" ? 1 : i < 0 ? 1 : -1)))]?.id ?? null);
      else if (key === "?") setHelp(true);
      else if (key === "u") undo();
      else if (!current) return;
      else if (key === "a" && can("approve")) decide(current.id, "approve");
      else if (key === "s" && can("spam")) decide(current.id, "spam");
      else if (key === "d" && can("delete")) decide(current.id, "delete");
      else if (key === "r" && can("reject")) setRejecting(current.id);
      else if (key === "x") toggle(current.id);
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <>
      <DeskBulkBar
        decisions={bulkDecisions}
        selectedCount={selected.size}
        pageCount={visible.length}
        allPage={visible.length > 0 && visible.every((c) => selected.has(c.id))}
        matching={matching}
        all={all}
        busy={busy}
        onSelectPage={(on) => setSelected(on ? new Set(visible.map((c) => c.id)) : new Set())}
        onSelectAll={setAll}
        onBulk={bulk}
        onUndo={undo}
      />
      <div role="status" aria-live="polite" className="mb-3 min-h-5 text-sm" data-testid="desk-message">
        {message?.text ? <p className={message.ok ? "text-green-800" : "font-medium text-red-700"}>{message.text}</p> : null}
      </div>
      <p className="mb-3 text-xs text-slate-600">{t("keys.hint")}</p>
      {visible.length === 0 ? (
        empty
      ) : (
        <ol className="space-y-3">
          {visible.map((c) => (
            <li key={c.id}>
              <article
                ref={(el) => {
                  if (el) refs.current.set(c.id, el);
                  else refs.current.delete(c.id);
                }}
                tabIndex={-1}
                aria-label={labels.card({ name: c.name })}
                onFocus={() => setFocusId(c.id)}
                data-testid="desk-card"
                data-comment-id={c.id}
                className={`rounded-lg border bg-white p-4 shadow-sm outline-none ${focusId === c.id ? "border-brand-700 ring-2 ring-brand-600" : "border-slate-200"}`}
              >
                <div className="flex gap-3">
                  <input type="checkbox" className="mt-1 size-4" checked={all || selected.has(c.id)} disabled={all || busy} onChange={() => toggle(c.id)} aria-label={labels.select({ name: c.name })} />
                  {c.body}
                </div>
                <div className="mt-3 flex flex-wrap gap-2">
                  {decisionsFor(c.expected).map((d) => (
                    <Button
                      key={d}
                      type="button"
                      variant={d === "approve" || d === "restore" ? "primary" : d === "delete" ? "danger" : "secondary"}
                      disabled={busy}
                      aria-label={labels.action({ action: actionName[d], name: c.name })}
                      onClick={() => (d === "reject" ? setRejecting(c.id) : decide(c.id, d))}
                    >
                      {actionName[d]}
                    </Button>
                  ))}
                </div>
                {rejecting === c.id ? (
                  <DeskRejectForm
                    id={c.id}
                    name={c.name}
                    onSubmit={(reason, note) => decide(c.id, "reject", reason, note)}
                    onCancel={() => {
                      setRejecting(null);
                      focusCard(c.id);
                    }}
                  />
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
      <DeskHelpDialog open={help} onClose={() => setHelp(false)} />
    </>
  );
}
