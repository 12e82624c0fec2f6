"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

/** A password or link that exists only in this response: shown once, with a copy button. */
export function OneTimeSecret({ label, value }: { label: string; value: string }) {
  const t = useTranslations("staff.secret");
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4">
      <p id={id} className="text-sm font-medium text-amber-950">
        {label}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code aria-labelledby={id} data-testid="one-time-secret" className="rounded bg-white px-2 py-1 font-mono text-sm break-all select-all">
          {value}
        </code>
        <Button
          type="button"
          variant="secondary"
          onClick={() => navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
