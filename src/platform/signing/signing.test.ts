/** Organisational keys, PAdES signing and verification, checked with poppler's pdfsig and openssl cms. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { ensureAgency } from '../../../test/auth.ts';
import { agencySigner } from './keys.service.ts';
import { signPdf, verifyPdfForNode } from './signing.service.ts';
import { verifyPdf } from './verify-pdf.ts';
import { pdfsig } from './pdfsig.testkit.ts';

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/motcua-test-data' });
let t: TestDb;
let dir: string;
let agencyA: string;
let agencyB: string;

async function twoPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (const n of [1, 2]) doc.addPage().drawText(`Trang ${n}`, { x: 50, y: 700, font, size: 14 });
  return doc.save();
}

beforeAll(async () => {
  t = await createTestDb();
  dir = mkdtempSync(path.join(tmpdir(), 'motcua-signing-'));
  await ensureAgency(t.db, '000.00.00.H56', { name: 'Ủy ban nhân dân tỉnh Thanh Hóa', nodeCode: 'H56' });
  agencyA = await ensureAgency(t.db, '000.00.01.H56', {
    name: 'Sở Tư pháp tỉnh Thanh Hóa',
    parentCode: '000.00.00.H56',
    nodeCode: 'H56',
  });
  agencyB = await ensureAgency(t.db, '000.00.02.H56', {
    name: 'Sở Y tế',
    parentCode: '000.00.00.H56',
    nodeCode: 'H56',
  });
});

afterAll(async () => {
  await t.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('organisational keys', () => {
  it('gives the same certificate to the same agency, even when asked concurrently', async () => {
    const ctx = { config, db: t.db };
    const [s1, s2] = await Promise.all([agencySigner(ctx, agencyA), agencySigner(ctx, agencyA)]);
    expect(s1.certificate().certPem).toBe(s2.certificate().certPem);
    const again = await agencySigner(ctx, agencyA);
    expect(again.certificate().certPem).toBe(s1.certificate().certPem);
    expect(await t.db.selectFrom('agencySigningKeys').select('agencyId').execute()).toHaveLength(1);
  });

  it('gives different agencies different certificates chained to the same node CA', async () => {
    const ctx = { config, db: t.db };
    const a = (await agencySigner(ctx, agencyA)).certificate();
    const b = (await agencySigner(ctx, agencyB)).certificate();
    expect(a.certPem).not.toBe(b.certPem);
    expect(a.chainPems).toEqual(b.chainPems);
    const caFile = path.join(dir, 'ca.pem');
    const leafFile = path.join(dir, 'leaf.pem');
    writeFileSync(caFile, a.chainPems[0]!);
    writeFileSync(leafFile, b.certPem);
    expect(execFileSync('openssl', ['verify', '-CAfile', caFile, leafFile], { encoding: 'utf8' })).toContain(
      'OK',
    );
    const text = execFileSync(
      'openssl',
      ['x509', '-in', leafFile, '-noout', '-subject', '-ext', 'keyUsage', '-nameopt', 'utf8,sep_comma_plus'],
      {
        encoding: 'utf8',
      },
    );
    expect(text.normalize('NFC')).toContain('CN=Sở Y tế');
    expect(text).toContain('OU=000.00.02.H56');
    expect(text).toContain('C=VN');
    expect(text).toMatch(/Digital Signature, Non Repudiation/);
    const ca = execFileSync('openssl', ['x509', '-in', caFile, '-noout', '-subject'], { encoding: 'utf8' });
    expect(ca).toContain('DEV CA');
  });
});

describe('signPdf and verifyPdf', () => {
  it('signs a PDF that pdfsig and openssl cms accept, and verifyPdf reports it intact and trusted', async () => {
    const ctx = { config, db: t.db };
    const signed = await signPdf(ctx, agencyA, await twoPagePdf(), {
      reason: 'Xác nhận tiếp nhận hồ sơ',
      location: 'Thanh Hóa',
    });
    const out = pdfsig(signed);
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('adbe.pkcs7.detached');
    expect(out).toContain('Total document signed');

    // openssl cms on the extracted CMS and the signed byte ranges.
    const text = signed.toString('latin1');
    const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text)!;
    const [a, b, c, d] = m.slice(1, 5).map(Number) as [number, number, number, number];
    writeFileSync(path.join(dir, 'sig.der'), Buffer.from(text.slice(b + 1, c - 1), 'hex'));
    writeFileSync(
      path.join(dir, 'content.bin'),
      Buffer.concat([signed.subarray(a, a + b), signed.subarray(c, c + d)]),
    );
    const cms = spawnSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-binary',
        '-noverify',
        '-inform',
        'DER',
        '-in',
        path.join(dir, 'sig.der'),
        '-content',
        path.join(dir, 'content.bin'),
        '-out',
        '/dev/null',
      ],
      { encoding: 'utf8' },
    );
    expect(cms.stderr).toContain('CMS Verification successful');

    const v = await verifyPdfForNode(ctx, signed);
    expect(v).toMatchObject({
      signed: true,
      intact: true,
      coversWholeFile: true,
      signatureValid: true,
      trusted: true,
    });
    expect(v.signer).toEqual({
      commonName: 'Sở Tư pháp tỉnh Thanh Hóa',
      agencyCode: '000.00.01.H56',
      organisation: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    });
    expect(v.reason).toBe('Xac nhan tiep nhan ho so');
    expect(v.certificate?.validAtSigning).toBe(true);
    expect(v.signedAt).not.toBeNull();
    // Without the node's CAs the same file is intact but not trusted.
    expect(await verifyPdf(signed)).toMatchObject({ intact: true, trusted: false });
  });

  it('reports a file with one flipped byte inside the signed range as not intact (pdfsig too)', async () => {
    const ctx = { config, db: t.db };
    const signed = await signPdf(ctx, agencyB, await twoPagePdf(), {
      reason: 'Kết quả',
      location: 'Thanh Hóa',
    });
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('Trang 2') >= 0 ? tampered.indexOf('Trang 2') : 200;
    tampered[at] = tampered[at]! ^ 0x01;
    const v = await verifyPdfForNode(ctx, tampered);
    expect(v.signed).toBe(true);
    expect(v.intact).toBe(false);
    expect(v.problems.join(' ')).toMatch(/changed after it was signed/);
    expect(pdfsig(tampered)).not.toContain('Signature is Valid.');
  });

  it('reports an unsigned PDF as not signed, and appended bytes as not covering the file', async () => {
    const ctx = { config, db: t.db };
    const plain = await twoPagePdf();
    expect(await verifyPdfForNode(ctx, plain)).toMatchObject({ signed: false, intact: false });
    const signed = await signPdf(ctx, agencyA, plain, { reason: 'x', location: 'y' });
    const appended = Buffer.concat([signed, Buffer.from('\n% extra\n%%EOF\n')]);
    expect(await verifyPdfForNode(ctx, appended)).toMatchObject({ coversWholeFile: false, intact: false });
  });
});
