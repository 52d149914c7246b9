/** Shared fixtures for tests that need agencies, a published procedure and officers acting in roles. */
import type { Db } from '../src/db/connect.ts';
import { saveAccount } from '../src/platform/accounts/accounts.service.ts';
import { createProcedure, publishVersion } from '../src/national/catalogue/catalogue.service.ts';
import { CONSENT_CODE_TEMPLATE } from '../src/platform/notifications/consent-code.ts';
import type { OfficerRole, Principal } from '../src/platform/identity/principal.ts';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from './app.ts';

type InjectPayload = string | object | Buffer;

export interface AgencyIds {
  h56: string;
  h56justice: string;
  h49: string;
  h49justice: string;
}

export async function insertAgencies(db: Db): Promise<AgencyIds> {
  const ins = (code: string, name: string, level: number, kind: string, parentId: string | null, node: string) =>
    db
      .insertInto('agencies')
      .values({ code, name, level, kind, parentId, nodeCode: node, validFrom: '2025-07-01' })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => r.id);
  const h56 = await ins('000.00.00.H56', 'UBND tỉnh Thanh Hóa', 1, 'province', null, 'H56');
  const h56justice = await ins('000.00.06.H56', 'Sở Tư pháp tỉnh Thanh Hóa', 2, 'department', h56, 'H56');
  const h49 = await ins('000.00.00.H49', 'UBND tỉnh Quảng Ninh', 1, 'province', null, 'H49');
  const h49justice = await ins('000.00.06.H49', 'Sở Tư pháp tỉnh Quảng Ninh', 2, 'department', h49, 'H49');
  return { h56, h56justice, h49, h49justice };
}

let n = 0;
export function officer(role: OfficerRole, agencyId: string, agencyCode: string, name = `Cán bộ ${role}`): Principal {
  n++;
  return {
    kind: 'officer',
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    username: `${role}.${n}`,
    name,
    grants: [{ role, agencyId, agencyCode }],
  };
}

export const citizen: Principal = {
  kind: 'citizen',
  id: '00000000-0000-4000-9000-000000000001',
  personalId: '038087042028',
  name: 'Nguyễn Văn An',
  loa: 2,
};

/** Publish a birth-registration-like procedure resolved by the given agency codes. */
export async function publishProcedure(
  db: Db,
  code = '1.001193',
  agencyCodes = ['000.00.06.H56', '000.00.06.H49'],
  opts: { onlineLevel?: 'full' | 'partial' | 'none'; duration?: number; immediate?: boolean } = {},
): Promise<string> {
  await db.insertInto('sectors').values({ code: 'HT', name: 'Hộ tịch', ministryCode: '000.00.00.G15' }).onConflict((oc) => oc.column('code').doNothing()).execute();
  const v = await createProcedure(db, 'system', code, {
    name: 'Đăng ký khai sinh',
    sectorCode: 'HT',
    levels: ['province', 'commune'],
    agencyCodes,
    onlineLevel: opts.onlineLevel ?? 'full',
    // immediate: no processing time published (a result given at once, e.g. a certified copy)
    processing: opts.immediate
      ? { counter: null, online: null }
      : {
          counter: { duration: opts.duration ?? 5, unit: 'working_day' },
          online: { duration: opts.duration ?? 5, unit: 'working_day' },
        },
    cases: [
      {
        name: 'Đăng ký khai sinh thông thường',
        components: [
          { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 },
          { name: 'Giấy chứng sinh', originals: 1, copies: 0, documentTypeCode: 'GCS' },
        ],
      },
    ],
    fees: [{ code: 'LP01', amount: 8000, description: 'Lệ phí đăng ký khai sinh' }],
    results: [{ code: 'KQ.G15.000031', name: 'Giấy khai sinh' }],
    legalBasis: ['Luật Hộ tịch 2014'],
    workflowTemplateRef: null,
  });
  await publishVersion(db, 'system', code, v.id, { effectiveFrom: '2025-01-01' });
  return v.id;
}

