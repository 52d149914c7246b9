/** Scam-proof contact: the public message check and the messages sent about a dossier. */
import { api } from './client.ts';

export type MessageChannel = 'email' | 'sms';

export interface CheckedMessage {
  channel: MessageChannel;
  template: string;
  recipient: string;
  dossierCode: string | null;
  issuedAt: string;
  sentAt: string | null;
  status: 'sent' | 'pending' | 'failed' | 'registered';
  agency: { code: string; name: string | null } | null;
  system: { code: string; name: string | null };
}

export interface MessageCheckResult {
  code: string | null;
  verdict: 'sent' | 'not-sent' | 'no-code';
  messages: CheckedMessage[];
}

export interface SentMessage {
  checkCode: string;
  channel: MessageChannel;
  template: string;
  recipient: string;
  createdAt: string;
  sentAt: string | null;
  status: 'sent' | 'pending' | 'failed';
}

export function checkMessage(text: string): Promise<MessageCheckResult> {
  return api<MessageCheckResult>('/api/v1/message-checks', { method: 'POST', body: { text } });
}

export function dossierMessages(dossierId: string): Promise<{ items: SentMessage[] }> {
  return api<{ items: SentMessage[] }>(`/api/v1/dossiers/${encodeURIComponent(dossierId)}/messages`);
}
