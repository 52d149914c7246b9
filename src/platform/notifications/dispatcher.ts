/**
 * The notification dispatcher: claims due outbox rows (FOR UPDATE SKIP LOCKED, outbox.repository.ts), renders and
 * sends them, marks them sent, or schedules a retry with exponential back-off (NOTIFY_RETRY_SECONDS, doubling,
 * capped at 6 hours) until NOTIFY_MAX_ATTEMPTS, then marks them dead. Several processes may run it on one database:
 * a row is claimed by one dispatcher at a time. Delivery is at least once: a process that dies between sending and
 * marking leaves the row to be sent again after the lease.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { backoffDelay } from '../../lib/backoff.ts';
import { startPollLoop } from '../../lib/poll-loop.ts';
import { devSmsSender } from '../../standins/mail-catcher/dev-sms.ts';
import { startMailCatcher, type MailCatcher } from '../../standins/mail-catcher/smtp-catcher.ts';
import type { OutboxRow } from './notifications.table.ts';
import { claimDue, markFailed, markSent } from './outbox.repository.ts';
import { CONSENT_CODE_TEMPLATE, isConsentCodeParams, renderConsentCode } from './consent-code.ts';
import { smtpMailSender, type MailSender, type SmsSender } from './senders.ts';
import { isTemplate, renderNotification, withCheckCode, type NotificationParams, type RenderedMessage } from './templates.ts';

export type DispatcherConfig = Pick<
  Config,
  'PUBLIC_URL' | 'NOTIFY_MAX_ATTEMPTS' | 'NOTIFY_RETRY_SECONDS' | 'NOTIFY_POLL_MS'
> &
  Partial<Pick<Config, 'PORTAL_URL' | 'NATIONAL_URL'>>;

/** Where messages send people to check them: the portal (PORTAL_URL, else NATIONAL_URL), else this node. */
export function portalUrlOf(config: DispatcherConfig): string {
  return config.PORTAL_URL || config.NATIONAL_URL || config.PUBLIC_URL;
}

export interface DispatcherLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface DispatchDeps {
  db: Db;
  config: DispatcherConfig;
  /** null: no e-mail transport (production without SMTP_URL): e-mail rows are given up at once. */
  mail: MailSender | null;
  /** null: no SMS provider: SMS rows are given up at once. */
  sms: SmsSender | null;
  log?: DispatcherLog;
}

export interface DispatchResult {
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
}

/** How long a claimed row stays invisible to other dispatchers while it is being sent. */
export const LEASE_SECONDS = 300;
export const BATCH_SIZE = 20;
const MAX_BACKOFF_SECONDS = 6 * 3600;

/** Seconds to wait after the n-th failed attempt (n ≥ 1). */
export function backoffSeconds(attempt: number, baseSeconds: number): number {
  return backoffDelay(attempt, baseSeconds, MAX_BACKOFF_SECONDS);
}

class PermanentFailure extends Error {}

function render(deps: DispatchDeps, row: OutboxRow): RenderedMessage {
  if (row.template === CONSENT_CODE_TEMPLATE) {
    if (!isConsentCodeParams(row.params)) throw new PermanentFailure('params lack the consent code');
    return withCheckCode(renderConsentCode(row.params, row.channel), row.channel, {
      code: row.checkCode,
      portalUrl: portalUrlOf(deps.config),
    });
  }
  if (!isTemplate(row.template)) throw new PermanentFailure(`unknown template ${row.template}`);
  const params = row.params as unknown as NotificationParams;
  if (typeof params.code !== 'string' || typeof params.procedureName !== 'string') {
    throw new PermanentFailure('params lack the dossier code or procedure name');
  }
  return renderNotification(row.template, params, row.channel, deps.config.PUBLIC_URL, {
    code: row.checkCode,
    portalUrl: portalUrlOf(deps.config),
  });
}

async function sendOne(deps: DispatchDeps, row: OutboxRow): Promise<void> {
  const msg = render(deps, row);
  if (row.channel === 'email') {
    if (!deps.mail) throw new PermanentFailure('no e-mail transport configured (SMTP_URL)');
    await deps.mail.send({ to: row.recipient, subject: msg.subject, text: msg.text });
  } else {
    if (!deps.sms) throw new PermanentFailure('no SMS provider configured');
    await deps.sms.send({ to: row.recipient, text: msg.text });
  }
}

