/**
 * MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập. A real SMTP server (smtp-server) on a local port that accepts every
 * message, without authentication or TLS, and stores it in dev_mail_messages. Used when SMTP_URL is empty outside
 * production: the platform still sends e-mail over SMTP exactly as it would to a real relay.
 */
import { SMTPServer } from 'smtp-server';
import type { Db } from '../../db/connect.ts';
import { insertDevMessage } from './mail-catcher.repository.ts';
import { parseMail } from './mime.ts';

export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

export interface MailCatcher {
  host: string;
  port: number;
  close(): Promise<void>;
}

interface Log {
  warn(obj: object, msg: string): void;
}

export async function startMailCatcher(db: Db, opts: { host?: string; port: number; log?: Log }): Promise<MailCatcher> {
  const host = opts.host ?? '127.0.0.1';
  const server = new SMTPServer({
    banner: 'motcua development mail catcher (MÔI TRƯỜNG THỬ NGHIỆM)',
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('latin1');
        const parsed = parseMail(raw);
        const mailFrom = session.envelope.mailFrom;
        insertDevMessage(db, {
          channel: 'email',
          sender: parsed.from || (mailFrom ? mailFrom.address : ''),
          recipients: session.envelope.rcptTo.map((r) => r.address),
          subject: parsed.subject,
          body: parsed.text,
          raw: Buffer.from(raw, 'latin1').toString('utf8'),
        }).then(
          () => callback(),
          (err: unknown) => {
            opts.log?.warn({ err }, 'mail catcher: could not store a message');
            callback(Object.assign(new Error('Temporary storage failure'), { responseCode: 451 }));
          },
        );
      });
    },
  });
  server.on('error', (err) => opts.log?.warn({ err }, 'mail catcher: SMTP error'));
  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.server.once('error', onError);
    server.listen(opts.port, host, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    host,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
