/**
 * The "Surftip der Woche" box of the reader sidebar, and the planner's preview of it. Readers' links go
 * through /surftipp/<id> (counts the click, then redirects to the tip's stored address): the markup
 * depends only on the tips, never on the request, so cached reader pages can carry it. The preview
 * links straight to the address, so a check by staff neither counts as a click nor needs the week
 * to have begun.
 */
import { safeHttpUrl } from "@/lib/url";

export type SidebarSurfTip = { id: number; label: string; url: string };

export function SurfTipsBox({ tips, texts, preview = false }: { tips: SidebarSurfTip[]; texts: { title: string; empty: string }; preview?: boolean }) {
  const headingId = preview ? "surftip-preview-heading" : "surftip-heading";
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="mb-2 font-semibold">
        {texts.title}
      </h2>
      {tips.length === 0 ? (
        <p className="text-sm text-slate-500">{texts.empty}</p>
      ) : (
        <ul className="flex flex-wrap gap-x-2 text-sm" data-testid="surf-tips">
          {tips.map((tip, i) => {
            // Only a tip whose stored address is http(s) becomes a link (the redirect checks it again).
            const target = safeHttpUrl(tip.url);
            return (
              <li key={tip.id} className="flex gap-2">
                {i > 0 ? <span aria-hidden="true">|</span> : null}
                {target ? (
                  <a href={preview ? target : `/surftipp/${tip.id}`} rel="nofollow noopener" className="text-brand-700 underline">
                    {tip.label}
                  </a>
                ) : (
                  <span>{tip.label}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
