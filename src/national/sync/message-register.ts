/**
 * The portal's register of the messages connected systems sent (scam-proof contact): each `dossier.sync` event
 * carries the check codes of the e-mails and SMS its change sent the owner (src/local/sync/payload.ts `messages`),
 * and they are recorded here in the receiver's transaction, once per (system, code). The public "Kiểm tra tin
 * nhắn" page (src/platform/notifications/message-check.ts) reads this register for codes it did not send itself.
 * The register inherits the sync's guarantees: signed by the sending system, applied once, retried until the portal
 * has it.
 */
import { sql } from 'kysely';
import { AppError } from '../../errors.ts';
import type { Conn } from '../../federation/transport/conn.ts';

const CODE = /^[0-9A-HJKMNP-TV-Z]{8}$/;
const MAX_PER_EVENT = 20;

interface RegisteredMessage {
  checkCode: string;
  channel: 'email' | 'sms';
  template: string;
  recipientMasked: string;
  issuedAt: string;
}

interface EventWithMessages {
  dossierId: string;
  DongBoHoSoMC: Record<string, unknown>;
  agencyCode?: string;
  messages?: unknown;
}

function valid(m: unknown): m is RegisteredMessage {
  const o = (m ?? {}) as Partial<RegisteredMessage>;
  return (
    typeof o.checkCode === 'string' && CODE.test(o.checkCode) &&
    (o.channel === 'email' || o.channel === 'sms') &&
    typeof o.template === 'string' && o.template.length >= 1 && o.template.length <= 60 &&
    typeof o.recipientMasked === 'string' && o.recipientMasked.length <= 330 &&
    typeof o.issuedAt === 'string' && Number.isFinite(Date.parse(o.issuedAt))
  );
}

/** Validates every event's `messages` (absent is fine); throws `message-malformed` naming the first bad one. */
export function messagesOf(events: readonly EventWithMessages[]): { event: EventWithMessages; message: RegisteredMessage }[] {
  const out: { event: EventWithMessages; message: RegisteredMessage }[] = [];
  events.forEach((e, i) => {
    if (e.messages === undefined) return;
    if (!Array.isArray(e.messages) || e.messages.length > MAX_PER_EVENT || !e.messages.every(valid))
      throw new AppError('message-malformed', { detail: `body.events[${i}].messages is not a valid list of sent messages` });
    for (const message of e.messages) out.push({ event: e, message });
  });
  return out;
}

/** Record the messages of a sync message's events, once per (sending system, check code). */
export async function registerSyncMessages(trx: Conn, node: string, events: readonly EventWithMessages[]): Promise<number> {
  const rows = messagesOf(events).flatMap(({ event, message }) => {
    const code = typeof event.DongBoHoSoMC.MaHoSo === 'string' ? event.DongBoHoSoMC.MaHoSo : '';
    if (!code || code.length > 60) return [];
    return [{ ...message, dossier: event.dossierId, dossierCode: code, agency: event.agencyCode || null }];
  });
  if (rows.length === 0) return 0;
  const r = await sql`
    insert into national_message_register
      (source_node, check_code, channel, template, recipient_masked, dossier_source_id, dossier_code, agency_code, issued_at)
    select ${node}, x."checkCode", x.channel, x.template, x."recipientMasked", x.dossier, x."dossierCode", x.agency, x."issuedAt"
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
      "checkCode" text, channel text, template text, "recipientMasked" text, dossier uuid, "dossierCode" text,
      agency text, "issuedAt" timestamptz)
    on conflict (source_node, check_code) do nothing`.execute(trx);
  return Number(r.numAffectedRows ?? 0);
}
