/**
 * How messages leave: e-mail over real SMTP (nodemailer), SMS through the `SmsSender` adapter. A real SMS provider
 * (a brandname SMS gateway) implements `SmsSender`; in development the mail catcher's sender stores SMS in its
 * table (src/standins/mail-catcher/dev-sms.ts).
 */
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailSender {
  send(m: OutgoingMail): Promise<void>;
  close(): void;
}

export interface OutgoingSms {
  /** 0XXXXXXXXX */
  to: string;
  text: string;
}

/** The SMS adapter. `send` resolves once the provider accepted the message and rejects otherwise (retried). */
export interface SmsSender {
  readonly name: string;
  send(m: OutgoingSms): Promise<void>;
}

/** Send through an SMTP server: `smtp://user:pass@host:587`, `smtps://…`, or explicit options. */
export function smtpMailSender(transport: string | SMTPTransport.Options, from: string): MailSender {
  const t = nodemailer.createTransport(
    typeof transport === 'string'
      ? transport
      : { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000, ...transport },
  );
  return {
    async send(m) {
      await t.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
    close() {
      t.close();
    },
  };
}
