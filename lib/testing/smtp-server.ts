import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export type TReceived = { from: string; to: string[]; raw: string };

/**
 * A real SMTP server on 127.0.0.1 for the delivery tests (no mocks of SMTP answers): it records what it
 * accepts; `refuse` makes it answer RCPT or DATA with an SMTP error code instead.
 */
export async function startSmtpServer(options: { user?: string; password?: string } = {}) {
  const received: TReceived[] = [];
  const control: { refuse: null | { at: "rcpt" | "data"; code: number; message: string } } = { refuse: null };
  const refusal = (at: "rcpt" | "data") => {
    if (control.refuse?.at !== at) return null;
    return Object.assign(new Error(control.refuse.message), { responseCode: control.refuse.code });
  };
  const config: SMTPServerOptions = {
    disabledCommands: ["STARTTLS"], // plain text on the loopback interface only
    allowInsecureAuth: true,
    authOptional: !options.user,
    logger: false,
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) callback(null, { user: auth.username });
      else callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      const error = refusal("rcpt");
      if (error) callback(error);
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const error = refusal("data");
        if (error) return callback(error);
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  };
  const server = new SMTPServer(config);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;
  const auth = options.user ? `${encodeURIComponent(options.user)}:${encodeURIComponent(options.password ?? "")}@` : "";
  return {
    url: `smtp://${auth}127.0.0.1:${port}`,
    port,
    received,
    control,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The text part of a received message, with quoted-printable soft line breaks undone. */
export function bodyOf(raw: string): string {
  const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
  return body
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
