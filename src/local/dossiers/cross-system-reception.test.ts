/**
 * Boundary-free counter reception in one process hosting several systems (ROLE=all): a one-stop officer of Quảng
 * Ninh (H49) receives a dossier for Thanh Hóa's Department of Justice (H56). The dossier belongs to the competent
 * agency (its code series, queue and workflow); the receiving counter digitises its papers, follows its progress,
 * finds it in the "received here" queue and returns the result there — but never processes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import { pdfSample } from '../../platform/documents/samples.testkit.ts';

let h: DossierTestApp;

beforeAll(async () => {
  h = await dossierTestApp((ids) => ({
    mc49: officer('one_stop_officer', ids.h49, '000.00.00.H49', 'Cán bộ Một Cửa Quảng Ninh'),
    cv49: officer('specialist', ids.h49justice, '000.00.06.H49', 'Chuyên viên Quảng Ninh'),
    mc56: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56', 'Phạm Lãnh Đạo'),
    mcG15: officer(
      'one_stop_officer',
      '00000000-0000-4000-8000-0000000a0015',
      '000.00.00.G15',
      'Cán bộ Bộ Tư pháp',
    ),
  }));
});
afterAll(async () => h.t.close());

const reception = {
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn Liên Tỉnh', birthDate: '1987-05-01' },
  components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
};

async function act(id: string, token: string, action: string, extra: Record<string, unknown> = {}) {
  const cur = (await h.call('GET', `/api/v1/dossiers/${id}`, 'cv')).json<{ version: number }>();
  return h.call('POST', `/api/v1/dossiers/${id}/actions`, token, {
    action,
    expectedVersion: cur.version,
    ...extra,
  });
}

const count = async () =>
  Number(
    (
      await h.t.db
        .selectFrom('dossiers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('counter reception for an agency of another system (one process)', () => {
  let id = '';

  it('creates the dossier for the competent agency, recording the receiving counter and the return place', async () => {
    const r = await h.call('POST', '/api/v1/dossiers', 'mc49', reception);
    expect(r.statusCode).toBe(201);
    const d = r.json();
    id = d.id;
    expect(d).toMatchObject({
      status: 2,
      resolvingAgencyCode: '000.00.06.H56',
      nodeCode: 'H56',
      receivedAtAgencyId: h.ids.h49,
      returnAtReception: true,
    });
    expect(d.receivedAtAgency).toEqual({ code: '000.00.00.H49', name: 'UBND tỉnh Quảng Ninh' });
    expect(d.code).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4}$/);
    // the competent agency's queue has it; the receiving counter finds it under "received here"
    const queue = (await h.call('GET', '/api/v1/dossiers?queue=all', 'cv')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(id);
    const here = (await h.call('GET', '/api/v1/dossiers?receivedHere=true', 'mc49')).json();
    expect(here.items).toEqual([
      expect.objectContaining({
        id,
        nodeCode: 'H56',
        returnAtReception: true,
        resolvingAgency: { code: '000.00.06.H56', name: 'Sở Tư pháp tỉnh Thanh Hóa' },
      }),
    ]);
    expect((await h.call('GET', '/api/v1/dossiers?receivedHere=true', 'mc56')).json().total).toBe(0);
  });

  it('the receiving counter digitises the papers at reception and follows the progress', async () => {
    const up = await h.t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/components/1/scans`,
      payload: Buffer.from(await pdfSample()),
      headers: { authorization: 'Bearer mc49', 'content-type': 'application/pdf' },
    });
    expect(up.statusCode).toBe(201);
    const done = await h.call('POST', `/api/v1/dossiers/${id}/components/1/digitise`, 'mc49', {
      number: '01/TK',
      abstract: 'Tờ khai đăng ký khai sinh',
      issuedOn: '2026-11-02',
      issuer: 'Nguyễn Văn Liên Tỉnh',
      signer: 'Nguyễn Văn Liên Tỉnh',
      permanent: true,
      validityScope: 'Toàn quốc',
    });
    expect(done.statusCode, done.body).toBe(201);
    // digitised by the receiving counter, in the name of its own unit
    expect(done.json()).toMatchObject({
      officer: { name: 'Cán bộ Một Cửa Quảng Ninh' },
      unitName: 'UBND tỉnh Quảng Ninh',
    });
    expect((await h.call('GET', `/api/v1/dossiers/${id}`, 'mc49')).statusCode).toBe(200);
    // an officer of an unrelated system neither sees nor digitises it
    expect((await h.call('GET', `/api/v1/dossiers/${id}`, 'mcG15')).statusCode).toBe(404);
    expect((await h.call('GET', `/api/v1/dossiers/${id}`, 'cv49')).statusCode).toBe(404);
  });

  it('the receiving counter may not process it; the competent agency does', async () => {
    for (const [tok, action] of [
      ['mc49', 'start'],
      ['mc49', 'forward'],
      ['mc49', 'request_supplement'],
      ['mcG15', 'return_result'],
    ] as const) {
      const r = await act(
        id,
        tok,
        action,
        action === 'request_supplement' ? { items: [{ name: 'Giấy chứng sinh', reason: 'Thiếu' }] } : {},
      );
      expect(r.statusCode, `${tok} ${action} ${r.body}`).toBe(403);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    for (const [tok, action] of [
      ['cv', 'start'],
      ['cv', 'forward'],
      ['ld', 'approve'],
      ['cv', 'record_result'],
    ] as const) {
      expect((await act(id, tok, action)).statusCode, `${tok} ${action}`).toBe(200);
    }
    const d = (await h.call('GET', `/api/v1/dossiers/${id}`, 'mc49')).json();
    expect(d.status).toBe(9);
    expect(d.history.map((x: { action: string }) => x.action)).toEqual([
      'receive',
      'start',
      'forward',
      'approve',
      'record_result',
    ]);
    expect((await h.call('GET', '/api/v1/dossiers?receivedHere=true&queue=ready', 'mc49')).json().total).toBe(
      1,
    );
  });

  it('returns the result at the receiving counter (status 10); the scans are no longer open to the counter', async () => {
    // the fees are settled first (issue 13.5): the competent agency's counter takes them
    expect((await h.call('POST', `/api/v1/dossiers/${id}/fees/cash`, 'mc56', { receiptNo: 'CS-1', amount: 8000 })).statusCode).toBe(201);
    // the competent system's own counter may not hand over a result promised at the Quảng Ninh counter
    const there = await act(id, 'mc56', 'return_result', {
      returnMethod: 'counter',
      receiver: { name: 'Nguyễn Văn Liên Tỉnh' },
    });
    expect(there.statusCode, there.body).toBe(403);
    expect(there.json().detail).toContain('counter of the other system');
    const r = await act(id, 'mc49', 'return_result', {
      returnMethod: 'counter',
      receiver: { name: 'Nguyễn Văn Liên Tỉnh' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().status).toBe(10);
    const up = await h.t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/components/1/scans`,
      payload: Buffer.from(await pdfSample()),
      headers: { authorization: 'Bearer mc49', 'content-type': 'application/pdf' },
    });
    expect(up.json().code).toBe('dossier-not-in-reception');
  });

  it('a counter that did not offer to return there cannot return; a specialist of another system cannot receive', async () => {
    const r = await h.call('POST', '/api/v1/dossiers', 'mc49', { ...reception, returnAtReception: false });
    expect(r.statusCode).toBe(201);
    expect(r.json().returnAtReception).toBe(false);
    const before = await count();
    const denied = await h.call('POST', '/api/v1/dossiers', 'cv49', reception);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden');
    expect(await count()).toBe(before);
  });

  it('bad input is refused with problem+json and writes nothing', async () => {
    const before = await count();
    for (const body of [
      { ...reception, returnAtReception: 'yes' },
      { ...reception, receivedAtAgencyId: 'x' },
      { ...reception, resolvingAgencyCode: '000.00.06.H99' },
    ]) {
      const r = await h.call('POST', '/api/v1/dossiers', 'mc49', body);
      expect(r.statusCode).toBeGreaterThanOrEqual(400);
      expect(r.statusCode).toBeLessThan(500);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    const q = await h.call('GET', '/api/v1/dossiers?receivedHere=maybe', 'mc49');
    expect(q.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});
