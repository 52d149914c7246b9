/** The SQL of the message check: this system's outbox by check code, and the portal's register of other systems'. */
import { sql } from 'kysely';
import type { Conn } from './outbox.repository.ts';

export interface OwnMessageRow {
  channel: 'email' | 'sms';
  recipient: string;
  template: string;
  dossierCode: string | null;
  createdAt: string;
  sentAt: string | null;
  deadAt: string | null;
  agencyCode: string | null;
  agencyName: string | null;
}

export interface RegisteredMessageRow {
  sourceNode: string;
  systemName: string | null;
  channel: 'email' | 'sms';
  recipientMasked: string;
  template: string;
  dossierCode: string;
  issuedAt: string;
  agencyCode: string | null;
  agencyName: string | null;
}

/** A message this system sent (or is sending), with the dossier code it was about and the resolving agency. */
export async function findOwnMessage(conn: Conn, checkCode: string): Promise<OwnMessageRow[]> {
  const r = await sql<OwnMessageRow>`
    select o.channel, o.recipient, o.template, o.params->>'code' as "dossierCode", o.created_at as "createdAt",
           o.sent_at as "sentAt", o.dead_at as "deadAt", a.code as "agencyCode", a.name as "agencyName"
    from notification_outbox o
    left join dossiers d on d.id = o.dossier_id
    left join agencies a on a.id = d.resolving_agency_id
    where o.check_code = ${checkCode}`.execute(conn);
  return r.rows;
}

/** Messages connected systems registered with the portal under this code (src/national/sync/message-register.ts). */
export async function findRegisteredMessages(conn: Conn, checkCode: string): Promise<RegisteredMessageRow[]> {
  const r = await sql<RegisteredMessageRow>`
    select m.source_node as "sourceNode", n.name as "systemName", m.channel, m.recipient_masked as "recipientMasked",
           m.template, m.dossier_code as "dossierCode", m.issued_at as "issuedAt", m.agency_code as "agencyCode",
           a.name as "agencyName"
    from national_message_register m
    left join federation_nodes n on n.code = m.source_node
    left join agencies a on a.code = m.agency_code and a.valid_to is null
    where m.check_code = ${checkCode}
    order by m.issued_at`.execute(conn);
  return r.rows;
}
