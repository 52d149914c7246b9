/** Time-based one-time passwords (RFC 6238) for officers, via otpauth. */
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;

function totpFor(username: string, secretBase32: string): TOTP {
  return new TOTP({
    issuer: 'motcua',
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(username: string, secretBase32: string): string {
  return totpFor(username, secretBase32).toString();
}

/**
 * The time step (unix time / 30 s) a code belongs to, accepting the current step and one either side (clock drift);
 * null for a wrong code. The caller refuses a step at or before the last one used (one use per code).
 */
export function totpStep(username: string, secretBase32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(username, secretBase32).validate({ token: code, window: 1, timestamp: now });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** The code at `at` (ms; default now): tests and the enrolment screen's self-check. */
export function currentTotp(username: string, secretBase32: string, at = Date.now()): string {
  return totpFor(username, secretBase32).generate({ timestamp: at });
}
