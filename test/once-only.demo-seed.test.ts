/**
 * Once-only on what ships: the demo seed's catalogue (no procedure version published by this test) carries the
 * national document-type codes on its components, so a citizen's warehouse documents are found for the birth and
 * marriage registrations' personal-ID and residence papers, over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed.ts';
import { seedProcedures } from '../src/national/catalogue/seed/procedures.data.ts';
import { documentTypeForName } from '../src/national/catalogue/document-types.ts';
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
});
