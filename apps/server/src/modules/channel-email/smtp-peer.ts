import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpPeer {
  port: number;
  /** Every message accepted, parsed, with the envelope it came with. */
  received: { envelope: { from: string; to: string[] }; mail: ParsedMail }[];
  /** Every login, as the client gave it. */
  logins: { username: string; password: string }[];
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process (tests only): accepts any login over plain TCP, and answers
 * RCPT TO for addresses starting with `status-<code>@` with that code (550 refused, 451 later).
 */
export async function startSmtpPeer(): Promise<SmtpPeer> {
  const received: SmtpPeer['received'] = [];
  const logins: SmtpPeer['logins'] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => {
      logins.push({ username: auth.username ?? '', password: auth.password ?? '' });
      callback(null, { user: auth.username });
    },
    onRcptTo: (address, _session, callback) => {
      const status = /^status-(\d{3})@/.exec(address.address)?.[1];
      if (!status) return callback();
      const error = Object.assign(new Error('refused by the test server'), {
        responseCode: Number(status),
      });
      callback(error);
    },
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
