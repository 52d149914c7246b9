/**
 * Why a system read a person's data (the access log and consents of the warehouse): the machine-written purposes of
 * the systems are codes in English ("online submission"); people read them in their language. A purpose an
 * officer typed is shown as written.
 */
import type { MessageKey } from '../i18n/index.tsx';

const KNOWN: Record<string, MessageKey> = {
  'online submission': 'purpose.onlineSubmission',
  'once-only check': 'purpose.onceOnlyCheck',
};

export function purposeLabel(purpose: string | null | undefined, t: (k: MessageKey) => string): string {
  if (!purpose) return '—';
  const key = KNOWN[purpose.trim().toLowerCase()];
  return key ? t(key) : purpose;
}
