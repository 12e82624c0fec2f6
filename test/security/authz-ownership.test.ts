/**
 * Own vs foreign object: where the product has ownership, a caller reaches only their own. Readers own
 * their subscriptions through signed links (confirm, unsubscribe — by form and RFC 8058 one-click —
 * and the manage page); an invitee owns one account through the invite token; a moderator's undo
 * takes back only their own decision; an author does not approve their own article (four eyes).
 * Each test tries the foreign object (or a token of another subject or purpose) and checks that
 * nothing of it changed, then that the own object works.
 */
import { describe, expect, it } from "vitest";
import { POST as oneClickUnsubscribe } from "@/app/api/abo/abmelden/[token]/route";
import { decideComment, undoLastModeration } from "@/features/comments/moderation-actions";
import { transitionArticle } from "@/features/articles/actions";
import { acceptInvite } from "@/features/staff/invite-actions";
import { hashInviteToken, newInviteToken } from "@/features/staff/secrets";
import { confirmToken, manageToken, unsubscribeToken } from "@/features/subscriptions/links";
import { subscriptionsOf } from "@/features/subscriptions/reader";
import { confirmFromMail, setDeliveryFromMail, unsubscribeFromMail } from "@/features/subscriptions/reader-actions";
import { db } from "@/lib/db";
import { fromNow, seedArticle, seedComment, seedThreadSubscription, tag } from "@/test/security/action-cases";
import { signInAs, signOut } from "@/test/session";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};

/** The reader actions answer with a redirect (thrown by next/navigation): only the effect counts here. */
async function submit(action: (f: FormData) => Promise<unknown>, fields: Record<string, string>) {
  await action(form(fields)).catch((error: unknown) => {
    if (!String((error as { digest?: unknown })?.digest ?? "").startsWith("NEXT_REDIRECT")) throw error;
  });
}

const subscription = (id: number) => db.subscription.findUniqueOrThrow({ where: { id }, select: { status: true, digest: true } });

describe("own vs foreign: reader links", () => {
  it("the manage link lists and switches only its own person's subscriptions", async () => {
    signOut();
    const a = await seedThreadSubscription("CONFIRMED");
    const b = await seedThreadSubscription("CONFIRMED");
    const listed = await subscriptionsOf(manageToken(a.subscriber.id));
    expect(listed?.subscriptions.map((s) => s.id)).toEqual([a.sub.id]);

    await submit(setDeliveryFromMail, { manage: manageToken(a.subscriber.id), id: String(b.sub.id), digest: "1" });
    expect(await subscription(b.sub.id)).toMatchObject({ status: "CONFIRMED", digest: false });
    // A token of another purpose naming B (its unsubscribe token) is no manage link.
    await submit(setDeliveryFromMail, { manage: unsubscribeToken(b.subscriber.id), id: String(b.sub.id), digest: "1" });
    expect(await subscription(b.sub.id)).toMatchObject({ digest: false });

    await submit(setDeliveryFromMail, { manage: manageToken(a.subscriber.id), id: String(a.sub.id), digest: "1" });
    expect(await subscription(a.sub.id)).toMatchObject({ digest: true });
  });

  it("an unsubscribe link ends only its own subscription; forged or other-purpose tokens change nothing", async () => {
    signOut();
    const a = await seedThreadSubscription("CONFIRMED");
    const b = await seedThreadSubscription("CONFIRMED");
    const own = unsubscribeToken(a.sub.id);
    const forged = `${b.sub.id}.${own.split(".")[1]}`; // A's signature on B's id
    for (const token of [forged, manageToken(b.sub.id), confirmToken(b.sub.id, new Date())]) {
      await submit(unsubscribeFromMail, { token });
      expect((await subscription(b.sub.id)).status).toBe("CONFIRMED");
    }
    await submit(unsubscribeFromMail, { token: own });
    expect((await subscription(a.sub.id)).status).toBe("UNSUBSCRIBED");
    expect((await subscription(b.sub.id)).status).toBe("CONFIRMED");
  });

  it("the RFC 8058 one-click POST ends only the subscription its token names", async () => {
    signOut();
    const a = await seedThreadSubscription("CONFIRMED");
    const b = await seedThreadSubscription("CONFIRMED");
    const post = (token: string) =>
      oneClickUnsubscribe(new Request(`http://localhost/api/abo/abmelden/${token}`, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "Content-Type": "application/x-www-form-urlencoded" } }), {
        params: Promise.resolve({ token }),
      });
    expect((await post(manageToken(b.sub.id))).status).toBe(404);
    expect((await post(`${b.sub.id}.${unsubscribeToken(a.sub.id).split(".")[1]}`)).status).toBe(404);
    expect((await subscription(b.sub.id)).status).toBe("CONFIRMED");
    expect((await post(unsubscribeToken(a.sub.id))).status).toBe(200);
    expect((await subscription(a.sub.id)).status).toBe("UNSUBSCRIBED");
    expect((await subscription(b.sub.id)).status).toBe("CONFIRMED");
  });

  it("a confirm link confirms only the request it was made for", async () => {
    signOut();
    const a = await seedThreadSubscription("PENDING");
    const b = await seedThreadSubscription("PENDING");
    // A's token with B's id, and a token for B's request at another time: refused.
    await submit(confirmFromMail, { token: `${b.sub.id}-${a.sub.requestedAt.getTime().toString(36)}.${confirmToken(a.sub.id, a.sub.requestedAt).split(".")[1]}` });
    await submit(confirmFromMail, { token: confirmToken(b.sub.id, new Date(b.sub.requestedAt.getTime() - 60_000)) });
    await submit(confirmFromMail, { token: unsubscribeToken(b.sub.id) });
    expect((await subscription(b.sub.id)).status).toBe("PENDING");
    await submit(confirmFromMail, { token: confirmToken(a.sub.id, a.sub.requestedAt) });
    expect((await subscription(a.sub.id)).status).toBe("CONFIRMED");
    expect((await subscription(b.sub.id)).status).toBe("PENDING");
  });
});

