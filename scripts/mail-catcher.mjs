// A real SMTP server for the e2e suite: every message the app sends is accepted, parsed and written to
// `<dir>/<n>.json` ({ to, subject, text, html, messageId, headers }; html is null for a text-only mail), where the specs read it (e2e/mail.ts).
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export async function startMailCatcher(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const headers = Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim()]));
          const to = session.envelope.rcptTo.map((r) => r.address).join(",");
          const file = path.join(dir, `${String(++n).padStart(6, "0")}.json`);
          fs.writeFileSync(`${file}.tmp`, JSON.stringify({ to, subject: mail.subject ?? "", text: mail.text ?? "", html: typeof mail.html === "string" ? mail.html : null, messageId: mail.messageId ?? "", headers }));
          fs.renameSync(`${file}.tmp`, file);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
