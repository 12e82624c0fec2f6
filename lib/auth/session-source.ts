/** Reads the session cookie (through next-auth). Kept apart so integration tests can stand in for the browser. */
import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";

export async function getSessionId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.sid ?? null;
}
