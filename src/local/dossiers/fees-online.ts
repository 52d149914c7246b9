/**
 * An officer's request that the owner pay a dossier's fees online. Everything the payment platform is told — the
 * dossier, its code, the agency, the procedure, the amount, the fee lines and the payer — comes from the dossier
 * as received (fees-obligation.ts), never from the caller, and only an officer who works on the dossier (its
 * resolving agency or an agency above) may ask. The caller may only add the beneficiary account and the wording.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import type { PaymentRequestRow } from '../payments/payments.table.ts';
import { findDossier } from './dossier.repository.ts';
import { openFeePayment, paymentBlocker, type OnlinePaymentInput } from './fees-obligation.ts';
import { agencyOf, CLOSED_STATUSES, grantsIn } from './fees-payments.service.ts';

/** Roles that work on a dossier and may ask its owner to pay online. */
const PAYMENT_ROLES = ['one_stop_officer', 'specialist', 'leader'] as const;

export async function requestOnlinePayment(
  db: Db,
  principal: Principal | undefined,
  dossierId: string,
  input: OnlinePaymentInput,
): Promise<PaymentRequestRow> {
  const row = await findDossier(db, dossierId);
  // Someone who may not work on the dossier learns nothing about it: the same 404 as an unknown dossier.
  if (!row || !row.resolvingAgencyId) throw new AppError('dossier-not-found');
  const agency = await agencyOf(db, row);
  if (!grantsIn(principal, agency, PAYMENT_ROLES)) throw new AppError('dossier-not-found');
  const code = row.code;
  if (!code) {
    throw new AppError('dossier-transition-not-allowed', { detail: 'The dossier is not received yet', data: { currentStatus: row.status } });
  }
  if (CLOSED_STATUSES.includes(row.status)) {
    throw new AppError('dossier-transition-not-allowed', { detail: 'The dossier is closed', data: { currentStatus: row.status } });
  }
  const blocker = await paymentBlocker(db, row);
  if (blocker === 'no-fees') throw new AppError('dossier-has-no-fees');
  if (blocker === 'paid') throw new AppError('fees-already-paid');
  if (blocker === 'open') throw new AppError('payment-request-open', { detail: `Dossier ${code} already has an open payment request` });
  return openFeePayment(db, { ...row, code }, agency, principal?.kind === 'officer' ? principal.id : null, input);
}
