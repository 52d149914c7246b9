/**
 * The online payment request of a dossier's fees. Everything the payment platform is told — the dossier, its
 * code, the agency, the procedure, the amount, the fee lines and the payer — comes from the dossier as received,
 * never from the caller, and only an officer who works on the dossier (its resolving agency or an agency above)
 * may ask. The caller may only add the beneficiary account and the payment's wording.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import type { PaymentRequestRow } from '../payments/payments.table.ts';
import type { Beneficiary } from '../payments/payments.ts';
import { createPaymentRequest, paymentsOfDossier } from '../payments/payments.service.ts';
import { findDossier, listFees } from './dossier.repository.ts';
import { listFeePayments } from './fees-payments.repository.ts';
import { agencyOf, CLOSED_STATUSES, grantsIn } from './fees-payments.service.ts';

export interface OnlinePaymentInput {
  beneficiary?: Beneficiary;
  description?: string;
}

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
  if (!row.code) throw new AppError('dossier-transition-not-allowed', { detail: 'The dossier is not received yet', data: { currentStatus: row.status } });
  if (CLOSED_STATUSES.includes(row.status)) {
    throw new AppError('dossier-transition-not-allowed', { detail: 'The dossier is closed', data: { currentStatus: row.status } });
  }
  const lines = await listFees(db, row.id);
  if (lines.length === 0) throw new AppError('dossier-has-no-fees');
  if ((await paymentsOfDossier(db, row.id)).some((p) => p.state === 'paid')) throw new AppError('fees-already-paid');
  if ((await listFeePayments(db, row.id)).length > 0) throw new AppError('fees-already-paid');

  const feeLines = lines.map((l) => ({ code: l.code ?? `PL${String(l.seq).padStart(2, '0')}`, name: l.name, amount: Number(l.amount) }));
  const contact = row.ownerContact as Record<string, string | undefined>;
  return createPaymentRequest(db, principal, {
    dossierId: row.id,
    dossierCode: row.code,
    agencyCode: agency.code,
    procedureCode: row.procedureCode,
    procedureName: row.procedureName,
    amount: feeLines.reduce((s, l) => s + l.amount, 0),
    feeLines,
    payer: { name: row.ownerName, personalId: row.ownerIdNumber, address: contact.address ?? '' },
    ...(input.beneficiary ? { beneficiary: input.beneficiary } : {}),
    ...(input.description ? { description: input.description } : {}),
  });
}
