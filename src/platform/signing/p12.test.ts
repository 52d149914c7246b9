/** Production keys from PKCS#12 files, the trusted-CA folder, and the development master key file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { ensureAgency } from '../../../test/auth.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { AppError } from '../../errors.ts';
import { loadMasterKey, masterKeyPath, seal, unseal } from './master-key.ts';
import { createDevCa, issueAgencyCert } from './pki.ts';
import { signPdf, verifyPdfForNode } from './signing.service.ts';

let t: TestDb;
let dir: string;
let agencyId: string;

function p12Of(keyDer: Buffer, certPems: string[], passphrase: string): Buffer {
  const key = forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(keyDer.toString('binary')));
  const certs = certPems.map((p) => forge.pki.certificateFromPem(p));
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, certs, passphrase, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

beforeAll(async () => {
  t = await createTestDb();
  dir = mkdtempSync(path.join(tmpdir(), 'motcua-p12-'));
  agencyId = await ensureAgency(t.db, '000.00.07.H56', {
    name: 'Sở Xây dựng tỉnh Thanh Hóa',
    nodeCode: 'H56',
  });
  const ca = await createDevCa('PROD-TEST');
  const cert = await issueAgencyCert(ca, {
    name: 'Sở Xây dựng tỉnh Thanh Hóa',
    code: '000.00.07.H56',
    organisation: 'UBND tỉnh Thanh Hóa',
  });
  writeFileSync(
    path.join(dir, '000.00.07.H56.p12'),
    p12Of(cert.keyDer, [cert.certPem, ca.certPem], 'bí mật'),
  );
  writeFileSync(path.join(dir, 'ca.pem'), ca.certPem);
});

afterAll(async () => {
  await t.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('PKCS#12 signing keys', () => {
  it('signs with the agency P12 file; trusted when its CA is in SIGNING_TRUSTED_CA_DIR', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dir,
      SIGNING_P12_DIR: dir,
      SIGNING_P12_PASSPHRASE: 'bí mật',
      SIGNING_TRUSTED_CA_DIR: dir,
    });
    const doc = await PDFDocument.create();
    doc.addPage();
    const signed = await signPdf({ config, db: t.db }, agencyId, await doc.save(), {
      reason: 'Thử',
      location: 'Thanh Hóa',
    });
    writeFileSync(path.join(dir, 'signed.pdf'), signed);
    expect(spawnSync('pdfsig', [path.join(dir, 'signed.pdf')], { encoding: 'utf8' }).stdout).toContain(
      'Signature Validation: Signature is Valid.',
    );
    const v = await verifyPdfForNode({ config, db: t.db }, signed);
    expect(v).toMatchObject({ intact: true, trusted: true, signer: { agencyCode: '000.00.07.H56' } });
    const untrusted = await verifyPdfForNode(
      { config: { ...config, SIGNING_TRUSTED_CA_DIR: '' }, db: t.db },
      signed,
    );
    expect(untrusted).toMatchObject({ intact: true, trusted: false });
    // No development key was generated.
    expect(await t.db.selectFrom('agencySigningKeys').select('agencyId').execute()).toHaveLength(0);
  });

  it('answers signing-key-unavailable for an agency without a P12 file', async () => {
    const other = await ensureAgency(t.db, '000.00.08.H56', { nodeCode: 'H56' });
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dir,
      SIGNING_P12_DIR: dir,
      SIGNING_P12_PASSPHRASE: 'x',
    });
    const err = await signPdf({ config, db: t.db }, other, new Uint8Array(), {
      reason: 'r',
      location: 'l',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('signing-key-unavailable');
  });
});

describe('master key', () => {
  it('is created once with mode 0600 and seals/unseals keys', () => {
    const own = mkdtempSync(path.join(tmpdir(), 'motcua-master-'));
    try {
      const k = loadMasterKey(own);
      expect(k).toHaveLength(32);
      expect(statSync(masterKeyPath(own)).mode & 0o777).toBe(0o600);
      const sealed = seal(k, Buffer.from('private key'));
      expect(sealed).not.toContain('private');
      expect(unseal(k, sealed).toString()).toBe('private key');
      const parts = sealed.split('.');
      parts[2] = `${parts[2]![0] === 'A' ? 'B' : 'A'}${parts[2]!.slice(1)}`; // another authentication tag
      expect(() => unseal(k, parts.join('.'))).toThrow();
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
