/**
 * SECURITY.md "durability config": the app's own database connection, as the server opens it, is
 * durable by default — SQLite in WAL mode with synchronous=FULL, PostgreSQL with synchronous_commit and
 * fsync on. Runs on whichever database the lane uses.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { describeDurability, readDurability } from "@/lib/durability";
import { env } from "@/lib/env";

describe("durability configuration", () => {
  it("acknowledges a write only once it is on disk", async () => {
    const d = await readDurability(db, env.isPostgres);
    console.log(describeDurability(d));
    expect(d.problems).toEqual([]);
    if (env.isPostgres) expect(d.settings).toMatchObject({ synchronous_commit: "on", fsync: "on" });
    else expect(d.settings).toEqual({ journal_mode: "WAL", synchronous: "FULL" });
  });
});
