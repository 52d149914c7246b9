/**
 * Check the last signature of a PDF without trusting the file: the signature dictionary's ByteRange must cover
 * the whole file but the /Contents hole; the CMS SignedData's messageDigest must equal the digest of those
 * bytes; the signer's RSA/ECDSA signature over the signed attributes must verify with the certificate in the
 * CMS; and the certificate must chain (signatures checked) to one of the trusted CA certificates.
 */
import { createHash, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { bytesOf, children, fromDer, isContext, isUniversal, toDerBuffer, type Asn1 } from './asn1.ts';
import { parseDistinguishedName, type PdfVerification } from './verification.ts';

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const;
const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.3.14.3.2.26': 'sha1',
};

const kids = children;
const oidOf = (n: Asn1 | undefined): string => (bytesOf(n) ? forge.asn1.derToOid(bytesOf(n)) : '');
const der = toDerBuffer;

function unsigned(reason: string, extra: Partial<PdfVerification> = {}): PdfVerification {
  return {
    signed: false,
    intact: false,
    coversWholeFile: false,
    signatureValid: false,
    trusted: false,
    signer: null,
    certificate: null,
    signedAt: null,
    reason: null,
    subFilter: null,
    problems: [reason],
    ...extra,
  };
}

function pdfLiteral(dict: string, key: string): string | null {
  const m = new RegExp(`/${key}\\s*\\(((?:\\\\.|[^\\\\)])*)\\)`).exec(dict);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : null;
}

interface ParsedCms {
  digestAlg: string;
  messageDigest: Buffer | null;
  signingTime: Date | null;
  signedAttrs: Buffer;
  signature: Buffer;
  serialHex: string;
  certs: X509Certificate[];
}

function parseCms(bytes: Buffer): ParsedCms {
  const root = fromDer(bytes.toString('binary'));
  const [typeOid, wrapped] = kids(root);
  if (oidOf(typeOid) !== OID.signedData) throw new Error('The signature is not CMS SignedData');
  const sd = kids(wrapped)[0];
  const parts = kids(sd);
  const certs: X509Certificate[] = [];
  let signerInfos: Asn1 | undefined;
  for (const p of parts.slice(3)) {
    if (isContext(p, 0)) {
      for (const c of kids(p)) certs.push(new X509Certificate(der(c)));
    } else if (isUniversal(p, forge.asn1.Type.SET)) signerInfos = p;
  }
  const si = kids(signerInfos)[0];
  if (!si) throw new Error('The CMS has no signer');
  const [, sid, digestAlgId, ...rest] = kids(si);
  const serialNode = kids(sid)[1];
  const serialHex = Buffer.from(bytesOf(serialNode), 'binary')
    .toString('hex')
    .replace(/^0+(?=.)/, '');
  const attrsNode = rest.find((n) => isContext(n, 0));
  const sigNode = rest.find((n) => isUniversal(n, forge.asn1.Type.OCTETSTRING));
  if (!attrsNode || !sigNode) throw new Error('The CMS signer has no signed attributes');
  let messageDigest: Buffer | null = null;
  let signingTime: Date | null = null;
  for (const attr of kids(attrsNode)) {
    const [t, values] = kids(attr);
    const v = kids(values)[0];
    if (oidOf(t) === OID.messageDigest && bytesOf(v)) messageDigest = Buffer.from(bytesOf(v), 'binary');
    if (oidOf(t) === OID.signingTime && bytesOf(v)) {
      signingTime = isUniversal(v, forge.asn1.Type.UTCTIME)
        ? forge.asn1.utcTimeToDate(bytesOf(v))
        : forge.asn1.generalizedTimeToDate(bytesOf(v));
    }
  }
  const signedAttrs = der(attrsNode);
  signedAttrs[0] = 0x31; // [0] IMPLICIT → SET OF, as signed (RFC 5652 §5.4)
  return {
    digestAlg: DIGESTS[oidOf(kids(digestAlgId)[0])] ?? '',
    messageDigest,
    signingTime,
    signedAttrs,
    signature: Buffer.from(bytesOf(sigNode), 'binary'),
    serialHex,
    certs,
  };
}

