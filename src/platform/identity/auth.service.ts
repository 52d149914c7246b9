/** Officer login (password + optional TOTP, under the per-account lockout) and TOTP enrolment. */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { OfficerRow } from './identity.table.ts';
import { guardedAttempt, type LockoutPolicy } from './login-throttle.ts';
import { confirmTotp, findOfficerById, findOfficerByUsername, setTotpPending, useTotpStep } from './officers.repository.ts';
import { burnPasswordCheck, verifyPassword } from './password.ts';
import { createSession, type IssuedSession } from './session.service.ts';
import { newTotpSecret, totpStep, totpUri } from './totp.ts';

/** What a login or a second-factor change needs besides the officer: the lockout policy and the client address. */
export interface LoginGuard {
  lockout: LockoutPolicy;
  ip: string;
}

/**
 * Check user name + password (+ TOTP when enrolled) and open a session. `input.username` is already normalised
 * (`normaliseUsername`, by the route, before its rate limit). Unknown user, wrong password and deactivated officer all
 * give the same `invalid-credentials`, after the same hashing work; every attempt counts towards the name's lockout.
 */
export async function loginOfficer(
  db: Db,
  input: { username: string; password: string; totp?: string | undefined },
  opts: LoginGuard & { ttlHours: number },
): Promise<IssuedSession & { officerId: string }> {
  return guardedAttempt(db, opts.lockout, { username: input.username, ip: opts.ip }, async () => {
    const officer = await findOfficerByUsername(db, input.username);
    if (!officer) {
      await burnPasswordCheck(input.password);
      throw new AppError('invalid-credentials');
    }
    const ok = await verifyPassword(input.password, officer.passwordHash);
    if (!ok || !officer.active) throw new AppError('invalid-credentials');
    if (officer.totpSecret) {
      if (!input.totp) throw new AppError('totp-required');
      await useTotpCode(db, officer, officer.totpSecret, input.totp);
    }
    const session = await createSession(db, { officerId: officer.id }, opts.ttlHours);
    return { ...session, officerId: officer.id };
  });
}

/** Accept a code of `secret` once: `totp-invalid` when wrong, `totp-reused` when its time step was already used. */
async function useTotpCode(db: Db, officer: OfficerRow, secret: string, code: string): Promise<number> {
  const step = totpStep(officer.username, secret, code);
  if (step === null) throw new AppError('totp-invalid');
  if (!(await useTotpStep(db, officer.id, step))) throw new AppError('totp-reused');
  return step;
}

/**
 * Start TOTP enrolment: a fresh secret, pending until confirmed with a code from the authenticator app. Replacing an
 * enrolled second factor needs more than the session: the password or a current code (counted like a login).
 */
export async function enrolTotp(
  db: Db,
  officerId: string,
  proof: { password?: string | undefined; code?: string | undefined },
  guard: LoginGuard,
): Promise<{ otpauthUri: string; secret: string }> {
  const officer = await findOfficerById(db, officerId);
  if (!officer) throw new AppError('not-found');
  const enrolled = officer.totpSecret;
  if (enrolled) {
    if (!proof.password && !proof.code) throw new AppError('reauthentication-required');
    await guardedAttempt(db, guard.lockout, { username: officer.username, ip: guard.ip }, async () => {
      if (proof.code) await useTotpCode(db, officer, enrolled, proof.code);
      else if (!(await verifyPassword(proof.password ?? '', officer.passwordHash))) throw new AppError('invalid-credentials');
    });
  }
  const secret = newTotpSecret();
  await setTotpPending(db, officer.id, secret);
  return { otpauthUri: totpUri(officer.username, secret), secret };
}

export async function confirmTotpEnrolment(db: Db, officerId: string, code: string): Promise<void> {
  const officer = await findOfficerById(db, officerId);
  if (!officer) throw new AppError('not-found');
  if (!officer.totpPendingSecret) throw new AppError('conflict', { detail: 'No TOTP enrolment is pending' });
  const step = totpStep(officer.username, officer.totpPendingSecret, code);
  if (step === null) throw new AppError('totp-invalid');
  await confirmTotp(db, officer.id, officer.totpPendingSecret, step);
}
