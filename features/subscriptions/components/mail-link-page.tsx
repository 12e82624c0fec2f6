/**
 * The pages behind the links in our mails (confirm, unsubscribe): a heading, what the state means,
 * at most one button (a form that posts the token, so opening the link changes nothing), and the way
 * back to the article or the home page.
 */
import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = {
  title: string;
  text: string;
  /** A state (done, invalid) is announced; a question is not. */
  isStatus: boolean;
  button?: { label: string; token: string; action: (formData: FormData) => Promise<void> };
  article: { slug: string } | null;
};

export async function MailLinkPage({ title, text, isStatus, button, article }: Props) {
  const t = await getTranslations("subscriptions.pages");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {isStatus ? <p role="status">{text}</p> : <p>{text}</p>}
      {button ? (
        <form action={button.action}>
          <input type="hidden" name="token" value={button.token} />
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {button.label}
          </button>
        </form>
      ) : null}
      <p>
        <Link href={article ? `/artikel/${article.slug}` : "/"} className="text-brand-700 underline">
          {article ? t("backToArticle") : t("home")}
        </Link>
      </p>
    </section>
  );
}
