"use client";
/**
 * The article form, for a new article (createArticle, then on to its page) and an existing one
 * (saveArticle with the version it started from). Drafts save themselves a few seconds after the last
 * change; a refused stale save shows the other version and a diff and keeps the user's text.
 */
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, FieldErrors } from "@/components/ui/field";
import { createArticle, saveArticle } from "@/features/articles/actions";
import { useArticleVersion } from "@/features/articles/components/article-version";
import { ConflictPanel } from "@/features/articles/components/conflict-panel";
import { SelectField, TextareaField } from "@/features/articles/components/form-fields";
import { RichTextEditor } from "@/features/articles/components/rich-text-editor";
import { ImageField } from "@/features/media/components/image-field";
import type { ConflictData } from "@/features/articles/revisions";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action";

const AUTOSAVE_MS = 5_000;
const COMMENT_MODES = ["OPEN", "PREMODERATED", "CLOSED"] as const;

export type EditorArticle = {
  id: number;
  title: string;
  teaser: string;
  bodyHtml: string;
  sectionId: number;
  byline: string;
  slug: string;
  metaDescription: string | null;
  heroImage: string | null;
  heroAlt: string | null;
  commentMode: (typeof COMMENT_MODES)[number];
  status: string;
  version: number;
};

type Props = { article?: EditorArticle; sections: { id: number; name: string }[]; defaultByline: string };

export function ArticleEditor({ article, sections, defaultByline }: Props) {
  const t = useTranslations("articles.editor");
  const format = useFormatter();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(article?.title ?? "");
  const [teaser, setTeaser] = useState(article?.teaser ?? "");
  const [bodyHtml, setBodyHtml] = useState(article?.bodyHtml ?? "");
  const [bodySeed, setBodySeed] = useState({ key: 0, html: article?.bodyHtml ?? "" });
  const { version, setVersion } = useArticleVersion(article?.version ?? 1);
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const [conflict, setConflict] = useState<ConflictData | null>(null);
  const [pending, setPending] = useState(false);
  const [tick, setTick] = useState(0);
  const [savedTick, setSavedTick] = useState(0);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const busy = useRef(false);

  const changed = () => setTick((n) => n + 1);
  const dirty = tick !== savedTick;
  const autosave = Boolean(article) && article?.status === "DRAFT" && dirty && !conflict;

  async function save(form: HTMLFormElement) {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    const startedAt = tick;
    const data = new FormData(form);
    try {
      if (!article) {
        const result = await createArticle(data);
        setState(result);
        if (result.ok && result.data) router.push(`/admin/articles/${result.data.id}`);
        return;
      }
      const result = await saveArticle(data);
      setState(result);
      if (result.ok && result.data) {
        setVersion(result.data.version);
        setSavedTick(startedAt);
        setSavedAt(new Date());
        setConflict(null);
        router.refresh();
      } else {
        const theirs = (result.data as { conflict?: ConflictData } | undefined)?.conflict;
        if (theirs) setConflict(theirs);
      }
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  useEffect(() => {
    if (!autosave || pending) return;
    const timer = setTimeout(() => formRef.current?.requestSubmit(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [autosave, pending, tick]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(event.currentTarget);
  }

  function keepMine() {
    if (!conflict) return;
    setVersion(conflict.version);
    setState({ ok: true, message: t("conflict.keptMine", { version: conflict.version }) });
    setConflict(null);
  }

  function takeTheirs() {
    if (!conflict) return;
    setTitle(conflict.title);
    setTeaser(conflict.teaser);
    setBodyHtml(conflict.bodyHtml);
    setBodySeed((s) => ({ key: s.key + 1, html: conflict.bodyHtml }));
    setVersion(conflict.version);
    setState({ ok: true, message: t("conflict.tookTheirs") });
    setConflict(null);
    changed();
  }

  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="space-y-6">
      <form ref={formRef} onSubmit={onSubmit} onChange={changed} noValidate className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {article ? <input type="hidden" name="id" value={article.id} /> : null}
        <input type="hidden" name="version" value={version} />
        <Field label={t("title")} name="title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} errors={errors?.title} />
        <TextareaField label={t("teaser")} name="teaser" rows={3} maxLength={600} value={teaser} onChange={(e) => setTeaser(e.target.value)} errors={errors?.teaser} />
        <div className="space-y-1">
          <p id="field-body-label" className="block text-sm font-medium text-slate-800">
            {t("body")}
          </p>
          <RichTextEditor
            key={bodySeed.key}
            initialHtml={bodySeed.html}
            labelId="field-body-label"
            describedBy={errors?.bodyHtml?.length ? "field-body-error" : undefined}
            onChange={(html) => {
              setBodyHtml(html);
              changed();
            }}
          />
          <input type="hidden" name="bodyHtml" value={bodyHtml} />
          <FieldErrors id="field-body-error" errors={errors?.bodyHtml} />
        </div>
        <div className="grid gap-5 md:grid-cols-2">
          <SelectField label={t("section")} name="sectionId" required defaultValue={article?.sectionId ?? ""} errors={errors?.sectionId}>
            <option value="">{t("chooseSection")}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
          <Field label={t("byline")} name="byline" required maxLength={120} defaultValue={article?.byline ?? defaultByline} errors={errors?.byline} />
          <Field label={t("slug")} name="slug" maxLength={200} defaultValue={article?.slug ?? ""} hint={t("slugHint")} errors={errors?.slug} />
          <SelectField label={t("commentMode")} name="commentMode" defaultValue={article?.commentMode ?? "OPEN"} errors={errors?.commentMode}>
            {COMMENT_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`commentModes.${m}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextareaField label={t("metaDescription")} name="metaDescription" rows={2} maxLength={300} defaultValue={article?.metaDescription ?? ""} errors={errors?.metaDescription} />
        <ImageField image={article?.heroImage ?? null} alt={article?.heroAlt ?? null} errors={errors} onChange={changed} />
        <FormMessage state={state} />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={pending}>
            {article ? (pending ? t("saving") : t("save")) : pending ? t("creating") : t("create")}
          </Button>
          {article ? (
            <p aria-live="polite" className="text-sm text-slate-600" data-testid="save-status">
              {dirty ? t("notSaved") : savedAt ? t("savedAt", { time: format.dateTime(savedAt, { hour: "2-digit", minute: "2-digit" }) }) : ""}
            </p>
          ) : null}
        </div>
        {article?.status === "DRAFT" ? <p className="text-xs text-slate-500">{t("autosaveHint")}</p> : null}
      </form>
      {conflict ? <ConflictPanel conflict={conflict} mine={{ title, teaser, bodyHtml }} onKeepMine={keepMine} onTakeTheirs={takeTheirs} /> : null}
    </div>
  );
}
