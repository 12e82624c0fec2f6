import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { ActionError, staffAction } from "@/lib/action";
import { signInAs, signOut } from "@/test/session";

const echo = staffAction("articles.manage", z.object({ id: z.coerce.number().int().positive(), title: z.string().min(3) }), async (input, staff) => ({
  ok: true,
  data: { ...input, by: staff.email },
}));
const refusing = staffAction("articles.manage", z.object({}), async () => {
  throw new ActionError("Nicht erlaubt in diesem Zustand", { title: ["vergeben"] });
});
const crashing = staffAction("articles.manage", z.object({}), async () => {
  throw new Error("SQLITE_BUSY: secret internals at /srv/app/lib/db.ts:12");
});

describe("staffAction", () => {
  beforeEach(() => signOut());

  it("refuses signed-out callers and wrong roles before parsing anything", async () => {
    expect(await echo({ id: 1, title: "abc" })).toEqual({ ok: false, message: expect.stringMatching(/Sitzung/) });
    await signInAs(["MODERATOR"]);
    expect(await echo({ id: 1, title: "abc" })).toEqual({ ok: false, message: expect.stringMatching(/Berechtigung/) });
  });

  it("returns German field errors for bad input", async () => {
    await signInAs(["EDITOR"]);
    const result = await echo({ id: "x", title: "a" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["id", "title"]);
      expect(result.fieldErrors?.title?.[0]).toBe("Mindestens 3 Zeichen.");
    }
  });

  it("accepts FormData from useActionState and merges bound values", async () => {
    const user = await signInAs(["EDITOR"]);
    const form = new FormData();
    form.set("title", "Hallo");
    expect(await echo({ id: 7 }, { ok: false, message: "previous" }, form)).toMatchObject({ ok: true, data: { id: 7, title: "Hallo", by: user.email } });
  });

  it("drops NUL characters from form values (PostgreSQL cannot store them)", async () => {
    await signInAs(["EDITOR"]);
    const form = new FormData();
    form.set("id", "7");
    form.set("title", "Ha\0llo\0");
    expect(await echo(form)).toMatchObject({ ok: true, data: { title: "Hallo" } });
  });

  it("turns expected refusals into messages and hides unexpected errors", async () => {
    await signInAs(["ADMIN"]);
    expect(await refusing({})).toEqual({ ok: false, message: "Nicht erlaubt in diesem Zustand", fieldErrors: { title: ["vergeben"] } });
    const crashed = await crashing({});
    expect(crashed).toEqual({ ok: false, message: expect.any(String) });
    expect(JSON.stringify(crashed)).not.toMatch(/SQLITE|srv|db\.ts/);
  });
});
