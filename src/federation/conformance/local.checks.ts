/**
 * Conformance of a local system's inbox (/api/v1/federation/inbox) to the motcua protocol: the kit plays the
 * national portal (run it with the portal's node code and a key the local system trusts as the portal's) and sends
 * `dossier.submit` messages — forwarded online submissions — through the envelope checks (envelope.checks.ts).
 * The submissions name `--procedure-code`/`--agency-code` (defaults: a procedure code no system offers, so the
 * local system keeps the message and records its own refusal of the submission — the protocol is what is checked).
 */
import { randomUUID } from 'node:crypto';
import { SUBMIT_MESSAGE_TYPE } from '../transport/message-types.ts';
import type { Profile } from './envelope.checks.ts';

export function localProfile(o: { procedureCode?: string; agencyCode?: string } = {}): Profile {
  const submission = () => ({
    submissionId: randomUUID(),
    principal: { kind: 'citizen', id: randomUUID(), personalId: '001099000001', name: 'Bộ Kiểm Tra', loa: 2 },
    input: {
      procedureCode: o.procedureCode ?? '9.999999',
      resolvingAgencyCode: o.agencyCode ?? '000.00.00.H99',
      owner: { type: 'citizen', idNumber: '001099000001', name: 'Bộ Kiểm Tra' },
      components: [],
    },
  });
  return {
    label: 'local system',
    path: '/api/v1/federation/inbox',
    type: SUBMIT_MESSAGE_TYPE,
    body: submission,
    tamper(body) {
      (body as { input: { procedureCode: string } }).input.procedureCode = '1.000000';
    },
    malformed: () => ({ ...submission(), submissionId: 'not-a-uuid' }),
  };
}
