// The SMTP server mail_send_per_s delivers to (scripts/bench/mail.ts forks it): smtp-server on a free
// loopback port that accepts every message, drains it without parsing it (only the Message-ID is read
// from the header block, to count mails that arrive twice) and answers the parent's "stats" messages.
// Its own process, so that receiving does not share an event loop (or a GC) with the bench's polling.
import { SMTPServer } from "smtp-server";

const seen = new Set();
let received = 0;
let duplicates = 0;
let bytes = 0;
let firstAt = 0;
let lastAt = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  disableReverseLookup: true,
  onData(stream, session, callback) {
    let head = "";
    let headDone = false;
    stream.on("data", (chunk) => {
      bytes += chunk.length;
      if (headDone) return;
      head += chunk.toString("latin1");
      if (head.includes("\r\n\r\n") || head.length > 16_384) headDone = true;
    });
    stream.on("end", () => {
      const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? session.envelope.rcptTo.map((r) => r.address).join(",");
      if (seen.has(id)) duplicates += 1;
      else seen.add(id);
      received += 1;
      lastAt = performance.now();
      if (received === 1) firstAt = lastAt;
      callback();
    });
  },
});

server.listen(0, "127.0.0.1", () => process.send({ port: server.server.address().port }));

process.on("message", (message) => {
  if (message === "stats") process.send({ received, unique: seen.size, duplicates, bytes, activeMs: lastAt - firstAt });
  else if (message === "reset") {
    seen.clear();
    received = duplicates = bytes = firstAt = lastAt = 0;
    process.send({ reset: true });
  } else if (message === "close") server.close(() => process.exit(0));
});
process.on("disconnect", () => process.exit(0));
