/**
 * The gateway's result notification (callback). Checked in this order: checksum → reference → amount and currency
 * → partner code. Every callback, accepted or rejected, is logged in payment_events; a rejected one changes nothing
 * else. `MaLoi` "00" marks the request paid exactly once, in one transaction with the payment listeners.
 */
import type { Transaction } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, type ErrorCode } from '../../errors.ts';
import { sharedSecret } from './gateway-client.ts';
import type { PaidPayment } from './payments.ts';
import type { PaymentRequestRow } from './payments.table.ts';
import { findByReference, insertPaymentEvent, updatePaymentRequest } from './payments.repository.ts';
import { PAID_CODE, callbackChecksum, checksumMatches, type CallbackMessage } from './protocol.ts';
import { dossierCommitted } from '../dossiers/committed.ts';

export type PaymentListener = (req: PaidPayment, trx: Transaction<Database>) => Promise<void>;

const listeners: PaymentListener[] = [];

/**
 * Run `fn` when a request becomes paid, inside the transaction that marks it paid (throwing rolls everything back
 * and the callback is answered with an error, so the gateway retries). Returns a function that unregisters it.
 */
export function registerPaymentListener(fn: PaymentListener): () => void {
  listeners.push(fn);
  return () => {
    const i = listeners.indexOf(fn);
    if (i >= 0) listeners.splice(i, 1);
  };
}

/** What happened to an accepted callback. */
export type CallbackOutcome =
  | 'paid'
  | 'replayed'
  | 'duplicate-payment'
  | 'paid-while-cancelled'
  | 'failed'
  | 'ignored-after-success'
  | 'ignored';

const FIELDS = ['LoaiBanTin', 'MaLoi', 'MaDoiTac', 'MaThamChieu', 'SoTien', 'MaTienTe', 'MaGiaoDich', 'MaNganHang',
  'ThoiGianGD', 'ThongTinGiaoDich', 'MaXacThuc'] as const;

/** The callback fields as strings (numbers are accepted for SoTien/MaLoi), or the list of bad fields. */
function readCallback(body: unknown): { msg: CallbackMessage } | { errors: { path: string; message: string }[] } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { errors: [{ path: '/', message: 'must be an object' }] };
  const b = body as Record<string, unknown>;
  const out: Record<string, string> = {};
  const errors: { path: string; message: string }[] = [];
  for (const f of FIELDS) {
    const v = b[f];
    if (typeof v === 'string' && v.length <= 2000) out[f] = v;
    else if (typeof v === 'number' && Number.isFinite(v)) out[f] = String(v);
    else errors.push({ path: `/${f}`, message: v === undefined ? 'is required' : 'must be a string' });
  }
  return errors.length ? { errors } : { msg: out as unknown as CallbackMessage };
}

function paidPayment(row: PaymentRequestRow): PaidPayment {
  return {
    id: row.id,
    dossierId: row.dossierId,
    dossierCode: row.dossierCode,
    agencyCode: row.agencyCode,
    procedureCode: row.procedureCode,
    amount: row.amount,
    reference: row.reference,
    gatewayTransactionId: row.gatewayTransactionId ?? '',
    paidAt: row.paidAt ?? '',
  };
}

/**
 * Handle a callback body; throws AppError (logged) for a rejected one. `kind` "query": the same fields answered to
 * our QUERY (status-query.service.ts), checked and applied the same way and logged as a query.
 */
