/**
 * Issue 12 item 8: a counter consent needs proof that the person is there. The officer asks; the portal sends a
 * one-time code to the person's registered contact; only the code typed in at the counter makes the warehouse
 * readable. Through HTTP on real PostgreSQL, with the in-process port (ROLE=all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citizen,
  dossierTestApp,
  officer,
  registerContact,
  sentConsentCodes,
  type DossierTestApp,
} from '../../../test/fixtures.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import { depositDigitised, portFor } from '../../national/warehouse/warehouse.test-helpers.ts';

let d: DossierTestApp;
let port: NationalPort;
let gcs: string;
const ME = '038087042028';
const ME_PHONE = '0912345678';
const ME_EMAIL = 'an.nguyen@nguoidan.example.vn';
const NO_CONTACT = '022192004321';
const OFTEN = '001203006789';

beforeAll(async () => {
  d = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56', 'Lê Thị Mai'),
    mc49: officer('one_stop_officer', ids.h49justice, '000.00.06.H49', 'Vũ Thị Hương'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Nguyễn Văn Hùng'),
    me: citizen,
  }));
  const p = portFor(d.t.db, d.t.config.DATA_DIR);
  port = p.port;
  gcs = await depositDigitised(port, p.blobs, ME);
  await registerContact(d.t.db, { id: ME, name: 'Nguyễn Văn An' }, { phone: ME_PHONE, email: ME_EMAIL });
  await registerContact(d.t.db, { id: NO_CONTACT, name: 'Phạm Thị Hạ Long' }, {});
  await registerContact(d.t.db, { id: OFTEN, name: 'Nguyễn Minh Đức' }, { email: 'duc@nguoidan.example.vn' });
});
afterAll(async () => d.t.close());

const ask = (token = 'mc', idNumber = ME) =>
  d.call('POST', '/api/v1/reuse/counter-consents', token, {
    owner: { type: 'citizen', idNumber },
    purpose: 'Tiếp nhận hồ sơ đăng ký khai sinh',
  });
const confirm = (challengeId: string, code: string, token = 'mc') =>
  d.call('POST', '/api/v1/reuse/counter-consents/confirm', token, { challengeId, code });
const documents = (consentId: string) => d.call('GET', `/api/v1/reuse/counter-consents/${consentId}/documents`, 'mc');
const accessLog = async () =>
  (await d.call('GET', '/api/v1/my/warehouse/access-log?limit=200', 'me')).json().items as Record<string, unknown>[];
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
/** Every answer of the flow, to check that the code is in none. */
const bodies: string[] = [];
const seen = <T extends { body: string }>(r: T): T => {
  bodies.push(r.body);
  return r;
};

