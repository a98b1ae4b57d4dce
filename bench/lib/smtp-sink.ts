import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// Where the app's job worker delivers the confirmation emails during the bench: a real SMTP
// conversation (as with a production relay), the message drained and dropped.

export interface SmtpSink {
  url: string;
  delivered: () => number;
  stop: () => Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let delivered = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on("end", () => {
        delivered += 1;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    delivered: () => delivered,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
