import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

/** Only the texts of the planner's client forms go to the browser. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["surfTips.add", "surfTips.edit", "surfTips.copy"]}>{children}</ClientMessages>;
}