export async function handleCallback(
  db: Db,
  config: Config,
  body: unknown,
  rawBody?: string,
  kind: 'callback' | 'query' = 'callback',
): Promise<{ outcome: CallbackOutcome; request: PaymentRequestRow }> {
  const reference = typeof (body as { MaThamChieu?: unknown } | null)?.MaThamChieu === 'string'
    ? (body as { MaThamChieu: string }).MaThamChieu.slice(0, 200)
    : null;
  const reject = async (code: ErrorCode, checksumValid: boolean | null, opts: ConstructorParameters<typeof AppError>[1], requestId: string | null = null) => {
    await insertPaymentEvent(db, {
      paymentRequestId: requestId, kind, reference, body, rawBody: rawBody ?? null, checksumValid, outcome: 'rejected', code,
    });
    return new AppError(code, opts);
  };

  const read = readCallback(body);
  if ('errors' in read) throw await reject('validation-failed', null, { detail: 'Not a payment callback', errors: read.errors });
  const m = read.msg;

  if (!checksumMatches(m.MaXacThuc, callbackChecksum(m, await sharedSecret(db, config)))) {
    throw await reject('payment-checksum-invalid', false, { detail: 'MaXacThuc does not match the message' });
  }
  const row = await findByReference(db, m.MaThamChieu);
  if (!row) throw await reject('payment-reference-unknown', true, { detail: `No payment request ${m.MaThamChieu}` });
  if (m.SoTien !== String(row.amount) || m.MaTienTe !== row.currency) {
    throw await reject('payment-amount-mismatch', true, {
      detail: `Expected ${row.amount} ${row.currency}, got ${m.SoTien} ${m.MaTienTe}`,
    }, row.id);
  }
  if (m.MaDoiTac !== config.PAYMENT_PARTNER_CODE) {
    throw await reject('payment-partner-mismatch', true, { detail: `Partner ${m.MaDoiTac} is not us` }, row.id);
  }

  try {
    const settled = await settle(db, m, body, rawBody, kind);
    dossierCommitted(); // a paid fee moves its dossier on (payment-hook.ts): its sync event is ready to send
    return settled;
  } catch (err) {
    // A listener (or the database) failed: nothing was changed; log it so the gateway's retry can be traced.
    await insertPaymentEvent(db, {
      paymentRequestId: row.id, kind, reference: m.MaThamChieu, body, rawBody: rawBody ?? null, checksumValid: true,
      outcome: 'error', code: m.MaLoi,
    });
    throw err;
  }
}

/** Apply an authenticated callback to its request, under a row lock. */
async function settle(
  db: Db,
  m: CallbackMessage,
  body: unknown,
  rawBody: string | undefined,
  kind: 'callback' | 'query',
): Promise<{ outcome: CallbackOutcome; request: PaymentRequestRow }> {
  return db.transaction().execute(async (trx) => {
    const cur = await findByReference(trx, m.MaThamChieu, true);
    if (!cur) throw new AppError('payment-reference-unknown');
    const done = cur.state === 'paid' || cur.state === 'refunded';
    let outcome: CallbackOutcome;
    let request = cur;
    if (m.MaLoi === PAID_CODE) {
      if (done) outcome = cur.gatewayTransactionId === m.MaGiaoDich ? 'replayed' : 'duplicate-payment';
      else if (cur.state === 'cancelled') outcome = 'paid-while-cancelled';
      else {
        outcome = 'paid';
        request = await updatePaymentRequest(trx, cur.id, {
          state: 'paid', transactionState: 'thanh-cong', gatewayTransactionId: m.MaGiaoDich, lastGatewayCode: m.MaLoi,
          paidAt: new Date().toISOString(),
        });
      }
    } else if (done) {
      outcome = 'ignored-after-success';
    } else if (cur.state === 'cancelled') {
      outcome = 'ignored';
    } else {
      outcome = 'failed';
      request = await updatePaymentRequest(trx, cur.id, { transactionState: 'that-bai', lastGatewayCode: m.MaLoi });
    }
    await insertPaymentEvent(trx, {
      paymentRequestId: cur.id, kind, reference: m.MaThamChieu, body, rawBody: rawBody ?? null, checksumValid: true,
      outcome, code: m.MaLoi,
    });
    if (outcome === 'paid') for (const fn of listeners) await fn(paidPayment(request), trx);
    return { outcome, request };
  });
}
