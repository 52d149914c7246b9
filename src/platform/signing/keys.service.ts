/**
 * The signing key of an agency. Production: `SIGNING_P12_DIR/<agency-code>.p12` unlocked with
 * SIGNING_P12_PASSPHRASE. Development (no P12 folder): a per-node DEV CA and a per-agency certificate generated
 * at first use and stored in PostgreSQL, private keys sealed with the node's master secret (MASTER_KEY, shared by
 * every process; `master-key.ts`), so a key made by one process signs in every other. Two processes
 * asking at once may both generate, but the unique constraints keep one and both sign with the stored one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { KeyDocumentSigner, type DocumentSigner } from './document-signer.ts';
import {
  agencyForCertificate,
  findAgencyKey,
  findCaById,
  findNodeCa,
  insertAgencyKeyIfAbsent,
  insertNodeCaIfAbsent,
  listTrustedCaPems,
} from './keys.repository.ts';
import { masterKeyOf, seal, unseal } from './master-key.ts';
import { createDevCa, issueAgencyCert } from './pki.ts';

export interface SigningContext {
  config: Config;
  db: Kysely<Database>;
}

const signers = new Map<string, KeyDocumentSigner>();

async function nodeCa(ctx: SigningContext, nodeCode: string) {
  let ca = await findNodeCa(ctx.db, nodeCode);
  if (!ca) {
    const made = await createDevCa(nodeCode);
    await insertNodeCaIfAbsent(ctx.db, {
      nodeCode,
      subject: made.subject,
      fingerprint: made.fingerprint,
      certPem: made.certPem,
      keyEnc: seal(masterKeyOf(ctx.config), made.keyDer),
    });
    ca = await findNodeCa(ctx.db, nodeCode);
  }
  if (!ca?.keyEnc)
    throw new AppError('signing-key-unavailable', { detail: `No CA key for node ${nodeCode}` });
  return ca;
}

async function devAgencyKey(ctx: SigningContext, agencyId: string) {
  const existing = await findAgencyKey(ctx.db, agencyId);
  if (existing) return existing;
  const agency = await agencyForCertificate(ctx.db, agencyId);
  if (!agency) throw new AppError('agency-not-found');
  const ca = await nodeCa(ctx, agency.nodeCode);
  const master = masterKeyOf(ctx.config);
  const made = await issueAgencyCert(
    { certPem: ca.certPem, keyDer: unseal(master, ca.keyEnc!) },
    { name: agency.name, code: agency.code, organisation: agency.organisation ?? agency.name },
  );
  await insertAgencyKeyIfAbsent(ctx.db, {
    agencyId,
    caId: ca.id,
    serialNumber: made.serialNumber,
    fingerprint: made.fingerprint,
    certPem: made.certPem,
    keyEnc: seal(master, made.keyDer),
    notAfter: made.notAfter,
  });
  const stored = await findAgencyKey(ctx.db, agencyId);
  if (!stored) throw new AppError('signing-key-unavailable');
  return stored;
}

/** Read a PKCS#12 file: the key (PKCS#8 DER), its certificate and the other certificates as the chain. */
export function readP12(
  bytes: Buffer,
  passphrase: string,
): { keyDer: Buffer; certPem: string; chainPems: string[] } {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytes.toString('binary')), false, passphrase);
  const keyBag =
    p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!]?.[0] ??
    p12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!]?.[0];
  const key = keyBag?.key;
  if (!key) throw new Error('The PKCS#12 file holds no private key');
  const certs = (p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [])
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => !!c);
  const leaf = certs.find((c) => (c.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n));
  if (!leaf) throw new Error('The PKCS#12 file holds no certificate for its key');
  const keyDer = Buffer.from(
    forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))).getBytes(),
    'binary',
  );
  return {
    keyDer,
    certPem: forge.pki.certificateToPem(leaf),
    chainPems: certs.filter((c) => c !== leaf).map((c) => forge.pki.certificateToPem(c)),
  };
}

async function p12Signer(ctx: SigningContext, agencyId: string): Promise<KeyDocumentSigner> {
  const agency = await agencyForCertificate(ctx.db, agencyId);
  if (!agency) throw new AppError('agency-not-found');
  const file = path.resolve(ctx.config.SIGNING_P12_DIR, `${agency.code}.p12`);
  const cached = signers.get(file);
  if (cached) return cached;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new AppError('signing-key-unavailable', { detail: `No PKCS#12 file for agency ${agency.code}` });
  }
  const p = readP12(bytes, ctx.config.SIGNING_P12_PASSPHRASE);
  const signer = new KeyDocumentSigner(p.keyDer, { certPem: p.certPem, chainPems: p.chainPems }, agency.name);
  signers.set(file, signer);
  return signer;
}

/** The signer of an agency (generated at first use in development); `signing-disabled` when SIGNING_DISABLED. */
export async function agencySigner(ctx: SigningContext, agencyId: string): Promise<DocumentSigner> {
  if (ctx.config.SIGNING_DISABLED)
    throw new AppError('signing-disabled', { detail: 'SIGNING_DISABLED=true: this system signs no documents' });
  if (ctx.config.SIGNING_P12_DIR) return p12Signer(ctx, agencyId);
  const row = await devAgencyKey(ctx, agencyId);
  const cached = signers.get(row.fingerprint);
  if (cached) return cached;
  const ca = await findCaById(ctx.db, row.caId);
  const agency = await agencyForCertificate(ctx.db, agencyId);
  const signer = new KeyDocumentSigner(
    unseal(masterKeyOf(ctx.config), row.keyEnc),
    { certPem: row.certPem, chainPems: ca ? [ca.certPem] : [] },
    agency?.name ?? '',
  );
  signers.set(row.fingerprint, signer);
  return signer;
}

/** Every CA this node trusts: its development node CAs and the PEM files of SIGNING_TRUSTED_CA_DIR. */
export async function trustedCaPems(ctx: SigningContext): Promise<string[]> {
  const pems = (await listTrustedCaPems(ctx.db)).map((r) => r.certPem);
  const dir = ctx.config.SIGNING_TRUSTED_CA_DIR;
  if (dir) {
    for (const f of readdirSync(dir)
      .filter((n) => /\.(pem|crt)$/i.test(n))
      .sort()) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      pems.push(...(text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []));
    }
  }
  return pems;
}
