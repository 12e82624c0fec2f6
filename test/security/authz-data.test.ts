/**
 * Data- and field-level access control: what a permitted caller gets back must not carry more power
 * than their role. The outbox (moderators) never shows the secret of a reader's link — with it, a staff
 * member could confirm a subscription in the reader's name or manage their subscriptions; the staff
 * queries never return a password or invite hash.
 */
import { describe, expect, it } from "vitest";
import { retryOutboxMail } from "@/features/subscriptions/admin-actions";
import { listOutbox, redactReaderLinks } from "@/features/subscriptions/admin-queries";
import messages from "@/messages/de";
import { confirmUrl, manageUrl, oneClickUnsubscribeUrl, unsubscribeUrl } from "@/features/subscriptions/links";
import { getStaffMember, listStaff } from "@/features/staff/queries";
import { db } from "@/lib/db";
import { seedThreadSubscription, tag } from "@/test/security/action-cases";
import { signInAs, signOut } from "@/test/session";

describe("data-level: the outbox", () => {
  it("shows staff that a reader's link was sent, never its secret", async () => {
    const { sub, subscriber } = await seedThreadSubscription("PENDING");
    const links = [confirmUrl(sub.id, sub.requestedAt), unsubscribeUrl(sub.id), oneClickUnsubscribeUrl(sub.id), manageUrl(subscriber.id)];
    const secrets = links.map((l) => l.split("/").pop()!);
    const mail = await db.outboxMail.create({
      data: { messageId: `<redact-${tag()}@test.local>`, kind: "confirm", to: subscriber.email, subject: "Bitte bestätigen", text: `Hallo,\n${links.join("\n")}\nDanke.` },
      select: { id: true },
    });
    await signInAs(["MODERATOR"]);
    const { rows } = await listOutbox(undefined, mail.id + 1);
    const shown = rows.find((r) => r.id === mail.id)?.text ?? "";
    signOut();
    expect(shown).toContain("/abo/bestaetigen/…");
    expect(shown).toContain("/abo/verwalten/…");
    for (const secret of secrets) expect(shown).not.toContain(secret);
    // The stored mail is untouched: the reader still gets the working link.
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id } })).text).toContain(secrets[0]);
  });

  it("leaves every other address alone", () => {
    const text = "Artikel: https://example.com/artikel/abo-tipps\nhttps://example.com/abo/verwalten/abc.def?x=1";
    expect(redactReaderLinks(text)).toBe("Artikel: https://example.com/artikel/abo-tipps\nhttps://example.com/abo/verwalten/…?x=1");
  });
});

describe("data-level: booking mails belong to the ad managers", () => {
  it("the outbox shows and retries a booking mail only for someone who may manage ads", async () => {
    const mail = await db.outboxMail.create({
      data: { messageId: `<booking-${tag()}@test.local>`, kind: "booking", to: `kunde-${tag()}@test.local`, subject: "Ihre Buchung: 25,00 €", text: "Preis 25,00 €", status: "FAILED" },
      select: { id: true },
    });
    await signInAs(["MODERATOR"]);
    expect((await listOutbox(undefined, mail.id + 1)).rows.map((r) => r.id)).not.toContain(mail.id);
    expect(await retryOutboxMail(mail.id)).toMatchObject({ ok: false, message: messages.common.errors.forbidden });
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id } })).status).toBe("FAILED");
    await signInAs(["MODERATOR", "AD_MANAGER"]);
    expect((await listOutbox(undefined, mail.id + 1)).rows.map((r) => r.id)).toContain(mail.id);
    await signInAs(["ADMIN"]);
    expect(await retryOutboxMail(mail.id)).toMatchObject({ ok: true });
    signOut();
  });
});

describe("field-level: staff accounts", () => {
  it("never hands out password or invite hashes, not even to an admin", async () => {
    const user = await db.user.create({ data: { name: "Geheim", email: `geheim-${tag()}@test.local`, passwordHash: "$argon2id$secret", inviteTokenHash: "invite-hash-secret" } });
    await signInAs(["ADMIN"]);
    const listed = JSON.stringify(await listStaff());
    const member = JSON.stringify(await getStaffMember(user.id));
    signOut();
    for (const text of [listed, member]) {
      expect(text).not.toContain("$argon2id$secret");
      expect(text).not.toContain("invite-hash-secret");
    }
  });
});
