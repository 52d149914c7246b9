/**
 * QUERY: ask the payment platform for the state of a request's transaction, at the platform's QUERY address (Thanh
 * Hóa DvcPaymentService.CheckPaymentStatus, CheckConfirmUrl). A finished transaction's answer carries the callback's
 * fields signed as a callback (ConfirmDvcPaymentResponse): it is checked and applied exactly as a callback would be
 * (callback.service.ts, logged as a query), so a lost callback is made good by asking. A transaction still open
 * (`TrangThaiGD` "khoi-tao", or no `MaLoi`) changes nothing.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { handleCallback, type CallbackOutcome } from './callback.service.ts';
import { envelopeOf, gatewayAddress, sendToGateway, sharedSecret } from './gateway-client.ts';
import { findPaymentRequest, insertPaymentEvent } from './payments.repository.ts';
import { assertCanAccessPayment } from './payments.service.ts';
import type { PaymentRequestRow } from './payments.table.ts';
import { INIT_FIXED, queryChecksum, vnTimestamp, type QueryMessage } from './protocol.ts';

export interface QueryResult {
  /** The platform's state of the transaction: `khoi-tao` (open), `thanh-cong`, `that-bai`, or '' when it gave none. */
  gatewayState: string;
  gatewayCode: string;
  /** What the answer did to the request: applied as a callback would be, or `open` (nothing changed). */
  outcome: CallbackOutcome | 'open';
  request: PaymentRequestRow;
}

export async function queryPaymentStatus(
  db: Db,
  config: Config,
  requestId: string,
  opts: { principal?: Principal | undefined; now?: Date } = {},
): Promise<QueryResult> {
  const row = await findPaymentRequest(db, requestId);
  if (!row) throw new AppError('payment-not-found');
  if ('principal' in opts) await assertCanAccessPayment(db, opts.principal, row);
  const base: Omit<QueryMessage, 'MaXacThuc'> = {
    LoaiBanTin: 'QUERY',
    PhienBan: INIT_FIXED.PhienBan,
    MaDoiTac: config.PAYMENT_PARTNER_CODE,
    MaThamChieu: row.reference,
    ThoiGianGD: vnTimestamp(opts.now ?? new Date()),
  };
  const message: QueryMessage = { ...base, MaXacThuc: queryChecksum(base, await sharedSecret(db, config)) };
  const event = { paymentRequestId: row.id, kind: 'query' as const, reference: row.reference, checksumValid: null };
  let answer;
  try {
    answer = await sendToGateway(config, 'QUERY', message);
  } catch (err) {
    await insertPaymentEvent(db, { ...event, body: { request: message, gatewayUrl: gatewayAddress(config, 'QUERY') }, outcome: 'gateway-error', code: 'unreachable' });
    throw err;
  }
  const a = answer.json ?? {};
  const env = envelopeOf(answer);
  const code = typeof a.MaLoi === 'string' ? a.MaLoi : '';
  const state = typeof a.TrangThaiGD === 'string' ? a.TrangThaiGD : '';
  if (env && env.error_code !== '0' && !code) {
    await insertPaymentEvent(db, { ...event, body: { request: message, response: a }, outcome: 'gateway-error', code: env.error_code });
    throw new AppError('payment-gateway-unavailable', {
      detail: `The payment gateway refused the query (error_code ${env.error_code})`,
      data: { gatewayCode: env.error_code },
    });
  }
  if (!code || state === 'khoi-tao') {
    await insertPaymentEvent(db, { ...event, body: { request: message, response: a }, outcome: 'open', code: code || null });
    return { gatewayState: state, gatewayCode: code, outcome: 'open', request: row };
  }
  const applied = await handleCallback(db, config, a, JSON.stringify(a), 'query');
  return { gatewayState: state, gatewayCode: code, outcome: applied.outcome, request: applied.request };
}
