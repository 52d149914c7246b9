/**
 * Fees of a dossier: the fee lines fixed at reception, the cash paid at the counter against a paper receipt
 * (biên lai) and the online payment requests of the payment platform. A cash payment is recorded once, for the
 * exact sum of the fee lines, with its audit row — and, when the dossier waits for its financial obligation
 * (status 6), the obligation is fulfilled in the same transaction.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findAgency, type AgencyRef } from '../catalogue/offering.repository.ts';
import { cancelUnsentPayment, paymentsOfDossier } from '../payments/payments.service.ts';
import { findDossier, insertAudit, listFees, lockDossier, type Tx } from './dossier.repository.ts';
import { systemAct } from './dossier.actions.ts';
import type { DossierRow } from './dossier.table.ts';
import { insertFeePayment, listFeePayments, receiptTaken } from './fees-payments.repository.ts';
import { dossierCommitted } from './committed.ts';

/** Receipt number: 1–30 letters, digits, '-' or '/' (e.g. `0001234`, `AA/25E-0000123`). */
export const RECEIPT_NO_PATTERN = '^[A-Za-z0-9/-]{1,30}$';
const RECEIPT_NO = new RegExp(RECEIPT_NO_PATTERN);

/** Statuses in which fees can no longer be taken: refused, withdrawn, stopped. */
export const CLOSED_STATUSES = [3, 7, 8];

export interface CashPaymentInput {
  receiptNo: string;
  amount: number;
}

export interface FeesView {
  dossierId: string;
  code: string | null;
  status: number;
  total: number;
  paid: boolean;
  lines: { code: string | null; name: string; amount: number }[];
  payments: {
    method: 'cash' | 'online';
    amount: number;
    receiptNo: string | null;
    paidAt: string | null;
    state: string;
    officer: string | null;
    reference: string | null;
  }[];
}

export async function agencyOf(db: Tx, row: DossierRow): Promise<AgencyRef> {
  if (!row.resolvingAgencyId) throw new AppError('forbidden', { detail: 'The dossier waits for dispatch' });
  const a = await db
    .selectFrom('agencies')
    .select('code')
    .where('id', '=', row.resolvingAgencyId)
    .executeTakeFirst();
  const ref = a ? await findAgency(db, a.code) : undefined;
  if (!ref) throw new AppError('agency-not-found');
  return ref;
}

export function grantsIn(p: Principal | undefined, agency: AgencyRef, roles: readonly string[]): boolean {
  if (!p || p.kind !== 'officer') return false;
  const chain = [agency.id, ...agency.ancestorIds];
  return p.grants.some(
    (g) => roles.includes(g.role) && (g.role === 'national_operator' || chain.includes(g.agencyId)),
  );
}

function vnYear(d: Date): number {
  return new Date(d.getTime() + 7 * 3600_000).getUTCFullYear();
}

/** Fee lines and every payment (cash and online) of a dossier, for officers of its agency chain. */
export async function dossierFees(
  db: Db,
  principal: Principal | undefined,
  dossierId: string,
): Promise<FeesView> {
  const row = await findDossier(db, dossierId);
  if (!row) throw new AppError('dossier-not-found');
  const agency = await agencyOf(db, row);
  if (!grantsIn(principal, agency, ['one_stop_officer', 'specialist', 'leader', 'national_operator']))
    throw new AppError('forbidden');
  return feesView(db, row);
}

async function feesView(db: Db, row: DossierRow): Promise<FeesView> {
  const [lines, cash, online] = await Promise.all([
    listFees(db, row.id),
    listFeePayments(db, row.id),
    paymentsOfDossier(db, row.id),
  ]);
  const total = lines.reduce((s, l) => s + Number(l.amount), 0);
  const payments: FeesView['payments'] = [
    ...cash.map((c) => ({
      method: c.method,
      amount: Number(c.amount),
      receiptNo: c.receiptNo,
      paidAt: c.paidAt,
      state: 'paid',
      officer: c.officerName,
      reference: null,
    })),
    ...online.map((o) => ({
      method: 'online' as const,
      amount: Number(o.amount),
      receiptNo: null,
      paidAt: o.paidAt,
      state: o.state,
      officer: null,
      reference: o.reference,
    })),
  ];
  return {
    dossierId: row.id,
    code: row.code,
    status: row.status,
    total,
    paid: payments.some((p) => p.state === 'paid'),
    lines: lines.map((l) => ({ code: l.code, name: l.name, amount: Number(l.amount) })),
    payments,
  };
}

