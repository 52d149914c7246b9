/**
 * The payment request that a dossier's fees open: built from the dossier as received (its code, agency,
 * procedure, fee lines and owner), never from a request body. Opened by `request_payment` in the action's own
 * transaction, so that the owner finds the amount and the pay button in "Hồ sơ của tôi" as soon as the dossier
 * waits for its financial obligation, and by an officer's explicit request (fees-online.ts).
 */
import type { AgencyRef } from '../catalogue/offering.repository.ts';
import type { PaymentRequestRow } from '../payments/payments.table.ts';
import type { Beneficiary } from '../payments/payments.ts';
import { createPaymentRequestFor, paymentsOfDossier } from '../payments/payments.service.ts';
import { listFees, type Tx } from './dossier.repository.ts';
import type { DossierRow } from './dossier.table.ts';
import { listFeePayments } from './fees-payments.repository.ts';

export interface OnlinePaymentInput {
  beneficiary?: Beneficiary;
  description?: string;
}

/** Why no payment request can be opened now, or undefined when one can. */
export async function paymentBlocker(
  tx: Tx,
  row: DossierRow,
): Promise<'no-fees' | 'paid' | 'open' | undefined> {
  const lines = await listFees(tx, row.id);
  if (lines.length === 0 || lines.every((l) => Number(l.amount) === 0)) return 'no-fees';
  const online = await paymentsOfDossier(tx, row.id);
  if (online.some((p) => p.state === 'paid') || (await listFeePayments(tx, row.id)).length > 0) return 'paid';
  if (online.some((p) => p.state === 'unpaid' || p.state === 'pending')) return 'open';
  return undefined;
}

/** Create the payment request of the dossier's fee lines (callers check who asks and `paymentBlocker` first). */
export async function openFeePayment(
  tx: Tx,
  row: DossierRow & { code: string },
  agency: AgencyRef,
  createdBy: string | null,
  input: OnlinePaymentInput = {},
): Promise<PaymentRequestRow> {
  const lines = await listFees(tx, row.id);
  const feeLines = lines
    .filter((l) => Number(l.amount) > 0)
    .map((l) => ({ code: l.code ?? `PL${String(l.seq).padStart(2, '0')}`, name: l.name, amount: Number(l.amount) }));
  const contact = row.ownerContact as Record<string, string | undefined>;
  return createPaymentRequestFor(
    tx,
    agency.name,
    {
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
    },
    createdBy,
  );
}

/**
 * `request_payment`: open the payment request of the fee lines when there are fees and none is paid or open.
 * A financial obligation with no fee line (a tax the tax office assesses, say) opens nothing here.
 */
export async function openObligationPayment(
  tx: Tx,
  row: DossierRow,
  agency: AgencyRef,
  createdBy: string | null,
): Promise<PaymentRequestRow | undefined> {
  if (!row.code || (await paymentBlocker(tx, row))) return undefined;
  return openFeePayment(tx, { ...row, code: row.code }, agency, createdBy);
}
