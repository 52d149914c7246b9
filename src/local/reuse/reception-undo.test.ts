/**
 * A reception that fails after its once-only plan was told to the national portal leaves nothing behind there: a
 * counter consent bound to the new dossier is bound back to the reception it was recorded for (so it never names
 * a dossier that does not exist, and serves the retry); an online consent recorded for it is withdrawn. The
 * dossier transaction is made to fail by a real PostgreSQL trigger on this test's own database.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, counterConsent, dossierTestApp, officer, registerContact, type DossierTestApp } from '../../../test/fixtures.ts';
import { depositDigitised, portFor } from '../../national/warehouse/warehouse.test-helpers.ts';

let d: DossierTestApp;
let gcs: string;
const ME = '038087042028';

beforeAll(async () => {
  d = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56', 'Lê Thị Mai'),
    me: citizen,
  }));
  const { port, blobs } = portFor(d.t.db, d.t.config.DATA_DIR);
  gcs = await depositDigitised(port, blobs, ME);
  await registerContact(d.t.db, { id: ME, name: 'Nguyễn Văn An' }, { email: 'an@nguoidan.example.vn' });
});
afterAll(async () => d.t.close());

const TOKHAI = { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 };
const reception = (extra: Record<string, unknown>) => ({
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  owner: { type: 'citizen', idNumber: ME, name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
  components: [TOKHAI],
  reuse: [{ documentTypeCode: 'GCS', documentId: gcs }],
  ...extra,
});

async function failingDossierInserts(on: boolean): Promise<void> {
  if (on) {
    await sql`create or replace function test_refuse_dossier() returns trigger language plpgsql as $$
      begin raise exception 'simulated failure of the reception transaction'; end $$`.execute(d.t.db);
    await sql`create trigger test_refuse_dossier before insert on dossier_components
      for each row execute function test_refuse_dossier()`.execute(d.t.db);
  } else {
    await sql`drop trigger test_refuse_dossier on dossier_components`.execute(d.t.db);
  }
}

const consentRow = (id: string) =>
  d.t.db.selectFrom('warehouseConsents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const dossierCount = async () => (await d.t.db.selectFrom('dossiers').select('id').execute()).length;

describe('a reception whose transaction fails after the once-only plan', () => {
  it('binds a counter consent back to its reception, then the retry binds it to the dossier it became', async () => {
    const { consentId, dossierRef } = await counterConsent(
      d,
      'mc',
      { owner: { type: 'citizen', idNumber: ME }, purpose: 'Tiếp nhận hồ sơ đăng ký khai sinh' },
      'an@nguoidan.example.vn',
    );
    const before = await dossierCount();

    await failingDossierInserts(true);
    const failed = await d.call('POST', '/api/v1/dossiers', 'mc', reception({ channel: 'counter', consentId }));
    await failingDossierInserts(false);
    expect(failed.statusCode).toBe(500);
    expect(await dossierCount()).toBe(before);
    expect(await consentRow(consentId)).toMatchObject({ dossierRef, withdrawnAt: null });

    const ok = await d.call('POST', '/api/v1/dossiers', 'mc', reception({ channel: 'counter', consentId }));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await consentRow(consentId)).toMatchObject({ dossierRef: ok.json().id });
  });

  it('withdraws an online consent recorded for a dossier that was not written', async () => {
    const consents = async () => d.t.db.selectFrom('warehouseConsents').selectAll().where('channel', '=', 'online').execute();
    const before = await dossierCount();
    await failingDossierInserts(true);
    const failed = await d.call('POST', '/api/v1/online/dossiers', 'me', reception({}));
    await failingDossierInserts(false);
    expect(failed.statusCode).toBe(500);
    expect(await dossierCount()).toBe(before);
    const recorded = await consents();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.withdrawnAt).not.toBeNull();
  });
});
