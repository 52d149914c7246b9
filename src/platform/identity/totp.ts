/** Time-based one-time passwords (RFC 6238) for officers, via otpauth. */
import { Secret, TOTP } from 'otpauth';

function totpFor(username: string, secretBase32: string): TOTP {
  return new TOTP({
    issuer: 'motcua',
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(username: string, secretBase32: string): string {
  return totpFor(username, secretBase32).toString();
}

/** Accepts the current code and one step either side (clock drift). */
export function checkTotp(username: string, secretBase32: string, code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpFor(username, secretBase32).validate({ token: code, window: 1 }) !== null;
}

/** The current code (tests and the enrolment screen's self-check). */
export function currentTotp(username: string, secretBase32: string): string {
  return totpFor(username, secretBase32).generate();
}
