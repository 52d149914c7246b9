/**
 * The message check code ("mã kiểm tra tin nhắn") every e-mail and SMS carries: 8 random characters of Crockford
 * base32 (no I, L, O, U; 40 bits), printed as XXXX-XXXX, unique per sending system, stored with the message. A
 * person checks a message they received on the portal's "Kiểm tra tin nhắn" page by typing the code or pasting the
 * whole message; a scammer cannot produce a code the system knows.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CHECK_CODE_LENGTH = 8;
/** The label printed before the code (Vietnamese and English). */
export const CHECK_LABEL_VI = 'Mã kiểm tra tin nhắn';
export const CHECK_LABEL_EN = 'Message check code';
/** The public page where a message is checked (on the portal). */
export const CHECK_PAGE_PATH = '/kiem-tra-tin-nhan';

/** A fresh 8-character code (stored form, no dash). */
export function newCheckCode(): string {
  let s = '';
  for (const b of randomBytes(CHECK_CODE_LENGTH)) s += ALPHABET[b & 31];
  return s;
}

/** XXXX-XXXX. */
export function formatCheckCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person types → the stored form: case, dashes and spaces ignored, O→0, I/L→1. Undefined when malformed. */
export function parseCheckCode(input: string): string | undefined {
  const s = input.toUpperCase().replace(/[\s\-–—.]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(s) ? s : undefined;
}

const CHAR = '[0-9A-Za-z]';
/** The code after its label ("Mã kiểm tra tin nhắn: K7QM-2XPA", "Message check code K7QM 2XPA", "Mã KT: …"). */
const LABELLED = new RegExp(
  `(?:m[ãa]\\s*ki[ểe]m\\s*tra(?:\\s*tin\\s*nh[ắa]n)?|m[ãa]\\s*kt|check\\s*code|message\\s*check\\s*code)\\s*[:：]?\\s*(${CHAR}{4}[\\s\\-–—]?${CHAR}{4})(?!${CHAR})`,
  'iu',
);
/** A stand-alone XXXX-XXXX token (not part of a longer code such as a dossier code). */
const TOKEN = new RegExp(`(?<![0-9A-Za-z.\\-/])(${CHAR}{4}-${CHAR}{4})(?![0-9A-Za-z\\-/.]?[0-9A-Za-z])`, 'gu');

/**
 * The check code in what a person typed or pasted: the input itself when it is just a code; else the code after
 * its label; else the only stand-alone XXXX-XXXX token. Undefined when there is none (or several unlabelled ones).
 */
export function extractCheckCode(input: string): string | undefined {
  const text = input.normalize('NFC').trim();
  if (text.length <= 12) {
    const bare = parseCheckCode(text);
    if (bare) return bare;
  }
  const labelled = LABELLED.exec(text)?.[1];
  const fromLabel = labelled ? parseCheckCode(labelled) : undefined;
  if (fromLabel) return fromLabel;
  const tokens = [...new Set([...text.matchAll(TOKEN)].map((m) => parseCheckCode(m[1]!)).filter((c) => c !== undefined))];
  return tokens.length === 1 ? tokens[0] : undefined;
}

/** a***@example.vn / 091****678: enough for the person to recognise their own address, no more. */
export function maskRecipient(channel: 'email' | 'sms', recipient: string): string {
  if (channel === 'sms') return recipient.length >= 7 ? `${recipient.slice(0, 3)}****${recipient.slice(-3)}` : '****';
  const at = recipient.lastIndexOf('@');
  if (at < 1) return '***';
  return `${recipient[0]}***${recipient.slice(at)}`;
}

/**
 * A dossier code in a fixed shape: the agency part and the last two characters are kept, the day and most of the
 * number are hidden (000.00.06.H56-******-**01), so a code cannot be rebuilt from a checked message.
 */
export function maskDossierCode(code: string): string {
  const m = /^(.+)-(\d{6})-(\d+)$/.exec(code);
  if (m) return `${m[1]}-******-**${m[3]!.slice(-2)}`;
  return code.length <= 4 ? '****' : `${code.slice(0, Math.min(4, code.length - 4))}******${code.slice(-2)}`;
}
