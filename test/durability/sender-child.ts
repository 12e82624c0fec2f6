/**
 * A mail sender in a process of its own, for outbox-crash.test.ts to kill with SIGKILL at a chosen
 * moment: `claim` claims a batch and waits to be killed; `send` delivers through SMTP_URL and kills
 * itself the moment the server has answered 250 to its KILL_AFTER-th mail, before that mail is marked.
 * Prints one line per event on stdout.
 */
import fs from "node:fs";
import { claimMail, sendDueMail, type MailTransport } from "@/lib/mail/sender";
import { smtpTransport } from "@/lib/mail/transport";

const say = (line: string) => fs.writeSync(1, `${line}\n`);
const mode = process.argv[2];

if (mode === "claim") {
  const { mails } = await claimMail("child", 50, new Date());
  say(`claimed ${mails.length}`);
  setInterval(() => {}, 1000); // until killed
} else if (mode === "send") {
  const killAfter = Number(process.env.KILL_AFTER);
  const smtp = smtpTransport(process.env.SMTP_URL!, "Newsdesk <noreply@test.local>");
  let acked = 0;
  const transport: MailTransport = {
    name: "smtp",
    async send(mail) {
      await smtp.send(mail);
      say(`acked ${mail.messageId}`);
      if (++acked === killAfter) process.kill(process.pid, "SIGKILL");
    },
  };
  for (;;) if ((await sendDueMail({ transport, worker: "child", batchSize: 50, concurrency: 4 })).claimed === 0) break;
  say("done");
  process.exit(0);
} else {
  say(`unknown mode ${mode}`);
  process.exit(2);
}
