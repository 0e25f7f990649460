import { type ChildProcess, fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

/**
 * The local SMTP server of bench:mailing: a real SMTP server (smtp-server) that reads every message
 * to its end, counts it and throws it away, so 100,000 messages cost it no memory. It runs in a child
 * process of its own, as a mail server would, so neither its CPU nor its memory count as Patron's.
 */
export interface SmtpSink {
  port: number;
  /** Messages taken (DATA read to the end) and recipients since the last reset. */
  count(): Promise<{ messages: number; recipients: number; bytes: number }>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

type Request = { id: number; op: 'count' | 'reset' };
type Reply = { id: number; messages: number; recipients: number; bytes: number };

/** Starts the sink in a child process and waits for its port. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: 'inherit' });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited (${code})`)));
  });
  let next = 0;
  const ask = (op: Request['op']) =>
    new Promise<Reply>((resolve) => {
      const id = ++next;
      const onReply = (m: unknown) => {
        if ((m as Reply).id !== id) return;
        child.off('message', onReply);
        resolve(m as Reply);
      };
      child.on('message', onReply);
      child.send({ id, op } satisfies Request);
    });
  return {
    port,
    count: async () => {
      const { messages, recipients, bytes } = await ask('count');
      return { messages, recipients, bytes };
    },
    reset: async () => {
      await ask('reset');
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function serve(): void {
  let messages = 0;
  let recipients = 0;
  let bytes = 0;
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    onData: (stream, session, callback) => {
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      stream.on('end', () => {
        messages++;
        recipients += session.envelope.rcptTo.length;
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.server.address() as AddressInfo).port });
  });
  process.on('message', (m: Request) => {
    if (m.op === 'reset') messages = recipients = bytes = 0;
    process.send?.({ id: m.id, messages, recipients, bytes } satisfies Reply);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

if (process.argv.includes('--serve')) serve();
