/**
 * Hands the client components below it the message namespaces they use, and no more: the reader site
 * must not ship the dashboard's texts to every visitor, nor one dashboard area the texts of all others.
 * A namespace may be a path ("admin.roles"). An inner provider replaces the outer one's messages.
 */
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

type Tree = Record<string, unknown>;

function pick(messages: Tree, paths: string[]): Tree {
  const out: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    let into = out;
    keys.forEach((key, i) => {
      from = (from as Tree | undefined)?.[key];
      if (i === keys.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Tree;
    });
  }
  return out;
}

export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const messages = (await getMessages()) as Tree;
  return <NextIntlClientProvider messages={pick(messages, ["common", ...namespaces])}>{children}</NextIntlClientProvider>;
}
