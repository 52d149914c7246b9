/** Officer login (password + optional TOTP) and TOTP enrolment. */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { confirmTotp, findOfficerById, findOfficerByUsername, setTotpPending } from './officers.repository.ts';
import { burnPasswordCheck, verifyPassword } from './password.ts';
import { createSession, type IssuedSession } from './session.service.ts';
import { checkTotp, newTotpSecret, totpUri } from './totp.ts';

/**
 * Check user name + password (+ TOTP when enrolled) and open a session. Unknown user, wrong password and
 * deactivated officer all give the same `invalid-credentials`, after the same hashing work.
 */
export async function loginOfficer(
  db: Db,
  input: { username: string; password: string; totp?: string | undefined },
  ttlHours: number,
): Promise<IssuedSession & { officerId: string }> {
  const officer = await findOfficerByUsername(db, input.username.trim().toLowerCase());
  if (!officer) {
    await burnPasswordCheck(input.password);
    throw new AppError('invalid-credentials');
  }
  const ok = await verifyPassword(input.password, officer.passwordHash);
  if (!ok || !officer.active) throw new AppError('invalid-credentials');
  if (officer.totpSecret) {
    if (!input.totp) throw new AppError('totp-required');
    if (!checkTotp(officer.username, officer.totpSecret, input.totp)) throw new AppError('totp-invalid');
  }
  const session = await createSession(db, { officerId: officer.id }, ttlHours);
  return { ...session, officerId: officer.id };
}

/** Start TOTP enrolment: a fresh secret, pending until confirmed with a code from the authenticator app. */
export async function enrolTotp(db: Db, officerId: string): Promise<{ otpauthUri: string; secret: string }> {
  const officer = await findOfficerById(db, officerId);
  if (!officer) throw new AppError('not-found');
  const secret = newTotpSecret();
  await setTotpPending(db, officer.id, secret);
  return { otpauthUri: totpUri(officer.username, secret), secret };
}

export async function confirmTotpEnrolment(db: Db, officerId: string, code: string): Promise<void> {
  const officer = await findOfficerById(db, officerId);
  if (!officer) throw new AppError('not-found');
  if (!officer.totpPendingSecret) throw new AppError('conflict', { detail: 'No TOTP enrolment is pending' });
  if (!checkTotp(officer.username, officer.totpPendingSecret, code)) throw new AppError('totp-invalid');
  await confirmTotp(db, officer.id, officer.totpPendingSecret);
}
