/**
 * "Kiểm tra tin nhắn" (scam-proof contact): a person types the check code of a message they received, or pastes
 * the whole message, and learns whether the system sent it — when, through which channel, to which (masked)
 * address, about which (masked) dossier — or that it did NOT, with the advice that goes with it. This system's own
 * messages are answered from its outbox; on the portal, other systems' messages from the register their signed
 * sync fills (src/national/sync/message-register.ts).
 */
import { extractCheckCode, formatCheckCode, maskDossierCode, maskRecipient } from './check-code.ts';
import { findOwnMessage, findRegisteredMessages } from './message-check.repository.ts';
import type { Conn } from './outbox.repository.ts';

export interface CheckedMessage {
  channel: 'email' | 'sms';
  /** The notification template (what the message was about). */
  template: string;
  recipient: string;
  dossierCode: string | null;
  issuedAt: string;
  /** When it left, for this system's own messages; null while pending or for a message registered by another system. */
  sentAt: string | null;
  /** sent | pending | failed (never delivered) on the sending system; registered: another system's, on the portal. */
  status: 'sent' | 'pending' | 'failed' | 'registered';
  agency: { code: string; name: string | null } | null;
  system: { code: string; name: string | null };
}

export interface MessageCheckResult {
  /** The code found in the input, XXXX-XXXX, or null when there was none. */
  code: string | null;
  /** sent: the system sent a message with this code; not-sent: it did not; no-code: the input carries no code. */
  verdict: 'sent' | 'not-sent' | 'no-code';
  messages: CheckedMessage[];
}

export async function checkMessage(
  conn: Conn,
  self: { code: string; name: string },
  input: string,
): Promise<MessageCheckResult> {
  const code = extractCheckCode(input);
  if (!code) return { code: null, verdict: 'no-code', messages: [] };
  const own = await findOwnMessage(conn, code);
  const messages: CheckedMessage[] = own.length
    ? own.map((m) => ({
        channel: m.channel,
        template: m.template,
        recipient: maskRecipient(m.channel, m.recipient),
        dossierCode: m.dossierCode ? maskDossierCode(m.dossierCode) : null,
        issuedAt: m.createdAt,
        sentAt: m.sentAt,
        status: m.sentAt ? 'sent' : m.deadAt ? 'failed' : 'pending',
        agency: m.agencyCode ? { code: m.agencyCode, name: m.agencyName } : null,
        system: { code: self.code, name: self.name || null },
      }))
    : (await findRegisteredMessages(conn, code)).map((m) => ({
        channel: m.channel,
        template: m.template,
        recipient: m.recipientMasked,
        dossierCode: maskDossierCode(m.dossierCode),
        issuedAt: m.issuedAt,
        sentAt: null,
        status: 'registered',
        agency: m.agencyCode ? { code: m.agencyCode, name: m.agencyName } : null,
        system: { code: m.sourceNode, name: m.systemName },
      }));
  return { code: formatCheckCode(code), verdict: messages.length ? 'sent' : 'not-sent', messages };
}
