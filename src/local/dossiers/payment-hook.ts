/**
 * When the payment platform confirms a dossier's fees, the dossier leaves status 6 (financial obligation) in the
 * same transaction that marks the payment paid; if that fails, both roll back and the gateway retries.
 */
import { registerPaymentListener } from '../payments/callback.service.ts';
import { systemAct } from './dossier.actions.ts';

export function hookPaymentsToDossiers(): () => void {
  return registerPaymentListener(async (paid, trx) => {
    await systemAct(trx, paid.dossierId, 'payment_fulfilled');
  });
}
