/**
 * The committed migration history of the database under test must produce exactly the models.
 * The SQLite lane checks prisma/sqlite/migrations, the PostgreSQL lane prisma/postgres/migrations,
 * so CI (which runs both lanes) fails when either history drifts from prisma/models.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it("match the models for the database under test", () => {
    const url = process.env.DATABASE_URL!;
    const dir = /^postgres(ql)?:\/\//.test(url) ? "prisma/postgres" : "prisma/sqlite";
    let status = 0;
    let output = "";
    try {
      execFileSync("npx", ["prisma", "migrate", "diff", "--from-migrations", `${dir}/migrations`, "--to-schema-datamodel", dir, "--exit-code"], {
        env: { ...process.env, DATABASE_URL: url },
        stdio: "pipe",
      });
    } catch (error) {
      const e = error as { status: number; stdout: Buffer; stderr: Buffer };
      status = e.status;
      output = `${e.stdout?.toString()}\n${e.stderr?.toString()}`;
    }
    expect({ status, output: status ? output : "" }).toEqual({ status: 0, output: "" });
  }, 120_000);
});
