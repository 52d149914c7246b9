/**
 * Counter consent with proof of presence (issue 12 item 8). A one-stop officer cannot record on their own that
 * the person at the counter consents: the portal sends a one-time code to the person's registered contact (the
 * phone and e-mail the national e-ID reports, kept on the portal's account — never an address the officer gives),
 * and the consent exists only once that code, read out by the person, is typed in at the counter. The code is kept
 * as a hash, expires after CODE_TTL_SECONDS, allows CODE_ATTEMPTS tries and is used once; at most
 * CHALLENGES_PER_HOUR codes are sent per person. The portal generates, sends and checks the code, so a local
 * system (and its officers) never sees it except as the person reads it out. Each step is written to the owner's
 * access log (what = 'consent'): the code sent, each wrong code, the consent given.
 */
import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { AppError, type ErrorCode } from '../../errors.ts';
import type { PortConsentChallenge, PortCounterConsentRequest, PortRequester } from '../../federation/warehouse-port.ts';
import { findRegisteredContact } from '../../platform/accounts/accounts.repository.ts';
import { CONSENT_CODE_TEMPLATE, type ConsentCodeParams } from '../../platform/notifications/consent-code.ts';
import { isEmail, normalisePhone } from '../../platform/notifications/notifications.service.ts';
import { insertOutbox } from '../../platform/notifications/outbox.repository.ts';
import { findOpenAgency } from '../../platform/reference/agency.repository.ts';
import {
  countRecentChallenges,
  countWrongAttempt,
  insertChallenge,
  isChallengeExpired,
  lockChallenge,
  markChallengeUsed,
} from './consent-challenge.repository.ts';
import { insertAccessLog, insertConsent, type NewAccessLog, type Tx } from './warehouse.repository.ts';
import type { WarehouseConsentChallengeRow } from './warehouse.table.ts';
import { checkOwner } from './warehouse.ts';

export const CODE_TTL_SECONDS = 600;
export const CODE_ATTEMPTS = 5;
export const CHALLENGES_PER_HOUR = 5;