/** Does `leaf` chain (verified signatures, CA flags) to one of `roots` through `pool`? */
function chainsTo(leaf: X509Certificate, pool: X509Certificate[], roots: X509Certificate[]): boolean {
  let cur = leaf;
  for (let depth = 0; depth < 6; depth++) {
    const root = roots.find((r) => cur.checkIssued(r) && cur.verify(r.publicKey));
    if (root) return true;
    const next = pool.find((c) => c !== cur && c.ca && cur.checkIssued(c) && cur.verify(c.publicKey));
    if (!next) return false;
    cur = next;
  }
  return false;
}

export async function verifyPdf(
  input: Uint8Array,
  trustedCaPems: readonly string[] = [],
): Promise<PdfVerification> {
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const text = buf.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges[ranges.length - 1];
  if (!last) return unsigned('The PDF has no signature');
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  const dictStart = text.lastIndexOf('<<', last.index);
  const dictEnd = text.indexOf('endobj', c);
  const dict = text.slice(dictStart, dictEnd < 0 ? c + 2000 : dictEnd);
  const base = {
    signed: true,
    reason: pdfLiteral(dict, 'Reason'),
    subFilter: /\/SubFilter\s*\/([\w.]+)/.exec(dict)?.[1] ?? null,
  };
  if (c > buf.length || buf[b] !== 0x3c || buf[c - 1] !== 0x3e || a !== 0 || b <= a) {
    return unsigned('The signature ByteRange does not match the file', { ...base, signed: true });
  }
  const coversWholeFile = c + d === buf.length;
  const problems: string[] = [];
  if (!coversWholeFile)
    problems.push('The signature does not cover the whole file (bytes were added after signing)');
  let cms: ParsedCms;
  try {
    cms = parseCms(Buffer.from(text.slice(b + 1, c - 1).replace(/\s+/g, ''), 'hex'));
  } catch (err) {
    return unsigned(
      `The signature cannot be read: ${err instanceof Error ? err.message : String(err)}`,
      base,
    );
  }
  const leaf = cms.certs.find((x) => x.serialNumber.toLowerCase().replace(/^0+(?=.)/, '') === cms.serialHex);
  let digestOk = false;
  let signatureValid = false;
  if (!cms.digestAlg) problems.push('Unknown digest algorithm');
  else {
    const h = createHash(cms.digestAlg);
    h.update(buf.subarray(a, a + b));
    h.update(buf.subarray(c, c + d));
    digestOk = !!cms.messageDigest && h.digest().equals(cms.messageDigest);
    if (!digestOk) problems.push('The document was changed after it was signed (digest mismatch)');
  }
  if (!leaf) problems.push('The signer certificate is not in the signature');
  else {
    try {
      signatureValid = cryptoVerify(
        cms.digestAlg || 'sha256',
        cms.signedAttrs,
        leaf.publicKey,
        cms.signature,
      );
    } catch {
      signatureValid = false;
    }
    if (!signatureValid) problems.push('The signature does not verify with the signer certificate');
  }
  const roots = trustedCaPems.map((p) => new X509Certificate(p));
  const trusted = !!leaf && signatureValid && chainsTo(leaf, cms.certs, roots);
  if (leaf && !trusted) problems.push('The signer certificate does not chain to a CA this system trusts');
  const signedAt = cms.signingTime?.toISOString() ?? null;
  const subject = leaf ? parseDistinguishedName(leaf.subject) : {};
  const validFrom = leaf ? new Date(leaf.validFrom).toISOString() : null;
  const validTo = leaf ? new Date(leaf.validTo).toISOString() : null;
  return {
    ...base,
    intact: coversWholeFile && digestOk && signatureValid,
    coversWholeFile,
    signatureValid: digestOk && signatureValid,
    trusted,
    signer: leaf
      ? { commonName: subject.CN ?? null, agencyCode: subject.OU ?? null, organisation: subject.O ?? null }
      : null,
    certificate:
      leaf && validFrom && validTo
        ? {
            serialNumber: leaf.serialNumber,
            issuer: parseDistinguishedName(leaf.issuer).CN ?? leaf.issuer,
            validFrom,
            validTo,
            validAtSigning: !!signedAt && signedAt >= validFrom && signedAt <= validTo,
          }
        : null,
    signedAt,
    problems,
  };
}
