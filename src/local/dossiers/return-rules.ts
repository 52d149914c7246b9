/**
 * What a result's return needs (issue 13.5): a return method, and the dossier's fees settled — paid in cash at the
 * counter or online through the payment platform — or an exemption recorded with its reason. Reads only
 * repositories (dossier.actions.ts calls it inside the action's transaction).
 */
import { AppError } from '../../errors.ts';
import { listRequestsForDossier } from '../payments/payments.repository.ts';
import { listFees, type Tx } from './dossier.repository.ts';
import { listFeePayments } from './fees-payments.repository.ts';

export type ReturnMethod = 'counter' | 'post' | 'online';

export interface FeeSettlement {
  total: number;
  paid: boolean;
}

export async function feeSettlement(tx: Tx, dossierId: string): Promise<FeeSettlement> {
  const [lines, cash, online] = await Promise.all([
    listFees(tx, dossierId),
    listFeePayments(tx, dossierId),
    listRequestsForDossier(tx, dossierId),
  ]);
  const total = lines.reduce((s, l) => s + Number(l.amount), 0);
  return { total, paid: cash.length > 0 || online.some((o) => o.state === 'paid') };
}

/**
 * The data a `return_result` action records: its method and, when the fees were waived, the exemption's reason.
 * 422 `return-method-required` without a method; 409 `fees-not-settled` while fees are due and neither paid nor
 * waived with a reason.
 */
export async function checkReturn(
  tx: Tx,
  dossierId: string,
  input: { returnMethod?: ReturnMethod | undefined; feeExemption?: { reason: string } | undefined },
): Promise<Record<string, unknown>> {
  if (!input.returnMethod) throw new AppError('return-method-required');
  const fees = await feeSettlement(tx, dossierId);
  const exemption = input.feeExemption?.reason.normalize('NFC').trim();
  if (input.feeExemption && !exemption) throw new AppError('reason-required');
  if (fees.total > 0 && !fees.paid && !exemption) {
    throw new AppError('fees-not-settled', { data: { total: fees.total, paid: false } });
  }
  return {
    method: input.returnMethod,
    ...(exemption && fees.total > 0 && !fees.paid ? { feeExemption: { reason: exemption, amount: fees.total } } : {}),
  };
}