/**
 * Record the cash payment of a dossier's fees at the counter (one-stop officer of the dossier's agency chain).
 * 409 when the amount differs from the fee lines, when the fees are already paid (cash or online), while an
 * online payment request is with the gateway (pending: cancel it first; an unsent one is cancelled), when the
 * receipt number is already used by the agency this year, or when the dossier is closed.
 */
export async function recordCashPayment(
  db: Db,
  principal: Principal | undefined,
  dossierId: string,
  input: CashPaymentInput,
  now: Date = new Date(),
): Promise<FeesView> {
  const receiptNo = input.receiptNo.trim();
  if (!RECEIPT_NO.test(receiptNo))
    throw new AppError('validation-failed', {
      errors: [{ path: '/receiptNo', message: 'invalid receipt number' }],
    });
  const result = await db
    .transaction()
    .execute(async (tx) => {
      const row = await lockDossier(tx, dossierId);
      if (!row) throw new AppError('dossier-not-found');
      const agency = await agencyOf(tx, row);
      if (!principal || principal.kind !== 'officer' || !grantsIn(principal, agency, ['one_stop_officer']))
        throw new AppError('forbidden', {
          detail: 'Only a one-stop officer of the dossier’s agency records cash fees',
        });
      if (CLOSED_STATUSES.includes(row.status))
        throw new AppError('dossier-transition-not-allowed', {
          detail: 'The dossier is closed',
          data: { currentStatus: row.status },
        });
      const lines = await listFees(tx, row.id);
      const total = lines.reduce((s, l) => s + Number(l.amount), 0);
      if (lines.length === 0) throw new AppError('dossier-has-no-fees');
      const cash = await listFeePayments(tx, row.id);
      const online = await paymentsOfDossier(tx, row.id);
      if (cash.length > 0 || online.some((o) => o.state === 'paid')) throw new AppError('fees-already-paid');
      // An online request sent to the gateway could still be paid: it must be settled or cancelled first (no double
      // payment). One never sent (the one `request_payment` opened) is cancelled by the cash, in this transaction.
      const open = online.find((o) => o.state === 'unpaid' || o.state === 'pending');
      if (open && !(open.state === 'unpaid' && (await cancelUnsentPayment(tx, open.id))))
        throw new AppError('payment-request-open', {
          detail: 'Cancel the online payment request sent to the payment platform before taking cash',
          data: { paymentRequestId: open.id, state: open.state },
        });
      if (input.amount !== total)
        throw new AppError('fee-amount-mismatch', { data: { expected: total, given: input.amount } });
      const year = vnYear(now);
      if (await receiptTaken(tx, agency.code, year, receiptNo))
        throw new AppError('receipt-number-taken', { data: { agencyCode: agency.code, year, receiptNo } });
      const paid = await insertFeePayment(tx, {
        dossierId: row.id,
        method: 'cash',
        agencyCode: agency.code,
        receiptYear: year,
        receiptNo,
        amount: total,
        paidAt: now.toISOString(),
        officerId: principal.id,
        officerName: principal.name,
      });
      await insertAudit(tx, {
        actorKind: principal.kind,
        actorId: principal.id,
        action: 'fee_paid_cash',
        targetType: 'dossier',
        targetId: row.id,
        outcome: 'ok',
        detail: { paymentId: paid.id, receiptNo, amount: total, agencyCode: agency.code, year },
      });
      // Status 6: the cash settles the financial obligation in the same transaction.
      await systemAct(tx, row.id, 'payment_fulfilled', now);
      // a dossier received at another system's counter: its progress is reported again, now with its fees settled
      await tx.updateTable('routedDossiersIn').set({ reportedVersion: 0 }).where('dossierId', '=', row.id).execute();
      return row.id;
    })
    .catch((err: unknown) => {
      // A concurrent payment won the race: the unique indexes decide, reported like the checks above.
      const c = (err as { code?: string; constraint?: string }).constraint;
      if ((err as { code?: string }).code === '23505' && c === 'dossier_fee_payments_receipt')
        throw new AppError('receipt-number-taken', { data: { receiptNo } });
      if ((err as { code?: string }).code === '23505' && c === 'dossier_fee_payments_once')
        throw new AppError('fees-already-paid');
      throw err;
    });
  dossierCommitted(); // the dossier may have left status 6: its sync event is ready to send
  const row = await findDossier(db, result);
  return feesView(db, row!);
}