describe('counter consent with the person’s one-time code', () => {
  let consentId: string;

  it('asking sends a code to the registered contact and makes nothing readable; the code is not in the answer', async () => {
    const r = seen(await ask());
    expect(r.statusCode, r.body).toBe(201);
    const body = r.json();
    expect(body).not.toHaveProperty('consentId');
    expect(body).toMatchObject({
      attemptsLeft: 5,
      sentTo: [
        { channel: 'sms', to: '091****678' },
        { channel: 'email', to: 'a********@nguoidan.example.vn' },
      ],
    });
    const [smsCode] = await sentConsentCodes(d.t.db, ME_PHONE);
    const [mailCode] = await sentConsentCodes(d.t.db, ME_EMAIL);
    expect(smsCode).toMatch(/^\d{6}$/);
    expect(mailCode).toBe(smsCode);
    expect(r.body).not.toContain(smsCode);
    // the request is no consent: nothing can be listed or resolved under it, nor used at reception
    expect((await documents(body.challengeId)).statusCode).toBe(404);
    const resolve = await d.call('GET', `/api/v1/reuse/counter-consents/${body.challengeId}/resolve?procedureCode=1.001193`, 'mc');
    expect(resolve.statusCode).toBe(404);
    expect(await d.t.db.selectFrom('warehouseConsents').select('id').execute()).toEqual([]);
    const log = await accessLog();
    expect(log.filter((x) => x.what === 'metadata')).toEqual([]);
    expect(log).toContainEqual(expect.objectContaining({ what: 'consent', outcome: 'ok', reason: 'counter-code-sent', requesterName: 'Lê Thị Mai' }));
    // the code is stored as a hash only
    const row = await d.t.db.selectFrom('warehouseConsentChallenges').selectAll().where('id', '=', body.challengeId).executeTakeFirstOrThrow();
    expect(row.codeHash).not.toContain(smsCode);
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong code with the attempts left, logs it for the owner, and after five the right code no longer works', async () => {
    const { challengeId } = seen(await ask()).json();
    const [code] = await sentConsentCodes(d.t.db, ME_PHONE);
    for (let left = 4; left >= 0; left--) {
      const r = seen(await confirm(challengeId, wrong(code!)));
      expect(r.statusCode).toBe(403);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
      expect(r.json()).toMatchObject({ code: 'counter-consent-code-wrong', attemptsLeft: left });
    }
    const late = seen(await confirm(challengeId, code!));
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('counter-consent-attempts-exhausted');
    expect(await d.t.db.selectFrom('warehouseConsents').select('id').execute()).toEqual([]);
    expect((await accessLog()).filter((x) => x.reason === 'counter-code-wrong')).toHaveLength(5);
  });

  it('the right code makes the documents readable, each read in the owner’s access log; the code works once', async () => {
    const asked = seen(await ask()).json();
    const [code] = await sentConsentCodes(d.t.db, ME_PHONE);
    // another agency's officer cannot use it, a specialist cannot confirm, bad input is 400
    expect(seen(await confirm(asked.challengeId, code!, 'mc49')).statusCode).toBe(404);
    expect(seen(await confirm(asked.challengeId, code!, 'cv')).statusCode).toBe(403);
    expect(seen(await confirm(asked.challengeId, 'abc123')).statusCode).toBe(400);
    const ok = seen(await confirm(asked.challengeId, code!));
    expect(ok.statusCode, ok.body).toBe(201);
    consentId = ok.json().consentId;
    expect(ok.json().dossierRef).toBe(asked.dossierRef);
    // another agency's counter cannot read under it
    expect((await d.call('GET', `/api/v1/reuse/counter-consents/${consentId}/documents`, 'mc49')).statusCode).toBe(404);
    const docs = seen(await documents(consentId));
    expect(docs.statusCode).toBe(200);
    expect(docs.json().items.map((x: { id: string }) => x.id)).toEqual([gcs]);
    expect(await accessLog()).toContainEqual(
      expect.objectContaining({ documentId: gcs, what: 'metadata', requesterName: 'Lê Thị Mai', agencyCode: '000.00.06.H56', consentId, outcome: 'ok' }),
    );
    expect(await accessLog()).toContainEqual(expect.objectContaining({ what: 'consent', outcome: 'ok', consentId, reason: null }));
    const again = seen(await confirm(asked.challengeId, code!));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('counter-consent-code-used');
  });

  it('refuses an expired code (410)', async () => {
    const { challengeId } = seen(await ask()).json();
    const [code] = await sentConsentCodes(d.t.db, ME_PHONE);
    await d.t.db.updateTable('warehouseConsentChallenges').set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).where('id', '=', challengeId).execute();
    const r = seen(await confirm(challengeId, code!));
    expect(r.statusCode).toBe(410);
    expect(r.json().code).toBe('counter-consent-code-expired');
  });

  it('the code was in no answer of the flow', async () => {
    const codes = await sentConsentCodes(d.t.db, ME_PHONE);
    expect(codes.length).toBeGreaterThanOrEqual(4);
    for (const code of codes) for (const b of bodies) expect(b).not.toContain(code);
  });

  it('cannot be made for a person without a registered contact (409 counter-consent-no-contact), nor for someone unknown', async () => {
    for (const id of [NO_CONTACT, '079301001122']) {
      const r = await ask('mc', id);
      expect(r.statusCode).toBe(409);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
      expect(r.json().code).toBe('counter-consent-no-contact');
    }
    expect(await d.t.db.selectFrom('warehouseConsentChallenges').select('id').where('ownerId', 'in', [NO_CONTACT, '079301001122']).execute()).toEqual([]);
  });

  it('sends at most five codes an hour to one person (429)', async () => {
    for (let i = 0; i < 5; i++) expect((await ask('mc', OFTEN)).statusCode).toBe(201);
    const r = await ask('mc', OFTEN);
    expect(r.statusCode).toBe(429);
    expect(r.json().code).toBe('counter-consent-too-many-requests');
    expect(await sentConsentCodes(d.t.db, 'duc@nguoidan.example.vn')).toHaveLength(5);
  });

  it('a specialist cannot ask; the port refuses a counter consent recorded without the code', async () => {
    expect((await ask('cv')).statusCode).toBe(403);
    await expect(
      port.recordConsent({
        owner: { kind: 'citizen', id: ME },
        channel: 'counter',
        dossierRef: 'reception:x',
        dossierCode: null,
        agencyCode: '000.00.06.H56',
        purpose: 'p',
        documentIds: null,
        recordedBy: { kind: 'officer', id: 'o', name: 'Lê Thị Mai', agencyCode: '000.00.06.H56' },
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
