"use client";
/**
 * The reader comment form. It posts to the comment route (features/comments/post-route.ts): without
 * JavaScript as a plain form post (303 to the status page, or back to the form's page with the
 * messages), with JavaScript by fetch, which shows a refusal in place and keeps what was typed. With
 * JavaScript each mounted form gets its own idempotency key, without it the key rendered by the server
 * is used (the server scopes it to the commenter and the text, so cached copies never mix posts).
 */
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { CommentPostAnswer, ReaderFormState } from "@/features/comments/form-flash";
import { ReaderField, inputClass } from "./reader-field";

export type CommentFormLabels = Record<"heading" | "name" | "email" | "emailHint" | "body" | "subscribe" | "subscribeHint" | "honeypot" | "submit" | "sending" | "failed", string>;

type Props = {
  action: string;
  articleId: number;
  parentId?: number;
  fallbackKey: string;
  labels: CommentFormLabels;
  idPrefix?: string;
  initial?: ReaderFormState;
  /** 3 under the article's comments, 2 on a page of the form's own. */
  headingLevel?: 2 | 3;
};

const field = (form: HTMLFormElement, name: string) => {
  const value = new FormData(form).get(name);
  return typeof value === "string" ? value : "";
};

export function ReaderCommentForm({ action, articleId, parentId, fallbackKey, labels, idPrefix = "comment", initial, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [pending, setPending] = useState(false);
  const keyInput = useRef<HTMLInputElement>(null);
  // A key of this form instance's own, new after every answer (getRandomValues works outside secure contexts too).
  useEffect(() => {
    if (keyInput.current) keyInput.current.value = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  }, [state?.attempt]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    setPending(true);
    let answer: CommentPostAnswer;
    try {
      const response = await fetch(action, { method: "POST", body: new FormData(form), headers: { accept: "application/json" } });
      answer = (await response.json()) as CommentPostAnswer;
    } catch {
      answer = { ok: false, message: labels.failed };
    }
    if (answer.ok) {
      router.push(answer.location); // stays "sending" until the status page is there
      return;
    }
    const values = { name: field(form, "name"), email: field(form, "email"), body: field(form, "body"), subscribe: field(form, "subscribe") };
    setState((prev) => ({ message: answer.message, fieldErrors: answer.fieldErrors, values, attempt: (prev?.attempt ?? 0) + 1 }));
    setPending(false);
  }

  const errors = state?.fieldErrors ?? {};
  const id = (name: string) => `${idPrefix}-${name}`;
  const described = (name: string) => (errors[name] ? `${id(name)}-error` : undefined);
  return (
    <form action={action} method="post" onSubmit={submit} noValidate className="mt-4 space-y-4" aria-labelledby={id("heading")}>
      <Heading id={id("heading")} className="text-lg font-semibold">
        {labels.heading}
      </Heading>
      <div aria-live="polite">{state?.message ? <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">{state.message}</p> : null}</div>
      <input type="hidden" name="articleId" value={articleId} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <input ref={keyInput} type="hidden" name="idempotencyKey" defaultValue={fallbackKey} />
      <ReaderField id={id("name")} label={labels.name} errors={errors.name}>
        <input id={id("name")} name="name" maxLength={80} autoComplete="name" defaultValue={initial?.values.name} aria-describedby={described("name")} aria-invalid={!!errors.name} className={inputClass} />
      </ReaderField>
      <ReaderField id={id("email")} label={labels.email} hint={labels.emailHint} errors={errors.email}>
        <input id={id("email")} name="email" type="email" maxLength={254} autoComplete="email" defaultValue={initial?.values.email} aria-describedby={described("email")} aria-invalid={!!errors.email} className={inputClass} />
      </ReaderField>
      <ReaderField id={id("body")} label={labels.body} errors={errors.body}>
        <textarea id={id("body")} name="body" rows={5} defaultValue={initial?.values.body} aria-describedby={described("body")} aria-invalid={!!errors.body} className={inputClass} />
      </ReaderField>
      {/* The honeypot: off-screen, hidden from assistive technology and the tab order; only bots fill it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id("website")}>{labels.honeypot}</label>
        <input id={id("website")} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="flex items-start gap-2">
        <input id={id("subscribe")} name="subscribe" type="checkbox" defaultChecked={initial?.values.subscribe === "on"} aria-describedby={id("subscribe-hint")} className="mt-1" />
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