describe("own vs foreign: staff", () => {
  async function invited() {
    const token = newInviteToken();
    const user = await db.user.create({
      data: { name: "Eingeladen", email: `einladung-${tag()}@test.local`, inviteTokenHash: hashInviteToken(token), inviteExpiresAt: await fromNow(1), roles: { create: [{ role: "EDITOR" }] } },
      select: { id: true },
    });
    return { token, id: user.id };
  }
  const password = (id: number) => db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, inviteTokenHash: true } });

  it("an invite token sets the password of its own account only, and only once", async () => {
    signOut();
    const a = await invited();
    const b = await invited();
    expect(await acceptInvite(newInviteToken(), null, { password: "ein langes gutes Passwort" })).toMatchObject({ ok: false });
    expect(await acceptInvite(a.token, null, { password: "ein langes gutes Passwort" })).toMatchObject({ ok: true });
    expect((await password(a.id)).passwordHash).not.toBeNull();
    expect(await password(b.id)).toMatchObject({ passwordHash: null, inviteTokenHash: hashInviteToken(b.token) });
    expect(await acceptInvite(a.token, null, { password: "noch ein anderes Passwort" })).toMatchObject({ ok: false });
  });

  it("a moderator's undo takes back only their own decision, never a colleague's", async () => {
    const comment = await seedComment("PENDING");
    await signInAs(["MODERATOR"], { email: `mod-a-${tag()}@test.local` });
    expect(await decideComment({ id: comment.id, expected: "PENDING", decision: "approve" })).toMatchObject({ ok: true });
    await signInAs(["MODERATOR"], { email: `mod-b-${tag()}@test.local` });
    expect(await undoLastModeration({})).toMatchObject({ ok: false });
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("APPROVED");
    signOut();
  });

  it("an author cannot publish their own article from review; another editor can (four eyes)", async () => {
    const author = await signInAs(["EDITOR"], { email: `autor-${tag()}@test.local` });
    const article = await seedArticle({ status: "IN_REVIEW", authorId: author.id });
    expect(await transitionArticle({ id: article.id, version: article.version, action: "publish" })).toMatchObject({ ok: false });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("IN_REVIEW");
    await signInAs(["EDITOR"], { email: `pruefer-${tag()}@test.local` });
    expect(await transitionArticle({ id: article.id, version: article.version, action: "publish" })).toMatchObject({ ok: true });
    signOut();
  });
});
