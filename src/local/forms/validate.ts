/**
 * Run-time checks of renderer inputs. Callers are typed, but the data comes from JSON and the database, so a
 * renderer first collects every problem (path + message) and throws one AppError('validation-failed') listing
 * them all, before drawing anything.
 */
import { AppError } from '../../errors.ts';
import type { FieldError } from '../../errors.ts';
import { checkPersonalId } from '../../lib/vn-ids.ts';
import { parseVnInstant } from './vn-format.ts';

/** TT01/2018 Art. 19 (kept by TT03 Art. 13 cl. 1): `000.00.06.H56-231027-0361`; the sequence may grow past 4 digits. */
const LOCAL_DOSSIER_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-(\d{6})-\d{4,}$/;
/** TT03 Art. 13 cl. 3 (added by TT04/2025), centralised national services: `MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX`. */
const CENTRAL_DOSSIER_CODE = /^[A-Z]\d{2}\.\d{3}\.\d{2}-(\d{6})-\d{2}\d{4,}$/;
const PROCEDURE_CODE = /^\d\.\d{6}(?:(?:\.\d{3}\.\d{2}\.\d{2})?\.[A-Z]\d{2})?$/;
const PHONE = /^\+?[0-9][0-9 .()-]{6,18}[0-9]$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const PASSPORT = /^[A-Z]{1,2}\d{7,8}$/;
const CMND = /^\d{9}$/;

export function isValidDossierCode(code: string): boolean {
  const m = LOCAL_DOSSIER_CODE.exec(code) ?? CENTRAL_DOSSIER_CODE.exec(code);
  const ymd = m?.[1];
  if (!ymd) return false;
  const mo = Number(ymd.slice(2, 4));
  const d = Number(ymd.slice(4, 6));
  const date = new Date(Date.UTC(2000 + Number(ymd.slice(0, 2)), mo - 1, d));
  return mo >= 1 && mo <= 12 && date.getUTCDate() === d;
}

export function isValidProcedureCode(code: string): boolean {
  return PROCEDURE_CODE.test(code);
}

export class InputChecker {
  readonly errors: FieldError[] = [];

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** A non-blank string of at most `max` characters; `optional` allows undefined/null (but not blank). */
  text(path: string, v: unknown, opts: { max?: number; optional?: boolean } = {}): v is string {
    if (v === undefined || v === null) {
      if (!opts.optional) this.fail(path, 'is required');
      return false;
    }
    if (typeof v !== 'string') return (this.fail(path, 'must be a string'), false);
    if (v.trim() === '') return (this.fail(path, 'must not be blank'), false);
    if (v.length > (opts.max ?? 500))
      return (this.fail(path, `must be at most ${opts.max ?? 500} characters`), false);
    return true;
  }

  instant(path: string, v: unknown, opts: { optional?: boolean } = {}): v is string {
    if (!this.text(path, v, { max: 40, optional: opts.optional })) return false;
    if (!parseVnInstant(v))
      return (
        this.fail(path, 'must be an ISO 8601 instant with an offset, e.g. 2025-04-24T16:00:00+07:00'),
        false
      );
    return true;
  }

  /** `later` must not be before `earlier` (both already checked). */
  order(path: string, earlier: string, later: string): void {
    if (Date.parse(later) < Date.parse(earlier)) this.fail(path, 'must not be before the earlier instant');
  }

  int(path: string, v: unknown, min: number, max: number): void {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
      this.fail(path, `must be an integer from ${min} to ${max}`);
    }
  }

  list(path: string, v: unknown, min: number, max: number): v is unknown[] {
    if (!Array.isArray(v)) return (this.fail(path, 'must be a list'), false);
    if (v.length < min || v.length > max) return (this.fail(path, `must have ${min} to ${max} items`), false);
    return true;
  }

  object(path: string, v: unknown): v is Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return (this.fail(path, 'is required'), false);
    return true;
  }

  oneOf(path: string, v: unknown, allowed: readonly string[]): void {
    if (typeof v !== 'string' || !allowed.includes(v))
      this.fail(path, `must be one of ${allowed.join(', ')}`);
  }

  dossierCode(path: string, v: unknown): void {
    if (this.text(path, v, { max: 40 }) && !isValidDossierCode(v)) {
      this.fail(path, 'must look like 000.00.06.H56-250424-0012 (agency code, YYMMDD, sequence)');
    }
  }

  url(path: string, v: unknown): void {
    if (!this.text(path, v, { max: 500 })) return;
    let ok = false;
    try {
      ok = ['https:', 'http:'].includes(new URL(v).protocol);
    } catch {
      ok = false;
    }
    if (!ok) this.fail(path, 'must be an http(s) URL');
  }

  agency(path: string, v: unknown): void {
    if (!this.object(path, v)) return;
    this.text(`${path}.agencyName`, v.agencyName, { max: 200 });
    this.text(`${path}.unitName`, v.unitName, { max: 200 });
    this.text(`${path}.place`, v.place, { max: 100 });
  }

  applicant(path: string, v: unknown): void {
    if (!this.object(path, v)) return;
    this.text(`${path}.name`, v.name, { max: 200 });
    this.text(`${path}.address`, v.address, { max: 500, optional: true });
    const id = v.personalId;
    if (this.text(`${path}.personalId`, id, { max: 20, optional: true })) {
      const check = /^\d{12}$/.test(id) ? checkPersonalId(id) : undefined;
      if (check && !check.ok) this.fail(`${path}.personalId`, check.reason);
      if (!check && !CMND.test(id) && !PASSPORT.test(id)) {
        this.fail(
          `${path}.personalId`,
          'must be a 12-digit personal ID, a 9-digit CMND or a passport number',
        );
      }
    }
    if (this.text(`${path}.phone`, v.phone, { max: 20, optional: true }) && !PHONE.test(v.phone)) {
      this.fail(`${path}.phone`, 'is not a phone number');
    }
    if (this.text(`${path}.email`, v.email, { max: 254, optional: true }) && !EMAIL.test(v.email)) {
      this.fail(`${path}.email`, 'is not an e-mail address');
    }
  }

  procedure(path: string, v: unknown): void {
    if (!this.object(path, v)) return;
    if (this.text(`${path}.code`, v.code, { max: 40 }) && !isValidProcedureCode(v.code)) {
      this.fail(`${path}.code`, 'must be a procedure code such as 1.001193 or 1.001193.000.00.00.H56');
    }
    this.text(`${path}.name`, v.name, { max: 1000 });
  }

  officer(path: string, v: unknown): void {
    if (!this.object(path, v)) return;
    this.text(`${path}.name`, v.name, { max: 200 });
    this.text(`${path}.title`, v.title, { max: 200, optional: true });
  }

  signer(path: string, v: unknown): void {
    if (!this.object(path, v)) return;
    if (this.list(`${path}.positionLines`, v.positionLines, 1, 4)) {
      v.positionLines.forEach((l, i) => this.text(`${path}.positionLines[${i}]`, l, { max: 100 }));
    }
    this.text(`${path}.name`, v.name, { max: 200 });
  }

  /** Throw AppError('validation-failed') listing every problem, if any. */
  done(form: string): void {
    if (this.errors.length === 0) return;
    throw new AppError('validation-failed', {
      detail: `Form ${form}: ${this.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
      errors: this.errors,
    });
  }
}
