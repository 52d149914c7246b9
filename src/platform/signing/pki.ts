/**
 * Development PKI with @peculiar/x509 over WebCrypto (stack.md §2.8): a self-signed root per node
 * ("motcua DEV CA — <node>") and per-agency organisational certificates (RSA-2048, SHA-256, KeyUsage
 * digitalSignature + nonRepudiation) whose subject carries the agency name (UTF-8, NFC), its parent agency or
 * province (O), its electronic code (OU) and C=VN.
 */
import 'reflect-metadata';
import { createHash, randomBytes, webcrypto } from 'node:crypto';

type CryptoKeyPair = webcrypto.CryptoKeyPair;
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto);

const ALG = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;

const YEAR_MS = 365.25 * 24 * 3600_000;

export interface IssuedCert {
  certPem: string;
  /** PKCS#8 DER of the private key. */
  keyDer: Buffer;
  serialNumber: string;
  fingerprint: string;
  subject: string;
  notAfter: string;
}

function serial(): string {
  const b = randomBytes(16);
  b[0] = 0x10 | (b[0]! & 0x6f); // positive INTEGER, no leading zero byte
  return b.toString('hex');
}

export function fingerprintOfPem(pem: string): string {
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return createHash('sha256').update(der).digest('hex');
}

async function finish(
  cert: x509.X509Certificate,
  keys: CryptoKeyPair,
  serialNumber: string,
): Promise<IssuedCert> {
  const pem = cert.toString('pem');
  return {
    certPem: pem,
    keyDer: Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
    serialNumber,
    fingerprint: fingerprintOfPem(pem),
    subject: cert.subject,
    notAfter: cert.notAfter.toISOString(),
  };
}

/** A development root CA for one node, valid 20 years. */
export async function createDevCa(nodeCode: string, now = new Date()): Promise<IssuedCert> {
  const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
  const serialNumber = serial();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber,
    name: [
      { C: ['VN'] },
      { O: ['motcua — MÔI TRƯỜNG PHÁT TRIỂN (DEVELOPMENT, NOT FOR PRODUCTION)'] },
      { CN: [`motcua DEV CA — ${nodeCode}`.normalize('NFC')] },
    ],
    notBefore: new Date(now.getTime() - 3600_000),
    notAfter: new Date(now.getTime() + 20 * YEAR_MS),
    signingAlgorithm: ALG,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return finish(cert, keys, serialNumber);
}

export interface AgencySubject {
  name: string;
  code: string;
  /** Parent agency or province name (O). */
  organisation: string;
}

/** An organisational signing certificate for an agency, issued by `ca`, valid 3 years. */
export async function issueAgencyCert(
  ca: { certPem: string; keyDer: Buffer },
  agency: AgencySubject,
  now = new Date(),
): Promise<IssuedCert> {
  const caCert = new x509.X509Certificate(ca.certPem);
  const caKey = await webcrypto.subtle.importKey('pkcs8', ca.keyDer, ALG, false, ['sign']);
  const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
  const serialNumber = serial();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber,
    subject: [
      { C: ['VN'] },
      { O: [agency.organisation.normalize('NFC')] },
      { OU: [agency.code] },
      { CN: [agency.name.normalize('NFC')] },
    ],
    issuer: caCert.subject,
    notBefore: new Date(now.getTime() - 3600_000),
    notAfter: new Date(now.getTime() + 3 * YEAR_MS),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey,
    signingKey: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert),
    ],
  });
  return finish(cert, keys, serialNumber);
}