function hashCode(challengeId: string, code: string): string {
  return createHash('sha256').update(`motcua-counter-consent:${challengeId}:${code}`).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** '0912345678' → '091****678'; 'le.van@x.vn' → 'l*****@x.vn'. */
export function maskPhone(p: string): string {
  return `${p.slice(0, 3)}${'*'.repeat(Math.max(p.length - 6, 0))}${p.slice(-3)}`;
}
export function maskEmail(e: string): string {
  const at = e.lastIndexOf('@');
  const local = e.slice(0, at);
  return `${local.slice(0, 1)}${'*'.repeat(Math.max(local.length - 1, 3))}${e.slice(at)}`;
}

function assertCounterOfficer(by: PortRequester): asserts by is PortRequester & { agencyCode: string } {
  if (by.kind !== 'officer' || !by.agencyCode)
    throw new AppError('forbidden', { detail: 'A counter consent is asked by a one-stop officer' });
}

type Logged = Pick<NewAccessLog, 'requesterKind' | 'requesterId' | 'requesterName' | 'agencyCode'>;

function consentLog(c: WarehouseConsentChallengeRow, by: Logged, outcome: 'ok' | 'refused', reason: string | null, consentId: string | null): NewAccessLog {
  return {
    ownerId: c.ownerId,
    documentId: null,
    ...by,
    dossierRef: c.dossierRef,
    dossierCode: null,
    purpose: c.purpose,
    consentId,
    legalBasis: null,
    what: 'consent',
    outcome,
    reason,
  };
}

/**
 * Send a code to the owner's registered contact and keep the pending consent. 409 `counter-consent-no-contact`
 * when the owner has no account with a phone or e-mail; 429 `counter-consent-too-many-requests` past the limit.
 */
export async function requestCounterConsent(db: Db, input: PortCounterConsentRequest): Promise<PortConsentChallenge> {
  const owner = checkOwner(input.owner);
  const by = input.requestedBy;
  assertCounterOfficer(by);
  if (!input.purpose.trim() || !input.dossierRef.trim())
    throw new AppError('validation-failed', { errors: [{ path: '/purpose', message: 'a purpose and a reception are required' }] });
  const contact = await findRegisteredContact(db, owner.kind, owner.id);
  const phone = contact?.phone ? normalisePhone(contact.phone) : null;
  const email = contact?.email && isEmail(contact.email) ? contact.email : null;
  if (!phone && !email) throw new AppError('counter-consent-no-contact');
  const agency = await findOpenAgency(db, input.agencyCode);
  const id = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(Date.now() + CODE_TTL_SECONDS * 1000).toISOString();
  return db.transaction().execute(async (tx) => {
    if ((await countRecentChallenges(tx, owner.id, 3600)) >= CHALLENGES_PER_HOUR) throw new AppError('counter-consent-too-many-requests');
    const row = await insertChallenge(tx, {
      id,
      ownerKind: owner.kind,
      ownerId: owner.id,
      dossierRef: input.dossierRef,
      agencyCode: input.agencyCode,
      purpose: input.purpose.normalize('NFC'),
      requestedByKind: by.kind,
      requestedById: by.id,
      requestedByName: by.name,
      codeHash: hashCode(id, code),
      expiresAt,
    });
    const params: ConsentCodeParams = { consentCode: code, agencyCode: input.agencyCode, agencyName: agency?.name ?? null, officerName: by.name, expiresAt };
    const sentTo: PortConsentChallenge['sentTo'] = [];
    if (phone) {
      await insertOutbox(tx, { channel: 'sms', recipient: phone, template: CONSENT_CODE_TEMPLATE, params, dossierId: null });
      sentTo.push({ channel: 'sms', to: maskPhone(phone) });
    }
    if (email) {
      await insertOutbox(tx, { channel: 'email', recipient: email, template: CONSENT_CODE_TEMPLATE, params, dossierId: null });
      sentTo.push({ channel: 'email', to: maskEmail(email) });
    }
    const who = { requesterKind: 'officer' as const, requesterId: by.id, requesterName: by.name, agencyCode: by.agencyCode };
    await insertAccessLog(tx, [consentLog(row, who, 'ok', 'counter-code-sent', null)]);
    return { challengeId: id, dossierRef: row.dossierRef, expiresAt, attemptsLeft: CODE_ATTEMPTS, sentTo };
  });
}

/**
 * The code typed in at the counter. The challenge must be one of the officer's agency's; a wrong code counts (and is
 * logged for the owner) even though the call fails; the right one records the counter consent, once.
 */
export async function confirmCounterConsent(
  db: Db,
  input: { challengeId: string; code: string; requester: PortRequester },
): Promise<{ consentId: string; dossierRef: string }> {
  const by = input.requester;
  assertCounterOfficer(by);
  if (!/^\d{6}$/.test(input.code)) throw new AppError('validation-failed', { errors: [{ path: '/code', message: 'six digits' }] });
  const who = { requesterKind: 'officer' as const, requesterId: by.id, requesterName: by.name, agencyCode: by.agencyCode };
  const r = await db.transaction().execute(async (tx: Tx) => {
    const c = await lockChallenge(tx, input.challengeId);
    const fail = (code: ErrorCode, data?: Record<string, unknown>) => ({ fail: code, data });
    if (!c || c.agencyCode !== by.agencyCode) return fail('counter-consent-challenge-not-found');
    if (c.consentId) return fail('counter-consent-code-used');
    if (c.attempts >= CODE_ATTEMPTS) return fail('counter-consent-attempts-exhausted');
    if (await isChallengeExpired(tx, c.id)) return fail('counter-consent-code-expired');
    if (!sameHash(hashCode(c.id, input.code), c.codeHash)) {
      const attempts = await countWrongAttempt(tx, c.id);
      await insertAccessLog(tx, [consentLog(c, who, 'refused', 'counter-code-wrong', null)]);
      return fail('counter-consent-code-wrong', { attemptsLeft: Math.max(CODE_ATTEMPTS - attempts, 0) });
    }
    const consent = await insertConsent(tx, {
      ownerKind: c.ownerKind,
      ownerId: c.ownerId,
      channel: 'counter',
      dossierRef: c.dossierRef,
      dossierCode: null,
      agencyCode: c.agencyCode,
      purpose: c.purpose,
      documentIds: null,
      recordedByKind: by.kind,
      recordedById: by.id,
      recordedByName: by.name,
      withdrawnAt: null,
      withdrawnBy: null,
    });
    await markChallengeUsed(tx, c.id, consent.id);
    await insertAccessLog(tx, [consentLog(c, who, 'ok', null, consent.id)]);
    return { consentId: consent.id, dossierRef: c.dossierRef };
  });
  if ('fail' in r) throw new AppError(r.fail, r.data ? { data: r.data } : {});
  return r;
}
