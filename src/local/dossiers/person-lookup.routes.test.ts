import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import { maskEmail } from './person-lookup.routes.ts';

let h: DossierTestApp;
const ID = '038087042028';

beforeAll(async () => {
  h = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa'),
    mc49: officer('one_stop_officer', ids.h49, '000.00.00.H49', 'Quầy Quảng Ninh'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    citizen,
  }));
  for (const phone of ['0912000001', '0912345678']) {
    const res = await h.call('POST', '/api/v1/dossiers', 'mc', {
      channel: 'counter',
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      owner: { type: 'citizen', idNumber: ID, name: 'Nguyễn Văn An', birthDate: '1987-05-01', phone, address: 'Số 5 Lê Lợi, Hạc Thành', email: 'an.nguyen@example.vn' },
      components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    });
    expect(res.statusCode).toBe(201);
  }
});
afterAll(async () => h.t.close());

const audits = () => h.t.db.selectFrom('auditEvents').selectAll().where('action', '=', 'person_lookup').execute();

describe('GET /api/v1/persons/{idNumber}', () => {
  it('finds the owner of the latest dossier in the officer’s province, e-mail masked, and audits the look-up', async () => {
    const res = await h.call('GET', `/api/v1/persons/${ID}`, 'mc');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      idNumber: ID,
      name: 'Nguyễn Văn An',
      birthDate: '1987-05-01',
      phone: '0912345678',
      address: 'Số 5 Lê Lợi, Hạc Thành',
      email: 'a•••@example.vn',
      source: 'dossier',
      dossiers: 2,
    });
    const a = await audits();
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ targetType: 'person', targetId: ID, outcome: 'ok', detail: { found: true } });
  });

  it('says 404 for an unknown person or one known only in another province (audited too)', async () => {
    const other = await h.call('GET', `/api/v1/persons/${ID}`, 'mc49');
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('person-not-found');
    const unknown = await h.call('GET', '/api/v1/persons/038190001234', 'mc');
    expect(unknown.statusCode).toBe(404);
    expect((await audits()).filter((e) => (e.detail as { found: boolean }).found === false)).toHaveLength(2);
  });

  it('refuses bad IDs and callers who do not receive dossiers, without auditing a look-up', async () => {
    const before = (await audits()).length;
    const short = await h.call('GET', '/api/v1/persons/12345', 'mc');
    expect(short.statusCode).toBe(400);
    expect(short.headers['content-type']).toContain('application/problem+json');
    const province = await h.call('GET', '/api/v1/persons/999087042028', 'mc');
    expect(province.statusCode).toBe(400);
    expect(province.json().code).toBe('invalid-personal-id');
    expect((await h.call('GET', `/api/v1/persons/${ID}`, 'cv')).statusCode).toBe(403);
    expect((await h.call('GET', `/api/v1/persons/${ID}`, 'citizen')).statusCode).toBe(403);
    expect((await h.call('GET', `/api/v1/persons/${ID}`, undefined)).statusCode).toBe(401);
    expect(await audits()).toHaveLength(before);
  });

  it('masks e-mail addresses', () => {
    expect(maskEmail('an@x.vn')).toBe('a•••@x.vn');
    expect(maskEmail('broken')).toBe('•••');
  });
});
