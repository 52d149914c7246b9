/** Scripted logins for demo mode only: a session for a demo officer or account without a password. */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { checkPersonalId, isValidTaxCode, normaliseTaxCode } from '../../lib/vn-ids.ts';
import { findOfficerByUsername } from './officers.repository.ts';
import { createSession, type IssuedSession } from './session.service.ts';

export type DemoLoginInput = { username: string } | { personalId: string } | { taxCode: string };

export async function demoLogin(db: Db, config: Config, input: DemoLoginInput): Promise<IssuedSession> {
  if (!config.DEMO_MODE) throw new AppError('demo-login-disabled');
  if ('username' in input) {
    const officer = await findOfficerByUsername(db, input.username.toLowerCase());
    if (!officer || !officer.active) throw new AppError('invalid-credentials', { detail: 'No such demo officer' });
    return createSession(db, { officerId: officer.id }, config.SESSION_TTL_HOURS);
  }
  let q = db.selectFrom('accounts').select('id');
  if ('personalId' in input) {
    const check = checkPersonalId(input.personalId);
    if (!check.ok) throw new AppError('invalid-personal-id', { detail: check.reason });
    q = q.where('kind', '=', 'citizen').where('personalId', '=', input.personalId);
  } else {
    if (!isValidTaxCode(input.taxCode)) throw new AppError('invalid-tax-code');
    q = q.where('kind', '=', 'organisation').where('taxCode', '=', normaliseTaxCode(input.taxCode));
  }
  const account = await q.executeTakeFirst();
  if (!account) throw new AppError('invalid-credentials', { detail: 'No such demo account' });
  return createSession(db, { accountId: account.id }, config.SESSION_TTL_HOURS);
}
