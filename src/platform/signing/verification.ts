/** Domain types of signed documents: the verification report of a PDF and the verification code format. */
import { randomBytes } from 'node:crypto';

export interface PdfVerification {
  /** The PDF carries a signature dictionary. */
  signed: boolean;
  /** Covers the whole file, digest matches and signature verifies: not one byte changed since signing. */
  intact: boolean;
  coversWholeFile: boolean;
  signatureValid: boolean;
  /** The signer certificate chains to a CA this system trusts. */
  trusted: boolean;
  signer: { commonName: string | null; agencyCode: string | null; organisation: string | null } | null;
  certificate: {
    serialNumber: string;
    issuer: string;
    validFrom: string;
    validTo: string;
    validAtSigning: boolean;
  } | null;
  signedAt: string | null;
  reason: string | null;
  subFilter: string | null;
  problems: string[];
}

/** Node's multi-line distinguished name ("C=VN\nO=…\nCN=…") as a map of the last value of each attribute. */
export function parseDistinguishedName(dn: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of dn.split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}

/** Crockford base32 without I, L, O, U. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh 12-character code (60 random bits). */
export function newVerificationCode(): string {
  const bytes = randomBytes(12);
  let s = '';
  for (const b of bytes) s += ALPHABET[b & 31];
  return s;
}

/** XXXX-XXXX-XXXX. */
export function formatVerificationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

/** What a person types → the stored form: case, dashes and spaces ignored, O→0, I/L→1. Undefined when malformed. */
export function parseVerificationCode(input: string): string | undefined {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{12}$/.test(s) ? s : undefined;
}
