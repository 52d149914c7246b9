/**
 * Dossier codes (MaHoSo) accepted on import, on sync and by the DVCQG-compatible API, and nothing else:
 *
 * | kind | shape | example |
 * |---|---|---|
 * | `standard` | `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-NNNN` (the agency's electronic code, the day, 4 digits) | `000.00.06.H56-250901-0005` |
 * | `recoded` | the same with 5 digits (the national portal's re-coding) | `000.00.06.H56-250901-00005` |
 * | `legacy-six-digit` | the same with a 6-digit daily sequence (older one-stop systems) | `000.00.01.H49-240101-000123` |
 * | `legacy-short-agency` | `MX1X2.NN-YYMMDD-` 4 to 6 digits: the body's code and a two-digit unit (older provincial systems) | `H21.65-220914-0011` |
 *
 * In every kind `YYMMDD` is a real calendar date (20YY) and the sequence is not all zeros; letters are upper case;
 * no spaces, no other separators. A legacy code is kept verbatim: it is never rewritten into the standard shape.
 * Its owner is the body `MX1X2` (for a short code, the body's root agency `000.00.00.MX1X2`).
 */
import { isValidAgencyCode } from './vn-ids.ts';

export type DossierCodeKind = 'standard' | 'recoded' | 'legacy-six-digit' | 'legacy-short-agency';

export interface DossierCodeParts {
  kind: DossierCodeKind;
  /** The agency the code names: its electronic code, or for a short legacy code the body's root `000.00.00.MX1X2`. */
  agencyCode: string;
  /** The body `MX1X2` (province, ministry) the code belongs to. */
  body: string;
  /** The day of the code, `YYYY-MM-DD`. */
  day: string;
  seq: number;
}

/** The longest accepted code (a 13-character agency code, the day and 6 digits). */
export const DOSSIER_CODE_MAX_LENGTH = 27;

const FULL = /^(\d{3}\.\d{2}\.\d{2}\.([A-Z]\d{2}))-(\d{2})(\d{2})(\d{2})-(\d{4,6})$/;
const SHORT = /^(([A-Z]\d{2})\.\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4,6})$/;

function realDay(yy: string, mm: string, dd: string): string | undefined {
  const day = `20${yy}-${mm}-${dd}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : undefined;
}

/** The parts of an accepted dossier code, or undefined for anything else. */
export function parseDossierCode(code: string): DossierCodeParts | undefined {
  if (typeof code !== 'string' || code.length > DOSSIER_CODE_MAX_LENGTH) return undefined;
  const full = FULL.exec(code);
  const m = full ?? SHORT.exec(code);
  if (!m) return undefined;
  if (full && !isValidAgencyCode(m[1]!)) return undefined;
  const day = realDay(m[3]!, m[4]!, m[5]!);
  const digits = m[6]!;
  const seq = Number(digits);
  if (!day || seq < 1) return undefined;
  const body = m[2]!;
  if (!full) return { kind: 'legacy-short-agency', agencyCode: `000.00.00.${body}`, body, day, seq };
  const kind: DossierCodeKind = digits.length === 4 ? 'standard' : digits.length === 5 ? 'recoded' : 'legacy-six-digit';
  return { kind, agencyCode: m[1]!, body, day, seq };
}

export function isAcceptedDossierCode(code: unknown): code is string {
  return typeof code === 'string' && parseDossierCode(code) !== undefined;
}

/** The kinds kept from older systems (accepted, tracked by their own code, never issued by motcua). */
export function isLegacyDossierCode(code: string): boolean {
  const k = parseDossierCode(code)?.kind;
  return k === 'legacy-six-digit' || k === 'legacy-short-agency';
}