export interface DossierTestApp {
  t: TestApp;
  ids: AgencyIds;
  /** inject() as the principal registered under `token` (none: anonymous). */
  call: (method: 'GET' | 'POST', url: string, token: string | undefined, payload?: unknown) => Promise<LightMyRequestResponse>;
}

/**
 * A full app with the two demo provinces' agencies, a published birth-registration procedure, and the officers
 * that `officers(ids)` returns, each reachable as a bearer token named by its key.
 */
export async function dossierTestApp(officers: (ids: AgencyIds) => Record<string, Principal>): Promise<DossierTestApp> {
  const principals: Record<string, Principal> = {};
  const t = await createTestApp({}, { principals });
  const ids = await insertAgencies(t.db);
  Object.assign(principals, officers(ids));
  await publishProcedure(t.db);
  return {
    t,
    ids,
    call: (method, url, token, payload) =>
      t.app.inject({
        method,
        url,
        ...(payload ? { payload: payload as InjectPayload } : {}),
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
  };
}

/**
 * The person's account on the portal with the contact the e-ID reports (phone / e-mail): where the one-time code
 * of a counter consent goes. Without it a counter consent cannot be made.
 */
export async function registerContact(
  db: Db,
  owner: { kind?: 'citizen' | 'organisation'; id: string; name?: string },
  contact: { phone?: string | null; email?: string | null },
): Promise<void> {
  const kind = owner.kind ?? 'citizen';
  await saveAccount(db, {
    kind,
    ...(kind === 'citizen' ? { personalId: owner.id } : { taxCode: owner.id }),
    name: owner.name ?? 'Người thử nghiệm',
    phone: contact.phone ?? null,
    email: contact.email ?? null,
  });
}

/**
 * The one-time codes of counter consents sent to `recipient`, newest first, as the dispatcher would send them (read
 * from the portal's notification outbox: the test's mail catcher).
 */
export async function sentConsentCodes(db: Db, recipient: string): Promise<string[]> {
  const rows = await db
    .selectFrom('notificationOutbox')
    .select(['params'])
    .where('template', '=', CONSENT_CODE_TEMPLATE)
    .where('recipient', '=', recipient)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => String((r.params as { consentCode?: unknown }).consentCode));
}

/**
 * A counter consent the way the counter makes it: the officer asks (step 1), the person reads out the code sent to
 * their registered contact (`recipient`), the officer types it in (step 2). Throws on any non-201.
 */
export async function counterConsent(
  d: Pick<DossierTestApp, 'call' | 't'>,
  token: string,
  body: { owner: { type: 'citizen' | 'business'; idNumber: string }; purpose: string; dossierRef?: string },
  recipient: string,
): Promise<{ consentId: string; dossierRef: string; challengeId: string }> {
  const asked = await d.call('POST', '/api/v1/reuse/counter-consents', token, body);
  if (asked.statusCode !== 201) throw new Error(`counter consent request: ${asked.statusCode} ${asked.body}`);
  const { challengeId } = asked.json<{ challengeId: string }>();
  const [code] = await sentConsentCodes(d.t.db, recipient);
  const confirmed = await d.call('POST', '/api/v1/reuse/counter-consents/confirm', token, { challengeId, code });
  if (confirmed.statusCode !== 201) throw new Error(`counter consent confirm: ${confirmed.statusCode} ${confirmed.body}`);
  return { ...confirmed.json<{ consentId: string; dossierRef: string }>(), challengeId };
}

const BIRTH_DECLARATION = { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 };

/**
 * A birth registration (1.001193) received at the counter of Thanh Hóa's justice department through HTTP, by the
 * officer behind `token` (default `mc`): 201 expected, the dossier's id, code and version returned.
 */
export async function receiveBirthAtCounter(
  app: TestApp['app'],
  owner: Record<string, unknown>,
  opts: { token?: string; components?: Record<string, unknown>[] } = {},
): Promise<{ id: string; code: string; version: number }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: { authorization: `Bearer ${opts.token ?? 'mc'}` },
    payload: {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner,
      components: opts.components ?? [BIRTH_DECLARATION],
    },
  });
  if (res.statusCode !== 201) throw new Error(`reception refused: ${res.statusCode} ${res.body}`);
  return res.json();
}
