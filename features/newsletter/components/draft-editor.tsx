"use client";

import { useState, type ReactNode } from "react";
import { IssueForm, type Candidate } from "@/features/newsletter/components/issue-form";
import { SendPanel } from "@/features/newsletter/components/send-panel";

/** A draft's page: the form, the server-rendered preview, and sending — blocked while there are unsaved changes. */
export function DraftEditor({
  issue,
  candidates,
  recipients,
  preview,
  sendTitle,
}: {
  issue: { id: number; version: number; subject: string; intro: string; articleIds: number[] };
  candidates: Candidate[];
  recipients: number;
  preview: ReactNode;
  sendTitle: string;
}) {
  const [dirty, setDirty] = useState(false);
  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <IssueForm issue={issue} candidates={candidates} onDirtyChange={setDirty} />
      <div className="space-y-8">
        {preview}
        <section aria-labelledby="send-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="send-title" className="mb-3 text-lg font-semibold">
            {sendTitle}
          </h2>
          <SendPanel id={issue.id} version={issue.version} recipients={recipients} disabled={dirty} />
        </section>
      </div>
    </div>
  );
}
