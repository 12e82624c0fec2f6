/** The editor's pages (new, edit, revisions) share the editor's and the media texts; the list ships only its own. */
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["articles", "media"]}>{children}</ClientMessages>;
}
