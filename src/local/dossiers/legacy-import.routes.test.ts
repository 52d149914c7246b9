/** Import from an older system through the API: legacy codes kept, compliant codes issued from the same counter. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import { keptAsDossierCode } from './legacy-import.ts';

let t: TestApp;
let call: DossierTestApp['call'];

beforeAll(async () => {
  const d = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    admin: officer('agency_admin', ids.h56justice, '000.00.06.H56'),
    admin49: officer('agency_admin', ids.h49justice, '000.00.06.H49'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56'),
  }));
  t = d.t;
  call = d.call;
});
afterAll(async () => t.close());

const item = (over: Record<string, unknown> = {}) => ({
  legacyCode: 'H21.65-220914-0011',
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  status: 4,
  receivedAt: '2025-09-14T09:00:00+07:00',
  dueAt: '2025-09-26T17:00:00+07:00',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An' },
  ...over,
});

const count = async () =>
  Number(
    (
      await t.db
        .selectFrom('dossiers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('legacy import', () => {
  it('keeps a code of an accepted shape and of the resolving agency\'s body as the dossier code', () => {
    expect(keptAsDossierCode('000.00.06.H56-250901-0005', '000.00.06.H56')).toEqual({
      kind: 'standard',
      agencyCode: '000.00.06.H56',
      body: 'H56',
      day: '2025-09-01',
      seq: 5,
    });
    expect(keptAsDossierCode('H56.65-220914-0011', '000.00.06.H56')).toMatchObject({ kind: 'legacy-short-agency' });
    expect(keptAsDossierCode('000.00.06.H56-220914-000123', '000.00.06.H56')).toMatchObject({ kind: 'legacy-six-digit', seq: 123 });
    expect(keptAsDossierCode('H21.65-220914-0011', '000.00.06.H56')).toBeUndefined();
    expect(keptAsDossierCode('00352112000539', '000.00.06.H56')).toBeUndefined();
    expect(keptAsDossierCode('000.00.06.H56-251301-0005', '000.00.06.H56')).toBeUndefined();
    expect(keptAsDossierCode('000.00.06.H56-250901-0000', '000.00.06.H56')).toBeUndefined();
  });

  it('keeps legacy codes, issues compliant codes from the counter, is idempotent, tracks by either code', async () => {
    const res = await call('POST', '/api/v1/dossiers/import', 'admin', {
      dossiers: [
        item(),
        item({ legacyCode: '00352112000539', status: 10, statusAt: '2025-09-18T10:00:00+07:00' }),
        item({ legacyCode: '000.00.06.H56-250914-0007', status: 2 }),
        item({
          legacyCode: 'ONL-1',
          channel: 'online',
          status: 1,
          submittedAt: '2025-09-14T08:00:00+07:00',
          receivedAt: undefined,
          dueAt: undefined,
        }),
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const items = res.json().items as {
      legacyCode: string;
      id: string;
      code: string;
      status: number;
      created: boolean;
    }[];
    expect(items.map((i) => [i.status, i.created])).toEqual([
      [4, true],
      [10, true],
      [2, true],
      [1, true],
    ]);
    expect(items[0]!.code).toBe('000.00.06.H56-250914-0001');
    expect(items[1]!.code).toBe('000.00.06.H56-250914-0002');
    expect(items[2]!.code).toBe('000.00.06.H56-250914-0007');
    // The counter moved past the imported number 7.
    expect(items[3]!.code).toBe('000.00.06.H56-250914-0008');

    const d = (await call('GET', `/api/v1/dossiers/${items[0]!.id}`, 'cv')).json();
    expect(d).toMatchObject({ status: 4, dueAt: expect.stringMatching(/^2025-09-26T17:00:00/) });
    const stored = await t.db
      .selectFrom('dossiers')
      .select('legacyCode')
      .where('id', '=', items[0]!.id)
      .executeTakeFirstOrThrow();
    expect(stored.legacyCode).toBe('H21.65-220914-0011');

    // Tracking by the new code and by the legacy one.
    expect((await call('GET', `/api/v1/tracking/${items[0]!.code}`, undefined)).json().status).toBe(4);
    const byLegacy = await call('GET', '/api/v1/tracking/legacy/H21.65-220914-0011', undefined);
    expect(byLegacy.statusCode).toBe(200);
    expect(byLegacy.json().code).toBe(items[0]!.code);
    expect((await call('GET', '/api/v1/tracking/legacy/NO-SUCH', undefined)).statusCode).toBe(404);

    // Idempotent: the same import again creates nothing and returns the same dossiers.
    const before = await count();
    const again = await call('POST', '/api/v1/dossiers/import', 'mc', { dossiers: [item()] });
    expect(again.statusCode).toBe(200);
    expect(again.json().items[0]).toMatchObject({ id: items[0]!.id, code: items[0]!.code, created: false });
    expect(await count()).toBe(before);

    // The imported dossier can be worked on: record the result from status 4.
    const acted = await call('POST', `/api/v1/dossiers/${items[0]!.id}/actions`, 'cv', {
      action: 'record_result',
      expectedVersion: d.version,
    });
    expect(acted.statusCode, acted.body).toBe(200);
    expect(acted.json().status).toBe(9);
    // …and keeps the appointment the old system gave after the log is replayed for the new action.
    expect(acted.json().dueAt).toMatch(/^2025-09-26T17:00:00/);
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const before = await count();
    const counters = await t.db.selectFrom('dossierCodeCounters').selectAll().execute();
    const cases: [string | undefined, unknown, number, string][] = [
      ['admin', { dossiers: [item({ legacyCode: 'X-1', status: 11 })] }, 400, 'validation-failed'],
      ['admin', { dossiers: [item({ legacyCode: 'X-1', status: 0 })] }, 400, 'validation-failed'],
      ['admin', { dossiers: [item({ legacyCode: 'X 1' })] }, 400, 'validation-failed'],
      ['admin', { dossiers: [item({ legacyCode: "1'; drop table dossiers;--" })] }, 400, 'validation-failed'],
      [
        'admin',
        { dossiers: [item({ legacyCode: 'X-1', receivedAt: 'yesterday' })] },
        400,
        'validation-failed',
      ],
      ['admin', { dossiers: [item({ legacyCode: 'X-1', receivedAt: undefined })] }, 400, 'validation-failed'],
      [
        'admin',
        { dossiers: [item({ legacyCode: 'X-1', dueAt: '2025-09-01T00:00:00+07:00' })] },
        400,
        'validation-failed',
      ],
      ['admin', { dossiers: [item({ legacyCode: 'X-1', status: 1 })] }, 400, 'validation-failed'],
      [
        'admin',
        { dossiers: [item({ legacyCode: 'X-1' }), item({ legacyCode: 'X-1' })] },
        400,
        'validation-failed',
      ],
      ['admin', { dossiers: [item({ legacyCode: 'X-1', extra: 1 })] }, 400, 'validation-failed'],
      ['admin', { dossiers: [] }, 400, 'validation-failed'],
      [
        'admin',
        {
          dossiers: [
            item({ legacyCode: 'X-1', owner: { type: 'citizen', idNumber: '999087042028', name: 'X' } }),
          ],
        },
        400,
        'invalid-personal-id',
      ],
      [
        'admin',
        { dossiers: [item({ legacyCode: 'X-1', procedureCode: '1.999999' })] },
        409,
        'procedure-not-published',
      ],
      [
        'admin',
        { dossiers: [item({ legacyCode: 'X-1', resolvingAgencyCode: '000.00.09.H56' })] },
        404,
        'agency-not-found',
      ],
      // A compliant legacy code already used by another dossier: the whole batch is refused.
      [
        'admin',
        { dossiers: [item({ legacyCode: 'X-2' }), item({ legacyCode: '000.00.06.H56-250914-0001' })] },
        409,
        'dossier-code-taken',
      ],
      ['admin49', { dossiers: [item({ legacyCode: 'X-1' })] }, 403, 'forbidden'],
      ['cv', { dossiers: [item({ legacyCode: 'X-1' })] }, 403, 'forbidden'],
      [undefined, { dossiers: [item({ legacyCode: 'X-1' })] }, 401, 'unauthenticated'],
    ];
    for (const [token, body, status, code] of cases) {
      const res = await call('POST', '/api/v1/dossiers/import', token, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 160)).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().code).toBe(code);
    }
    expect(await count()).toBe(before);
    expect(await t.db.selectFrom('dossierCodeCounters').selectAll().execute()).toEqual(counters);
  });
});

describe('a pause on a dossier due at the end of a working day (issue 14 item 3)', () => {
  it('a supplement and a fee pause that hold no working time leave the due date Friday 17:00', async () => {
    const res = await call('POST', '/api/v1/dossiers/import', 'admin', {
      dossiers: [item({ legacyCode: 'PAUSE-1', dueAt: '2025-09-26T17:00:00+07:00' })],
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().items[0].id as string;
    const step = async (token: string, body: Record<string, unknown>) => {
      const cur = (await call('GET', `/api/v1/dossiers/${id}`, 'cv')).json();
      const r = await call('POST', `/api/v1/dossiers/${id}/actions`, token, { expectedVersion: cur.version, ...body });
      expect(r.statusCode, r.body).toBe(200);
      return r.json();
    };
    // Asked and answered at once: the pause holds (well under a minute of) no working time, whenever this runs.
    await step('cv', { action: 'request_supplement', items: [{ name: 'Giấy chứng sinh', reason: 'Thiếu bản chính' }] });
    const back = await step('mc', { action: 'supplement_received' });
    expect(back).toMatchObject({ status: 4, dueAt: '2025-09-26T17:00:00+07:00' });
    await step('cv', { action: 'request_payment' });
    const paid = await step('cv', { action: 'payment_fulfilled' });
    expect(paid).toMatchObject({ status: 4, dueAt: '2025-09-26T17:00:00+07:00' });
  });
});
