/**
 * Writing notifications. `enqueueNotification` inserts an outbox row in the caller's transaction, so the message
 * commits with the state change that caused it and is never sent for a rolled-back action. `notifyDossierAction`
 * turns a committed-with-the-caller dossier action into the messages the applicant receives.
 */
import { maskRecipient } from './check-code.ts';
import type { NotificationChannel } from './notifications.table.ts';
import { insertOutbox, type Conn, type InsertedMessage } from './outbox.repository.ts';
import type { NotificationParams, NotificationTemplate } from './templates.ts';

export interface NotificationInput {
  channel: NotificationChannel;
  recipient: string;
  template: NotificationTemplate;
  params: NotificationParams;
  dossierId?: string | null;
}

const EMAIL = /^[^\s@<>()",;]{1,64}@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

/** A Vietnamese phone number as 0XXXXXXXXX (spaces, dots, hyphens, brackets and +84 accepted), or null. */
export function normalisePhone(raw: string): string | null {
  const s = raw.replace(/[\s.()-]/g, '').replace(/^\+?84(?=\d{9}$)/, '0');
  return /^0\d{9}$/.test(s) ? s : null;
}

export function isEmail(raw: string): boolean {
  return raw.length <= 254 && EMAIL.test(raw);
}

/** What a sent message leaves on record for the public check and the dossier page (no full address). */
export interface MessageRef {
  checkCode: string;
  channel: NotificationChannel;
  template: NotificationTemplate;
  recipientMasked: string;
  issuedAt: string;
}

/**
 * Insert one message in the outbox within `trx`, with its fresh check code. Throws on a malformed recipient (a
 * programming error).
 */
export async function enqueueNotification(trx: Conn, n: NotificationInput): Promise<InsertedMessage> {
  const recipient = n.channel === 'sms' ? normalisePhone(n.recipient) : isEmail(n.recipient.trim()) ? n.recipient.trim() : null;
  if (!recipient) throw new Error(`enqueueNotification: invalid ${n.channel} recipient`);
  return insertOutbox(trx, {
    channel: n.channel,
    recipient,
    template: n.template,
    params: n.params,
    dossierId: n.dossierId ?? null,
  });
}

/** The dossier fields a notice needs (a `dossiers` row fits). */
export interface DossierForNotice {
  id: string;
  code: string | null;
  procedureName: string;
  dueAt: string | null;
  ownerContact: unknown;
}

/** Which dossier action sends which message; other actions send nothing. */
export const templateOfAction: Readonly<Record<string, NotificationTemplate>> = {
  receive: 'received',
  refuse: 'refused',
  request_supplement: 'supplement_requested',
  record_result: 'result_ready',
  return_result: 'returned',
  apologize: 'apology',
  withdraw: 'withdrawn',
  stop: 'stopped',
};

function contactOf(c: unknown): { phone: string; email: string } {
  const o = c && typeof c === 'object' ? (c as Record<string, unknown>) : {};
  return {
    phone: typeof o.phone === 'string' ? o.phone : '',
    email: typeof o.email === 'string' ? o.email : '',
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** A message a dossier action sends, before it is written: recipient normalised (e-mail trimmed, 0XXXXXXXXX). */
export interface DossierMessage {
  channel: NotificationChannel;
  recipient: string;
  template: NotificationTemplate;
  params: NotificationParams;
}

/**
 * The e-mail and SMS a dossier action sends to the owner's contact (no database). Nothing for a dossier without a
 * code yet (an online submission not yet received: every message must carry the code), nor to a missing or
 * malformed address. `code` stands for the dossier's code when the caller writes it in the same statement.
 */
export function dossierActionMessages(
  dossier: Omit<DossierForNotice, 'id'>,
  action: string,
  data: Record<string, unknown>,
): DossierMessage[] {
  const template = templateOfAction[action];
  if (!template || !dossier.code) return [];
  const items = Array.isArray(data.items)
    ? (data.items as unknown[]).flatMap((i) => {
        const o = i as Record<string, unknown>;
        return typeof o.name === 'string' && typeof o.reason === 'string' ? [{ name: o.name, reason: o.reason }] : [];
      })
    : undefined;
  const params: NotificationParams = {
    code: dossier.code,
    procedureName: dossier.procedureName,
    dueAt: dossier.dueAt,
    ...(str(data.reason) ? { reason: str(data.reason) } : {}),
    ...(str(data.newDueAt) ? { newDueAt: str(data.newDueAt) } : {}),
    ...(items ? { items } : {}),
  };
  const { phone, email } = contactOf(dossier.ownerContact);
  const out: DossierMessage[] = [];
  if (email && isEmail(email.trim())) out.push({ channel: 'email', recipient: email.trim(), template, params });
  const sms = phone ? normalisePhone(phone) : null;
  if (sms) out.push({ channel: 'sms', recipient: sms, template, params });
  return out;
}

/** What a written message leaves on record (MessageRef), from its check code and creation time. */
export function messageRef(m: DossierMessage, checkCode: string, issuedAt: string): MessageRef {
  return { checkCode, channel: m.channel, template: m.template, recipientMasked: maskRecipient(m.channel, m.recipient), issuedAt };
}

/**
 * Enqueue, in the action's transaction, the e-mail and SMS for a dossier action (dossierActionMessages). Returns the
 * messages enqueued (the sync event registers their check codes with the portal, src/local/sync).
 */
export async function notifyDossierAction(
  trx: Conn,
  dossier: DossierForNotice,
  action: string,
  data: Record<string, unknown>,
): Promise<MessageRef[]> {
  const sent: MessageRef[] = [];
  for (const m of dossierActionMessages(dossier, action, data)) {
    const w = await enqueueNotification(trx, { ...m, dossierId: dossier.id });
    sent.push(messageRef(m, w.checkCode, w.createdAt));
  }
  return sent;
}
