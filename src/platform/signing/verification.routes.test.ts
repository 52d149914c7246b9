/** Public verification by code and by upload, and the registry's replace/revoke states, over HTTP. */
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ensureAgency } from '../../../test/auth.ts';
import { LocalDiskBlobStore } from '../storage/local-disk.ts';
import {
  findSignedDocumentByCode,
  replaceSignedDocument,
  revokeSignedDocument,
} from './registry.repository.ts';
import { signAndRegister, type RegistryContext } from './registry.service.ts';

let t: TestApp;
let ctx: RegistryContext;
let agencyId: string;

async function pdfWith(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText(text, { x: 50, y: 700, font, size: 12 });
  return doc.save();
}

async function issue(title = 'Giấy tiếp nhận hồ sơ') {
  return signAndRegister(ctx, {
    agencyId,
    kind: 'receipt',
    title,
    ownerIdNumber: '038087012345',
    render: async (v) => pdfWith(`Ma xac thuc ${v.code} ${v.url}`),
  });
}

const post = (payload: Buffer | string, contentType = 'application/pdf') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/verification',
    headers: { 'content-type': contentType },
    payload,
  });

async function countRows(): Promise<number> {
  return (await t.db.selectFrom('signedDocuments').select('id').execute()).length;
}

beforeAll(async () => {
  t = await createTestApp();
  ctx = { config: t.config, db: t.db, blobs: new LocalDiskBlobStore(path.join(t.config.DATA_DIR, 'blobs')) };
  agencyId = await ensureAgency(t.db, '000.00.31.H56', {
    name: 'Ủy ban nhân dân phường Hạc Thành',
    nodeCode: 'H56',
  });
});

afterAll(async () => t.close());

describe('GET /api/v1/verification/{code}', () => {
  it('shows issuer, kind, title, status and the masked owner; accepts the code typed loosely', async () => {
    const doc = await issue();
    const printed = `${doc.verificationCode.slice(0, 4)}-${doc.verificationCode.slice(4, 8)}-${doc.verificationCode.slice(8)}`;
    const pdfText = Buffer.from(doc.signedPdf).toString('latin1');
    expect(pdfText).toContain('PDF-');
    const res = await t.app.inject({ url: `/api/v1/verification/${printed.toLowerCase()}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      verificationCode: printed,
      kind: 'receipt',
      title: 'Giấy tiếp nhận hồ sơ',
      issuer: { name: 'Ủy ban nhân dân phường Hạc Thành', code: '000.00.31.H56' },
      owner: '038*****2345',
      status: 'valid',
      sha256: doc.sha256,
    });
    expect(await ctx.blobs.has(doc.blobSha256)).toBe(true);

    // The page the printed QR code opens.
    const html = await t.app.inject({ url: `/xac-thuc/${printed}` });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('còn hiệu lực');
    expect(html.body).toContain('Ủy ban nhân dân phường Hạc Thành');
    expect(html.body).not.toContain('038087012345');
    // people's words and the site's header (issue 13.15): no API address, a link to the upload page
    expect(html.body).toContain('Dịch vụ công một cửa');
    expect(html.body).toContain('<a href="/xac-thuc"');
    expect(html.body).not.toContain('/api/v1/verification');
    expect(html.body).not.toContain('POST');
    const browser = { accept: 'text/html,application/xhtml+xml' };
    const missing = await t.app.inject({ url: '/xac-thuc/0000-0000-0000', headers: browser });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Không tìm thấy');
    const malformed = await t.app.inject({ url: '/xac-thuc/%3Cb%3E', headers: browser });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).not.toContain('<b>');
    const program = await t.app.inject({ url: '/xac-thuc/0000-0000-0000' });
    expect(program.statusCode).toBe(404);
    expect(program.json()).toMatchObject({ code: 'signed-document-not-found' });
  });

  it('shows replaced (with the replacing code) and revoked (with the reason)', async () => {
    const a = await issue('A');
    const b = await issue('B');
    const rowA = (await findSignedDocumentByCode(t.db, a.verificationCode))!;
    const rowB = (await findSignedDocumentByCode(t.db, b.verificationCode))!;
    expect(await replaceSignedDocument(t.db, rowA.id, rowB.id)).toBe(true);
    expect(await replaceSignedDocument(t.db, rowA.id, rowB.id)).toBe(false);
    const ra = (await t.app.inject({ url: `/api/v1/verification/${a.verificationCode}` })).json();
    expect(ra).toMatchObject({
      status: 'replaced',
      replacedBy: expect.stringContaining(b.verificationCode.slice(0, 4)),
    });
    expect(await revokeSignedDocument(t.db, rowB.id, 'Cấp sai thông tin')).toBe(true);
    expect(await revokeSignedDocument(t.db, rowB.id, 'again')).toBe(false);
    const rb = (await t.app.inject({ url: `/api/v1/verification/${b.verificationCode}` })).json();
    expect(rb).toMatchObject({ status: 'revoked', revokedReason: 'Cấp sai thông tin' });
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const unknown = await t.app.inject({ url: '/api/v1/verification/0000-0000-0000' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json()).toMatchObject({ code: 'signed-document-not-found' });
    for (const bad of ['ABC', 'UUUU-UUUU-UUUU', '%3Cscript%3E']) {
      const res = await t.app.inject({ url: `/api/v1/verification/${bad}` });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'verification-code-invalid' });
    }
  });
});

describe('POST /api/v1/verification', () => {
  it('reports an issued PDF as intact, trusted, registered and valid', async () => {
    const doc = await issue();
    const res = await post(doc.signedPdf);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      sha256: doc.sha256,
      valid: true,
      signature: { signed: true, intact: true, trusted: true, signer: { agencyCode: '000.00.31.H56' } },
      registered: { status: 'valid', kind: 'receipt' },
    });
  });

  it('reports a tampered copy as not intact and not registered', async () => {
    const doc = await issue();
    const copy = Buffer.from(doc.signedPdf);
    const at = copy.indexOf('Ma xac thuc') >= 0 ? copy.indexOf('/MediaBox') + 12 : 300;
    copy[at] = copy[at]! ^ 0x01;
    const body = (await post(copy)).json();
    expect(body).toMatchObject({
      valid: false,
      registered: null,
      signature: { signed: true, intact: false },
    });
  });

  it('reports an unsigned PDF honestly: 200, not signed, not issued by this system', async () => {
    const before = await countRows();
    const res = await post(Buffer.from(await pdfWith('plain')));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ valid: false, registered: null, signature: { signed: false } });
    expect(await countRows()).toBe(before);
  });

  it('refuses an empty body, a non-PDF, a truncated PDF and another content type with problem+json', async () => {
    const before = await countRows();
    const cases: [Buffer | string, string, number, string][] = [
      [Buffer.alloc(0), 'application/pdf', 400, 'pdf-empty'],
      [Buffer.from('GIF89a not a pdf'), 'application/pdf', 422, 'pdf-invalid'],
      [Buffer.from('%PDF-1.7\n1 0 obj <<'), 'application/pdf', 422, 'pdf-invalid'],
      ['{"a":1}', 'application/json', 415, 'unsupported-media-type'],
    ];
    for (const [payload, type, status, code] of cases) {
      const res = await post(payload, type);
      expect(res.statusCode, code).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code });
    }
    expect(await countRows()).toBe(before);
  });

  it('refuses a body over 20 MB with 413', async () => {
    const res = await post(Buffer.alloc(20 * 1024 * 1024 + 10, 0x25));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'body-too-large' });
  });
});