/**
 * One pass: claim up to BATCH_SIZE due rows and send them — one recipient's messages one after another, in order,
 * different recipients' at once — then mark the sent ones in one statement. (Sent and marked one by one, a pass
 * waited on a busy node's event loop and pool once per statement: the soak, `npm run bench -- soak`, saw the
 * dispatcher fall behind by thousands of messages at a saturating reception rate.) `now` drives every time
 * computation.
 */
export async function dispatchOnce(deps: DispatchDeps, now: Date = new Date()): Promise<DispatchResult> {
  const rows = await claimDue(deps.db, now, BATCH_SIZE, LEASE_SECONDS);
  const r: DispatchResult = { claimed: rows.length, sent: 0, retried: 0, dead: 0 };
  const byRecipient = new Map<string, OutboxRow[]>();
  for (const row of rows) {
    const key = `${row.channel}:${row.recipient}`;
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), row]);
  }
  const sent: number[] = [];
  await Promise.all(
    [...byRecipient.values()].map(async (queue) => {
      for (const row of queue) {
        try {
          await sendOne(deps, row);
          sent.push(row.id);
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          const give = err instanceof PermanentFailure || row.attempts >= deps.config.NOTIFY_MAX_ATTEMPTS;
          const retryAt = give
            ? null
            : new Date(now.getTime() + backoffSeconds(row.attempts, deps.config.NOTIFY_RETRY_SECONDS) * 1000);
          await markFailed(deps.db, row.id, message, now, retryAt);
          if (give) r.dead++;
          else r.retried++;
          deps.log?.warn(
            { notification: row.id, channel: row.channel, attempts: row.attempts, dead: give, err: message },
            give ? 'notification given up' : 'notification failed, will retry',
          );
        }
      }
    }),
  );
  await markSent(deps.db, sent, now);
  r.sent = sent.length;
  return r;
}

export interface NotificationDispatcher {
  /** Run one pass now (tests, CLI). */
  runOnce(now?: Date): Promise<DispatchResult>;
  /** Where the development mail catcher listens, when it was started. */
  mailCatcher: { host: string; port: number } | null;
  /** Stop polling, wait for the pass in progress, close the transport and the catcher. */
  stop(): Promise<void>;
}

/**
 * Start the dispatcher loop. With SMTP_URL empty outside production, also starts the development mail catcher on
 * DEV_MAIL_PORT and sends e-mail to it over SMTP; outside production SMS go to the development SMS sender. `opts`
 * replaces either sender (a real SMS provider, a test transport).
 */
export async function startNotificationDispatcher(
  db: Db,
  config: Config,
  log: DispatcherLog,
  opts: { mail?: MailSender | null; sms?: SmsSender | null } = {},
): Promise<NotificationDispatcher> {
  const dev = config.NODE_ENV !== 'production';
  let catcher: MailCatcher | null = null;
  let mail: MailSender | null;
  if (opts.mail !== undefined) mail = opts.mail;
  else if (config.SMTP_URL) mail = smtpMailSender(config.SMTP_URL, config.MAIL_FROM);
  else if (dev) {
    catcher = await startMailCatcher(db, { port: config.DEV_MAIL_PORT, log });
    mail = smtpMailSender({ host: catcher.host, port: catcher.port, secure: false, ignoreTLS: true }, config.MAIL_FROM);
    log.warn({ port: catcher.port }, 'MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập: e-mail goes to the development mail catcher (/dev-mail)');
  } else {
    mail = null;
    log.warn({}, 'SMTP_URL is empty: e-mail notifications will not be sent');
  }
  const sms = opts.sms !== undefined ? opts.sms : dev ? devSmsSender(db) : null;
  if (!sms) log.warn({}, 'no SMS provider: SMS notifications will not be sent');
  const deps: DispatchDeps = { db, config, mail, sms, log };

  const loop = startPollLoop({
    pass: async () => (await dispatchOnce(deps)).claimed === BATCH_SIZE,
    intervalMs: config.NOTIFY_POLL_MS,
    onError: (err) => log.error({ err }, 'notification dispatcher pass failed'),
  });

  return {
    runOnce: (now) => dispatchOnce(deps, now),
    mailCatcher: catcher ? { host: catcher.host, port: catcher.port } : null,
    async stop() {
      await loop.stop();
      mail?.close();
      await catcher?.close();
    },
  };
}
