/**
 * A real SMTP server for the mail tests (smtp-server on a free local port): it keeps every message it
 * accepts, parsed, and can refuse chosen ones with a temporary (4xx) or permanent (5xx) answer.
 */
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** header(name): the raw value of a header as it arrived (unfolded), or undefined. */
export type Received = { messageId: string; to: string; subject: string; text: string; header: (name: string) => string | undefined; parsed: ParsedMail };
/** Decides per message: undefined accepts, a number refuses with that SMTP code. */
export type Refuse = (mail: { to: string; subject: string }) => number | undefined;

export async function startSmtpServer(refuse: Refuse = () => undefined) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // No reverse DNS of the client (offline machines wait for it to time out).
    disableReverseLookup: true,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = session.envelope.rcptTo.map((r) => r.address).join(",");
          const code = refuse({ to, subject: parsed.subject ?? "" });
          if (code) {
            const error = Object.assign(new Error(code >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: code });
            callback(error);
            return;
          }
          const header = (name: string) => {
            const line = parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
            return line?.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim();
          };
          received.push({ messageId: parsed.messageId ?? "", to, subject: parsed.subject ?? "", text: parsed.text ?? "", header, parsed });
          callback();
        })
        .catch(callback);
    },
  });
  // A client that dies mid-conversation (the crash tests kill senders) resets its connection: not an error here.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
