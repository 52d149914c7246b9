/**
 * Once-only on what ships: the demo seed's catalogue (no procedure version published by this test) carries the
 * national document-type codes on its components, so a citizen's warehouse documents are found for the birth and
 * marriage registrations' personal-ID and residence papers, over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed.ts';
import { seedProcedures } from '../src/national/catalogue/seed/procedures.data.ts';
import { documentTypeForName } from '../src/federation/document-types.ts';
import { pdfSample } from '../src/platform/documents/samples.testkit.ts';
import type { Principal } from '../src/platform/identity/principal.ts';
import { call, createTestApp, type TestApp } from './app.ts';

const PERSON = '022192004321'; // Phạm Thị Hạ Long, a demo citizen of Quảng Ninh
const principals: Record<string, Principal> = {
  me: { kind: 'citizen', id: '00000000-0000-4000-9000-00000000aa01', personalId: PERSON, name: 'Phạm Thị Hạ Long', loa: 2 },
};
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ DEMO_MODE: 'true' }, { principals });
  await seedDemo(t.db);
  const ward = await t.db.selectFrom('agencies').select('id').where('code', '=', '000.01.31.H49').where('validTo', 'is', null).executeTakeFirstOrThrow();
  const g15 = await t.db.selectFrom('agencies').select('id').where('code', '=', '000.00.00.G15').where('validTo', 'is', null).executeTakeFirstOrThrow();
  principals.qt = { kind: 'officer', id: 'qt-h49', username: 'qt.h49w', name: 'Quản trị phường', grants: [{ role: 'agency_admin', agencyId: ward.id, agencyCode: '000.01.31.H49' }] };
  principals.cv = { kind: 'officer', id: 'cv-h49', username: 'cv.h49w', name: 'Chuyên viên', grants: [{ role: 'specialist', agencyId: ward.id, agencyCode: '000.01.31.H49' }] };
  principals.qtg15 = { kind: 'officer', id: 'qt-g15', username: 'qt.g15', name: 'Quản trị Bộ', grants: [{ role: 'agency_admin', agencyId: g15.id, agencyCode: '000.00.00.G15' }] };
  principals.mc = { kind: 'officer', id: 'mc-h49', username: 'mc.h49', name: 'Một cửa Hạ Long', grants: [{ role: 'one_stop_officer', agencyId: ward.id, agencyCode: '000.01.31.H49' }] };
}, 180_000);
afterAll(async () => t.close());

interface Resolved {
  name: string;
  documentTypeCode: string | null;
  replacingResultCode: string | null;
  covered: boolean;
  candidates: { matchedBy: string; reason: string; document: { id: string } }[];
}

async function deposit(typeCode: string, name: string): Promise<string> {
  const q = new URLSearchParams({ personalId: PERSON, typeCode, name, issueDate: '2025-03-02' });
  const r = await call(t.app, { method: 'POST', url: `/api/v1/demo/warehouse/deposit?${q.toString()}`, token: 'mc', headers: { 'content-type': 'application/pdf' }, payload: Buffer.from(await pdfSample(1)) });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().documentId as string;
}

describe('once-only on the shipped demo catalogue', () => {
  it('every seeded component that names a national document carries its document-type code', async () => {
    let coded = 0;
    for (const p of seedProcedures) {
      const shipped = (await call(t.app, { method: 'GET', url: `/api/v1/procedures/${p.code}` })).json();
      for (const c of shipped.cases.flatMap((x: { components: unknown[] }) => x.components) as { name: string; documentTypeCode?: string }[]) {
        const type = documentTypeForName(c.name);
        if (type) {
          expect(c.documentTypeCode, `${p.code}: ${c.name.slice(0, 60)}`).toBe(type.code);
          coded++;
        }
      }
    }
    expect(coded).toBeGreaterThanOrEqual(40);
    const birth = (await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.001193' })).json();
    expect(birth.cases[0].components.map((c: { documentTypeCode?: string }) => c.documentTypeCode).filter(Boolean)).toEqual(['GCS', 'XNCT', 'CCCD']);
  });

  it('finds the citizen’s personal ID and residence confirmation for the marriage and birth registrations', async () => {
    const before = (await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.000894/reuse', token: 'me' })).json();
    expect(before.components.some((c: Resolved) => c.covered)).toBe(false);

    const id = await deposit('CCCD', 'Thẻ căn cước');
    const residence = await deposit('XNCT', 'Xác nhận thông tin về cư trú');
    for (const code of ['1.000894', '1.001193']) {
      const r = await call(t.app, { method: 'GET', url: `/api/v1/procedures/${code}/reuse?agencyCode=000.01.31.H49`, token: 'me' });
      expect(r.statusCode, r.body).toBe(200);
      const comps = r.json().components as Resolved[];
      const personal = comps.find((c) => c.documentTypeCode === 'CCCD')!;
      const resid = comps.find((c) => c.documentTypeCode === 'XNCT')!;
      expect(personal.name).toMatch(/Thẻ căn cước/);
      expect(personal).toMatchObject({ covered: true, candidates: [{ matchedBy: 'document-type', reason: 'ok', document: { id } }] });
      expect(resid).toMatchObject({ covered: true, candidates: [{ matchedBy: 'document-type', reason: 'ok', document: { id: residence } }] });
      // the papers the applicant writes are not covered by anything
      expect(comps.filter((c) => /^Tờ khai/.test(c.name)).every((c) => !c.covered)).toBe(true);
    }
  });

  it('a birth extract issued by a ward (result code) stands for the birth-extract paper of another procedure', async () => {
    const extract = await deposit('KQ.G15.000031', 'Giấy khai sinh');
    // the shipped catalogue: every component that is a birth extract is matched by its result code
    const withExtract = seedProcedures.filter((p) => p.cases.some((c) => c.components.some((k) => k.documentTypeCode === 'GKS')));
    expect(withExtract.length).toBeGreaterThan(0);
    const p = withExtract[0]!;
    const caseIndex = p.cases.findIndex((c) => c.components.some((k) => k.documentTypeCode === 'GKS'));
    const r = await call(t.app, { method: 'GET', url: `/api/v1/procedures/${p.code}/reuse?case=${caseIndex + 1}`, token: 'me' });
    expect(r.statusCode, r.body).toBe(200);
    const gks = (r.json().components as Resolved[]).find((c) => c.documentTypeCode === 'GKS')!;
    expect(gks).toMatchObject({ replacingResultCode: 'KQ.G15.000031', candidates: [{ matchedBy: 'result-code', document: { id: extract } }] });
  });

  it('an agency administrator maps a component to a document type on the local system (scoped, audited) and the resolver uses it', async () => {
    // death registration: "Trường hợp không xác định được nơi cư trú cuối cùng … giấy tờ chứng minh nơi người chết …"
    // carries no document type in the catalogue
    const url = '/api/v1/local/agencies/000.01.31.H49/procedures/1.000656/component-types';
    const death = (await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.000656' })).json();
    const seq = death.cases[0].components.findIndex((c: { name: string }) => c.name.startsWith('Trường hợp không xác định được nơi cư trú cuối cùng')) + 1;
    expect(seq).toBeGreaterThan(0);
    expect(death.cases[0].components[seq - 1].documentTypeCode).toBeUndefined();
    const residence = await deposit('XNCT', 'Xác nhận thông tin về cư trú');
    const reuse = async () => ((await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.000656/reuse', token: 'me' })).json().components as Resolved[])[seq - 1]!;
    expect(await reuse()).toMatchObject({ documentTypeCode: null, covered: false });

    const types = (await call(t.app, { method: 'GET', url: '/api/v1/document-types' })).json().items;
    expect(types).toEqual(expect.arrayContaining([{ code: 'GBT', name: 'Giấy báo tử', resultCode: null }, { code: 'CCCD', name: expect.any(String), resultCode: 'KQ.G01.000023' }]));
    // who may not: no login, a specialist, an administrator of an agency not competent for the procedure; bad input
    expect((await call(t.app, { method: 'PUT', url, payload: { seq, documentTypeCode: 'XNCT' } })).statusCode).toBe(401);
    expect((await call(t.app, { method: 'PUT', url, token: 'cv', payload: { seq, documentTypeCode: 'XNCT' } })).statusCode).toBe(403);
    const other = await call(t.app, { method: 'PUT', url: url.replace('000.01.31.H49', '000.00.00.G15'), token: 'qtg15', payload: { seq, documentTypeCode: 'XNCT' } });
    expect([other.statusCode, other.json().code]).toEqual([409, 'procedure-not-competent']);
    const wrongScope = await call(t.app, { method: 'PUT', url, token: 'qtg15', payload: { seq, documentTypeCode: 'XNCT' } });
    expect(wrongScope.statusCode).toBe(403);
    const unknown = await call(t.app, { method: 'PUT', url, token: 'qt', payload: { seq, documentTypeCode: 'XYZ' } });
    expect([unknown.statusCode, unknown.json().code, unknown.headers['content-type']]).toEqual([400, 'validation-failed', expect.stringContaining('application/problem+json')]);
    expect((await call(t.app, { method: 'PUT', url, token: 'qt', payload: { seq: 99, documentTypeCode: 'GBT' } })).statusCode).toBe(400);
    expect((await reuse()).covered).toBe(false);

    const ok = await call(t.app, { method: 'PUT', url, token: 'qt', payload: { seq, documentTypeCode: 'XNCT' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ procedureCode: '1.000656', caseCode: '1', seq, documentTypeCode: 'XNCT', replacingResultCode: 'KQ.G01.000062' });
    const mapped = await reuse();
    expect(mapped).toMatchObject({ documentTypeCode: 'XNCT', covered: true });
    expect(mapped.candidates).toContainEqual(expect.objectContaining({ matchedBy: 'document-type', reason: 'ok', document: expect.objectContaining({ id: residence }) }));
    const audit = await t.db.selectFrom('auditEvents').selectAll().where('action', '=', 'component-document-type-set').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: 'qt-h49', targetId: '1.000656', outcome: 'ok' });
    expect(audit[0]!.detail).toMatchObject({ agencyCode: '000.01.31.H49', seq, documentTypeCode: 'XNCT', previous: null });
    // what the administration page (web/src/admin/ComponentTypesPanel.tsx) reads back as the paper's current type
    expect((await call(t.app, { method: 'GET', url })).statusCode).toBe(401);
    expect((await call(t.app, { method: 'GET', url, token: 'cv' })).statusCode).toBe(403);
    const after = await call(t.app, { method: 'GET', url, token: 'qt' });
    expect(after.statusCode, after.body).toBe(200);
    const items = after.json().items as { caseCode: string; seq: number; documentTypeCode: string | null }[];
    expect(items.find((i) => i.caseCode === '1' && i.seq === seq)).toMatchObject({ documentTypeCode: 'XNCT', replacingResultCode: 'KQ.G01.000062' });
    expect(items.length).toBe(death.cases.reduce((n: number, c: { components: unknown[] }) => n + c.components.length, 0));
  });
});
