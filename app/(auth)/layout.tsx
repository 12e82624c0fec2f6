import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth", "staff"]}>{children}</ClientMessages>;
}
