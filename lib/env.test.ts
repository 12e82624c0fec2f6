import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("treats an empty variable as unset, so its default applies", () => {
    const parsed = parseEnv({ SMTP_URL: "", DATABASE_URL: " ", NEWSDESK_JOBS: "" });
    expect(parsed.SMTP_URL).toBeUndefined();
    expect(parsed.DATABASE_URL).toBe("file:./data/newsdesk.db");
    expect(parsed.NEWSDESK_JOBS).toBe("1");
  });

  it("names every wrong variable in one error", () => {
    expect(() => parseEnv({ SMTP_URL: "not a url", NEXTAUTH_SECRET: "short" })).toThrow(/SMTP_URL: .*; NEXTAUTH_SECRET: |NEXTAUTH_SECRET: .*; SMTP_URL: /);
  });

  it("keeps a valid setting", () => {
    expect(parseEnv({ SMTP_URL: "smtp://mail.example:587" }).SMTP_URL).toBe("smtp://mail.example:587");
  });
});
