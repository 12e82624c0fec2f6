"use client";
/**
 * The reader comment form. Works without JavaScript (the server action runs on a plain post); with
 * JavaScript each mounted form gets its own idempotency key, without it the key rendered by the server
 * is used (the server scopes it to the commenter and the text, so cached copies never mix posts).
 */
import { useActionState, useEffect, useRef } from "react";
import { submitComment } from "@/features/comments/reader-actions";
import { ReaderField, inputClass } from "./reader-field";

export type CommentFormLabels = Record<"heading" | "name" | "email" | "emailHint" | "body" | "subscribe" | "subscribeHint" | "honeypot" | "submit" | "sending", string>;

export function ReaderCommentForm({ articleId, parentId, fallbackKey, labels, idPrefix = "comment" }: { articleId: number; parentId?: number; fallbackKey: string; labels: CommentFormLabels; idPrefix?: string }) {
  const [state, action, pending] = useActionState(submitComment, null);
  const keyInput = useRef<HTMLInputElement>(null);
  // A key of this form instance's own (getRandomValues works outside secure contexts too).
  useEffect(() => {
    if (keyInput.current) keyInput.current.value = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  }, [state?.attempt]);
  const errors = state?.fieldErrors ?? {};
  const id = (name: string) => `${idPrefix}-${name}`;
  const described = (name: string) => (errors[name] ? `${id(name)}-error` : undefined);
  return (
    <form key={state?.attempt ?? 0} action={action} noValidate className="mt-4 space-y-4" aria-labelledby={id("heading")}>
      <h3 id={id("heading")} className="text-lg font-semibold">
        {labels.heading}
      </h3>
      <div aria-live="polite">{state?.message ? <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">{state.message}</p> : null}</div>
      <input type="hidden" name="articleId" value={articleId} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <input ref={keyInput} type="hidden" name="idempotencyKey" defaultValue={fallbackKey} />
      <ReaderField id={id("name")} label={labels.name} errors={errors.name}>
        <input id={id("name")} name="name" maxLength={80} autoComplete="name" defaultValue={state?.values.name} aria-describedby={described("name")} aria-invalid={!!errors.name} className={inputClass} />
      </ReaderField>
      <ReaderField id={id("email")} label={labels.email} hint={labels.emailHint} errors={errors.email}>
        <input id={id("email")} name="email" type="email" maxLength={254} autoComplete="email" defaultValue={state?.values.email} aria-describedby={described("email")} aria-invalid={!!errors.email} className={inputClass} />
      </ReaderField>
      <ReaderField id={id("body")} label={labels.body} errors={errors.body}>
        <textarea id={id("body")} name="body" rows={5} defaultValue={state?.values.body} aria-describedby={described("body")} aria-invalid={!!errors.body} className={inputClass} />
      </ReaderField>
      {/* The honeypot: off-screen, hidden from assistive technology and the tab order; only bots fill it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id("website")}>{labels.honeypot}</label>
        <input id={id("website")} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="flex items-start gap-2">
        <input id={id("subscribe")} name="subscribe" type="checkbox" defaultChecked={state?.values.subscribe === "on"} aria-describedby={id("subscribe-hint")} className="mt-1" />
        <label htmlFor={id("subscribe")} className="text-sm">
          {labels.subscribe} <span id={id("subscribe-hint")} className="text-slate-600">({labels.subscribeHint})</span>
        </label>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
