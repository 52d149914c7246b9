/** Shared set-up of the payments tests: a listening app (the stand-in calls back over real HTTP), an agency, principals. */
import { createServer } from 'node:net';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { createPaymentRequest } from './payments.service.ts';
import type { NewPaymentRequest } from './payments.ts';

export const AGENCY_CODE = '000.00.06.H56';

export const payer = { name: 'Nguyễn Văn An', personalId: '038090001234', address: 'Phường Hạc Thành, tỉnh Thanh Hóa' };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface PaymentsTestApp extends TestApp {
  baseUrl: string;
  agencyId: string;
  principals: Record<string, Principal>;
}

/**
 * A full app listening on 127.0.0.1. PUBLIC_URL must be known before the app is built (the stand-in's payment page
 * and callback URLs derive from it), so a free port is picked first and the app listens on it.
 */
export async function createPaymentsTestApp(listen: boolean, env: Record<string, string> = {}): Promise<PaymentsTestApp> {
  const port = listen ? await freePort() : 1;
  const baseUrl = `http://127.0.0.1:${port}`;
  const officerGrant = (agencyId: string): Principal => ({
    kind: 'officer', id: '00000000-0000-4000-8000-000000000011', username: 'mc.h56', name: 'Cán bộ một cửa',
    grants: [{ role: 'one_stop_officer', agencyId, agencyCode: AGENCY_CODE }],
  });
  const principals: Record<string, Principal> = {
    citizen: { kind: 'citizen', id: '00000000-0000-4000-8000-000000000021', personalId: payer.personalId, name: payer.name, loa: 2 },
    stranger: { kind: 'citizen', id: '00000000-0000-4000-8000-000000000022', personalId: '001099000002', name: 'Trần Thị Bình', loa: 2 },
    'other-officer': {
      kind: 'officer', id: '00000000-0000-4000-8000-000000000012', username: 'mc.h21', name: 'Cán bộ khác',
      grants: [{ role: 'one_stop_officer', agencyId: '00000000-0000-4000-8000-0000000000ff', agencyCode: '000.00.00.H21' }],
    },
  };
  const t = await createTestApp({ PUBLIC_URL: baseUrl, PAYMENT_PARTNER_CODE: 'MOTCUA-TEST', ...env }, { principals });
  const a = await t.db
    .insertInto('agencies')
    .values({ code: AGENCY_CODE, name: 'Sở Tư pháp tỉnh Thanh Hóa', level: 2, kind: 'department', nodeCode: 'H56', validFrom: '2025-07-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  principals.officer = officerGrant(a.id);
  if (listen) await t.app.listen({ host: '127.0.0.1', port });
  return { ...t, baseUrl, agencyId: a.id, principals };
}

let seq = 0;
/** A valid creation body for a new dossier (each call a different dossier). */
export function newPaymentBody(overrides: Record<string, unknown> = {}) {
  seq += 1;
  const n = String(seq).padStart(4, '0');
  return {
    dossierId: `00000000-0000-4000-8000-00000000${n.padStart(4, '0')}`,
    dossierCode: `${AGENCY_CODE}-251127-${n}`,
    agencyCode: AGENCY_CODE,
    procedureCode: '1.001756',
    procedureName: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    amount: 1_500_000,
    feeLines: [
      { code: 'LP01', name: 'Lệ phí cấp Phiếu lý lịch tư pháp', amount: 200_000, kind: 'le_phi' },
      { code: 'P02', name: 'Phí cung cấp thông tin', amount: 1_300_000, kind: 'phi' },
    ],
    payer,
    ...overrides,
  };
}

/**
 * A payment request created through the service, as the dossier module does once it has read the dossier (the HTTP
 * route takes only a dossier id: `src/local/dossiers/fees-online.ts`). Here the dossier ids are made up.
 */
export async function createRequest(t: PaymentsTestApp, overrides: Record<string, unknown> = {}, token = 'officer') {
  return createPaymentRequest(t.db, t.principals[token], newPaymentBody(overrides) as NewPaymentRequest);
}
