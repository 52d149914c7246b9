import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import type { Principal } from '../../platform/identity/principal.ts';

const other: Principal = {
  kind: 'citizen',
  id: '00000000-0000-4000-9000-000000000002',
  personalId: '001203006789',
  name: 'Trần Thị Bình',
  loa: 2,
};
let app: DossierTestApp;
let png: Buffer;

beforeAll(async () => {
  app = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56'),
    citizen,
    other,
  }));
  png = await sharp({ create: { width: 40, height: 60, channels: 3, background: '#eee' } })
    .png()
    .toBuffer();
});
afterAll(async () => app.t.close());

const body = {
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  owner: {
    type: 'citizen',
    idNumber: citizen.kind === 'citizen' ? citizen.personalId : '',
    name: 'Nguyễn Văn An',
  },
  components: [
    { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 },
    { name: 'Giấy chứng sinh', documentTypeCode: 'GCS', originals: 1, certifiedCopies: 0, photocopies: 0 },
  ],
};

async function upload(token: string): Promise<string> {
  const res = await app.t.app.inject({
    method: 'POST',
    url: '/api/v1/my/warehouse/documents?typeCode=TK01&name=' + encodeURIComponent('Tờ khai (bản chụp)'),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
    payload: png,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

async function scanCount(dossierId: string): Promise<number> {
  const r = await app.t.db
    .selectFrom('digitisationScans')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('dossierId', '=', dossierId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('citizen portal routes', () => {
  it('attaches my own uploaded document to a component of my open dossier, and nothing else', async () => {
    const d = (await app.call('POST', '/api/v1/online/dossiers', 'citizen', body)).json();
    expect(d.status).toBe(1);
    const mine = await upload('citizen');
    const theirs = await upload('other');

    const ok = await app.call('POST', `/api/v1/my/dossiers/${d.id}/components/1/attachments`, 'citizen', {
      documentId: mine,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ pages: 1, position: 1 });
    expect(await scanCount(d.id)).toBe(1);

    // someone else's document, someone else's dossier, an unknown component, unknown fields: refused, nothing added
    const foreignDoc = await app.call(
      'POST',
      `/api/v1/my/dossiers/${d.id}/components/1/attachments`,
      'citizen',
      { documentId: theirs },
    );
    expect(foreignDoc.statusCode).toBe(403);
    expect(foreignDoc.headers['content-type']).toContain('application/problem+json');
    const foreignDossier = await app.call(
      'POST',
      `/api/v1/my/dossiers/${d.id}/components/1/attachments`,
      'other',
      { documentId: theirs },
    );
    expect(foreignDossier.json().code).toBe('dossier-not-found');
    const noComponent = await app.call(
      'POST',
      `/api/v1/my/dossiers/${d.id}/components/9/attachments`,
      'citizen',
      { documentId: mine },
    );
    expect(noComponent.json().code).toBe('component-not-found');
    const extra = await app.call('POST', `/api/v1/my/dossiers/${d.id}/components/1/attachments`, 'citizen', {
      documentId: mine,
      x: 1,
    });
    expect(extra.statusCode).toBe(400);
    const byOfficer = await app.call('POST', `/api/v1/my/dossiers/${d.id}/components/1/attachments`, 'mc', {
      documentId: mine,
    });
    expect(byOfficer.statusCode).toBe(403);
    expect(await scanCount(d.id)).toBe(1);
  });

  it('refuses attachments once the dossier has left reception', async () => {
    const d = (await app.call('POST', '/api/v1/online/dossiers', 'citizen', body)).json();
    const withdrawn = await app.call('POST', `/api/v1/my/dossiers/${d.id}/actions`, 'citizen', {
      action: 'withdraw',
      expectedVersion: d.version,
      reason: 'Nộp nhầm',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const mine = await upload('citizen');
    const late = await app.call('POST', `/api/v1/my/dossiers/${d.id}/components/1/attachments`, 'citizen', {
      documentId: mine,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('dossier-not-in-reception');
    expect(await scanCount(d.id)).toBe(0);
  });

  it('takes a file uploaded straight to a component of my open dossier; refuses another person, a non-document, a closed dossier', async () => {
    const d = (await app.call('POST', '/api/v1/online/dossiers', 'citizen', body)).json();
    const put = (token: string, url: string, payload: Buffer, type = 'image/png') =>
      app.t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}`, 'content-type': type, 'x-file-name': encodeURIComponent('Tờ khai.png') }, payload });
    const url = `/api/v1/my/dossiers/${d.id}/components/2/files`;
    const ok = await put('citizen', url, png);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ position: 1, pages: 1, fileName: 'Tờ khai.png' });
    expect(await scanCount(d.id)).toBe(1);
    // the officer reads where each paper came from: uploaded online by the applicant, or no file (issue 13.13)
    const seen = (await app.call('GET', `/api/v1/dossiers/${d.id}`, 'mc')).json();
    expect(seen.components.map((c: { source: string }) => c.source)).toEqual(['not_uploaded', 'uploaded_online']);

    expect((await put('other', url, png)).json().code).toBe('dossier-not-found');
    expect((await put('mc', url, png)).statusCode).toBe(403);
    const notADocument = await put('citizen', url, Buffer.from('MZ not a document at all'), 'application/pdf');
    expect(notADocument.statusCode).toBeGreaterThanOrEqual(400);
    expect(notADocument.statusCode).toBeLessThan(500);
    expect(notADocument.headers['content-type']).toContain('application/problem+json');
    expect((await put('citizen', `/api/v1/my/dossiers/${d.id}/components/9/files`, png)).json().code).toBe('component-not-found');
    await app.call('POST', `/api/v1/my/dossiers/${d.id}/actions`, 'citizen', { action: 'withdraw', expectedVersion: d.version, reason: 'Nộp nhầm' });
    expect((await put('citizen', url, png)).json().code).toBe('dossier-not-in-reception');
    expect(await scanCount(d.id)).toBe(1);
  });

  it('lists the payment requests of my dossier only', async () => {
    const d = (await app.call('POST', '/api/v1/online/dossiers', 'citizen', body)).json();
    const mine = await app.call('GET', `/api/v1/my/dossiers/${d.id}/payments`, 'citizen');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual({ items: [] });
    expect((await app.call('GET', `/api/v1/my/dossiers/${d.id}/payments`, 'other')).json().code).toBe(
      'dossier-not-found',
    );
    expect((await app.call('GET', `/api/v1/my/dossiers/${d.id}/payments`, undefined)).statusCode).toBe(401);
  });

  it('does not mount the demo deposit route outside demo mode', async () => {
    const res = await app.t.app.inject({
      method: 'POST',
      url: '/api/v1/demo/warehouse/deposit?personalId=038087042028&typeCode=GCS&name=x',
      headers: { authorization: 'Bearer mc', 'content-type': 'image/png' },
      payload: png,
    });
    expect(res.statusCode).toBe(404);
  });
});
