/**
 * Verification everywhere (issue 13.9) between real nodes: a receipt issued and signed in Quảng Ninh (H49) is
 * verified by its code, by its PDF and by the QR page on the national portal and on Thanh Hóa's system (H56), which
 * ask the portal, which asks H49 with a signed look-up. The file is trusted under H49's CA as the portal's registry
 * records it, never under the certificates the file carries.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfSample } from '../../src/platform/documents/samples.testkit.ts';
import { signAndRegister } from '../../src/platform/signing/registry.service.ts';
import { LocalDiskBlobStore } from '../../src/platform/storage/local-disk.ts';
import { insertAgencies, officer } from '../fixtures.ts';
import { receive, startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let h49: LocalNode;
let h56: LocalNode;
let code = '';
let pdf: Buffer = Buffer.alloc(0);

beforeAll(async () => {
  national = await startNational();
  await insertAgencies(national.db);
  h49 = await startLocal(national, 'H49');
  h56 = await startLocal(national, 'H56');
  h49.tokens.mc49 = officer('one_stop_officer', h49.ids.h49, '000.00.00.H49', 'Cán bộ Một Cửa Quảng Ninh');
  const d = await receive(h49, 'Nguyễn Thị Quảng Ninh', '000.00.06.H49', 'mc49');
  const r = await h49.app.inject({ url: `/api/v1/dossiers/${d.id}/forms/receipt.pdf`, headers: { authorization: 'Bearer mc49' } });
  expect(r.statusCode).toBe(200);
  code = String(r.headers['x-verification-code']);
  pdf = r.rawPayload;
});
afterAll(async () => {
  await h49?.destroy();
  await h56?.destroy();
  await national?.destroy();
});

const byCode = (n: Node, c = code) => n.app.inject({ url: `/api/v1/verification/${c}` });
const byFile = (n: Node, body: Buffer) =>
  n.app.inject({ method: 'POST', url: '/api/v1/verification', headers: { 'content-type': 'application/pdf' }, payload: body });

describe('verification across the federation', () => {
  it('the issuing system itself knows its receipt (baseline)', async () => {
    expect((await byCode(h49)).json()).toMatchObject({ verificationCode: code, status: 'valid', kind: 'receipt' });
    expect((await byFile(h49, pdf)).json()).toMatchObject({ valid: true });
  });

  it('the portal answers for a document issued by Quảng Ninh: by code, by upload and on the QR page', async () => {
    const c = await byCode(national);
    expect(c.statusCode).toBe(200);
    expect(c.json()).toMatchObject({ verificationCode: code, kind: 'receipt', status: 'valid', owner: '038*****2028' });
    expect(c.json().issuer.code).toMatch(/\.H49$/);

    const f = await byFile(national, pdf);
    expect(f.statusCode).toBe(200);
    expect(f.json()).toMatchObject({ valid: true, registered: { verificationCode: code, status: 'valid' } });
    expect(f.json().signature).toMatchObject({ intact: true, trusted: true });

    const page = await national.app.inject({ url: `/xac-thuc/${code}`, headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(code);

    // the trust anchor of H49 is now in the portal's registry, recorded from H49's signed answer
    const cas = await national.db.selectFrom('federationNodeSigningCas').selectAll().where('nodeCode', '=', 'H49').execute();
    expect(cas.length).toBeGreaterThan(0);
  });

  it('another local system (H56) answers for it through the portal', async () => {
    const c = await byCode(h56);
    expect(c.statusCode).toBe(200);
    expect(c.json()).toMatchObject({ verificationCode: code, status: 'valid' });
    const f = await byFile(h56, pdf);
    expect(f.json()).toMatchObject({ valid: true, registered: { verificationCode: code } });
  });

  it('a changed file is not valid anywhere, an unknown code is not found anywhere', async () => {
    const changed = Buffer.from(pdf);
    const at = changed.indexOf('GI');
    changed[at + 200] = changed[at + 200]! ^ 0x01;
    for (const n of [national, h56]) {
      const f = await byFile(n, changed);
      expect(f.statusCode).toBe(200);
      expect(f.json()).toMatchObject({ valid: false, registered: null });
      const missing = await byCode(n, 'ZZZZ-ZZZZ-ZZZZ');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('signed-document-not-found');
    }
  });

  it('a suspended system is not asked', async () => {
    await national.db.updateTable('federationNodes').set({ status: 'suspended' }).where('code', '=', 'H49').execute();
    try {
      expect((await byCode(national)).statusCode).toBe(404);
    } finally {
      await national.db.updateTable('federationNodes').set({ status: 'active' }).where('code', '=', 'H49').execute();
    }
  });
});

describe('a system answers only for its own agencies', () => {
  it('a document a system signed in the name of another system’s agency is not verified by the portal', async () => {
    const rogue = await startLocal(national, 'H40');
    try {
      // H40 holds a copy of Quảng Ninh's agencies and signs in the name of 000.00.06.H49 under its own CA
      const issued = await signAndRegister(
        { config: rogue.config, db: rogue.db, blobs: new LocalDiskBlobStore(path.join(rogue.config.DATA_DIR, 'blobs')) },
        { agencyId: rogue.ids.h49justice, kind: 'result', title: 'Giấy khai sinh (giả)', render: async () => pdfSample(1) },
      );
      const code = issued.verificationCode;
      expect((await byCode(rogue, code)).statusCode).toBe(200);
      expect((await byCode(national, code)).statusCode).toBe(404);
      expect((await byFile(national, issued.signedPdf)).json()).toMatchObject({ valid: false, registered: null });
      expect(await national.db.selectFrom('federationNodeSigningCas').selectAll().where('nodeCode', '=', 'H40').execute()).toEqual([]);
    } finally {
      await rogue.destroy();
    }
  });
});
