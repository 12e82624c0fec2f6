/**
 * next-auth configuration: e-mail + password (argon2id), JWT sessions that name a StaffSession row,
 * so that logout and disabling a user end the session on the server, not only in the browser.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/password";
import { clientIp, hashIp } from "@/lib/request-ip";
import { sameSiteUrl } from "@/lib/safe-redirect";
import { trustDevice, trustedDevice } from "@/lib/auth/device";
import { endStaffSession } from "@/lib/auth/session";
import { loginBlockedUntil, recordLoginFailure, recordLoginSuccess, type LoginAttempt } from "@/lib/auth/throttle";

export const SESSION_MAX_AGE_S = 12 * 60 * 60;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Error codes the login page translates. */
export const LOGIN_ERRORS = { invalid: "INVALID", throttled: "THROTTLED" } as const;

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(LOGIN_ERRORS.invalid);
        const { email, password } = parsed.data;
        const ipHash = hashIp(clientIp(req?.headers ?? {}));
        const now = new Date();

        // Looked up first, for known and unknown addresses alike: only the account's own device cookie is trusted.
        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, passwordHash: true, disabledAt: true },
        });
        const attempt: LoginAttempt = { email, ipHash, device: await trustedDevice(user?.id) };

        const blockedUntil = await loginBlockedUntil(attempt, now);
        if (blockedUntil) {
          throw new Error(`${LOGIN_ERRORS.throttled}:${Math.ceil((blockedUntil.getTime() - now.getTime()) / 60_000)}`);
        }

        const ok = await verifyPassword(user?.passwordHash, password);
        if (!user || !ok || user.disabledAt) {
          const delay = await recordLoginFailure(attempt, now);
          await sleep(delay);
          await db.auditLog.create({
            data: { actorId: null, action: "auth.login_failed", targetType: "user", targetId: user ? String(user.id) : null, summary: email },
          });
          throw new Error(LOGIN_ERRORS.invalid);
        }

        await recordLoginSuccess(attempt);
        await trustDevice(user.id, attempt.device);
        const sid = randomBytes(24).toString("base64url");
        await db.$transaction([
          db.staffSession.create({
            data: { id: sid, userId: user.id, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) },
          }),
          db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
          db.auditLog.create({ data: { actorId: user.id, action: "auth.login", targetType: "user", targetId: String(user.id), summary: email } }),
        ]);
        return { id: String(user.id), sid };
      },
    }),
  ],
  callbacks: {
    // next-auth's default throws (a 500) on values that are no URL, such as `\\evil.example`.
    async redirect({ url, baseUrl }) {
      return sameSiteUrl(url, baseUrl) ?? baseUrl;
    },
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    async session({ session, token }) {
      // Only ids travel in the cookie; roles and name are read fresh on the server (lib/auth/session.ts).
      return { ...session, user: { id: token.uid, sid: token.sid } } as typeof session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endStaffSession(token.sid);
    },
  },
};
