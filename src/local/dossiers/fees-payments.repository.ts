/** SQL of the dossier fee payments (cash at the counter). Functions take the connection or the transaction first. */
import type { Tx } from './dossier.repository.ts';
import type { DossierFeePaymentRow } from './fees-payments.table.ts';

export function listFeePayments(tx: Tx, dossierId: string): Promise<DossierFeePaymentRow[]> {
  return tx
    .selectFrom('dossierFeePayments')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .orderBy('paidAt')
    .execute();
}

export function insertFeePayment(
  tx: Tx,
  p: Omit<DossierFeePaymentRow, 'id' | 'createdAt'>,
): Promise<DossierFeePaymentRow> {
  return tx.insertInto('dossierFeePayments').values(p).returningAll().executeTakeFirstOrThrow();
}

export function receiptTaken(tx: Tx, agencyCode: string, year: number, receiptNo: string): Promise<boolean> {
  return tx
    .selectFrom('dossierFeePayments')
    .select('id')
    .where('agencyCode', '=', agencyCode)
    .where('receiptYear', '=', year)
    .where('receiptNo', '=', receiptNo)
    .executeTakeFirst()
    .then((r) => !!r);
}
