/**
 * Payment requests for dossier fees and the client side of the DVCQG payment protocol: create a request,
 * INIT it at the gateway (→ the payment page URL), query the receipt (GET_BILL). Callbacks: callback.service.ts.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { assertAgencyScope } from '../../platform/identity/policy.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { createHash } from 'node:crypto';
import { envelopeOf, gatewayAddress, gatewayUrl, parseGatewayMessage, postToGateway, sendToGateway, sharedSecret } from './gateway-client.ts';
import type { NewPaymentRequest } from './payments.ts';
import type { PaymentRequestRow } from './payments.table.ts';
import {
  agencyWithAncestors,
  cancelIfUnpaid,
  findPaymentRequest,
  insertPaymentEvent,
  insertPaymentRequest,
  listRequestsForDossier,
  openRequestForDossier,
  referenceExists,
  updatePaymentRequest,
} from './payments.repository.ts';
import {
  INIT_FIXED,
  getBillChecksum,
  initChecksum,
  paymentReference,
  publicServiceCode,
  vnTimestamp,
  type GetBillMessage,
  type InitMessage,
  type ReceiptInfo,
} from './protocol.ts';

/** Create the payment request of a dossier. The officer must hold `payments:create` for the agency. */
export async function createPaymentRequest(
  db: Db,
  principal: Principal | undefined,
  input: NewPaymentRequest,
  now: Date = new Date(),
): Promise<PaymentRequestRow> {
  const agency = await agencyWithAncestors(db, input.agencyCode);
  if (!agency) throw new AppError('agency-not-found', { detail: `No agency ${input.agencyCode}` });
  assertAgencyScope(principal, 'payments:create', agency.id, agency.ancestorIds);
  return createPaymentRequestFor(db, agency.name, input, principal?.kind === 'officer' ? principal.id : null, now);
}

/**
 * Create the payment request of a dossier for a caller already authorised by the dossier feature (e.g. the
 * `request_payment` action, inside its transaction). `input` must come from the dossier, never from a request body.
 */
export async function createPaymentRequestFor(
  db: Db,
  agencyName: string,
  input: NewPaymentRequest,
  createdBy: string | null,
  now: Date = new Date(),
): Promise<PaymentRequestRow> {
  const sum = input.feeLines.reduce((s, l) => s + l.amount, 0);
  if (sum !== input.amount) {
    throw new AppError('validation-failed', {
      detail: `The amount (${input.amount}) is not the sum of the fee lines (${sum})`,
      errors: [{ path: '/amount', message: 'must equal the sum of feeLines[].amount' }],
    });
  }
  if (!Number.isSafeInteger(input.amount)) {
    throw new AppError('validation-failed', { errors: [{ path: '/amount', message: 'too large' }] });
  }
  if (await openRequestForDossier(db, input.dossierId)) {
    throw new AppError('payment-request-open', { detail: `Dossier ${input.dossierCode} already has an open payment request` });
  }

  // MaThamChieu carries a one-second timestamp: move on a second if the dossier already used this one.
  let reference = paymentReference(input.dossierCode, now);
  for (let i = 1; await referenceExists(db, reference); i++) {
    if (i > 60) throw new AppError('conflict', { detail: 'No free payment reference' });
    reference = paymentReference(input.dossierCode, new Date(now.getTime() + i * 1000));
  }

  try {
    return await insertPaymentRequest(db, {
      dossierId: input.dossierId,
      dossierCode: input.dossierCode,
      agencyCode: input.agencyCode,
      agencyName,
      procedureCode: input.procedureCode,
      procedureName: input.procedureName,
      amount: input.amount,
      feeLines: input.feeLines,
      payer: input.payer,
      beneficiary: input.beneficiary ?? null,
      description: input.description ?? `Nộp phí, lệ phí hồ sơ ${input.dossierCode}`,
      reference,
      createdBy,
    });
  } catch (err) {
    if ((err as { constraint?: string }).constraint === 'payment_requests_open') {
      throw new AppError('payment-request-open', { detail: `Dossier ${input.dossierCode} already has an open payment request` });
    }
    throw err;
  }
}

/**
 * May this principal see and pay this request? Officers: `officer:read` on the request's agency (or above);
 * citizens and organisations: when they are the payer (personal id / tax code).
 */
export async function assertCanAccessPayment(db: Db, principal: Principal | undefined, row: PaymentRequestRow): Promise<void> {
  if (!principal) throw new AppError('unauthenticated');
  if (principal.kind === 'officer') {
    const agency = await agencyWithAncestors(db, row.agencyCode);
    if (!agency) throw new AppError('forbidden');
    assertAgencyScope(principal, 'officer:read', agency.id, agency.ancestorIds);
    return;
  }
  const own = principal.kind === 'citizen' ? principal.personalId : principal.taxCode;
  if (own !== row.payer.personalId) throw new AppError('forbidden', { detail: 'Only the payer may see this payment' });
}

export async function getPaymentRequest(db: Db, principal: Principal | undefined, id: string): Promise<PaymentRequestRow> {
  const row = await findPaymentRequest(db, id);
  if (!row) throw new AppError('payment-not-found');
  await assertCanAccessPayment(db, principal, row);
  return row;
}

/**
 * Cancel an unpaid or pending request (dossier withdrawn or stopped, wrong amount). The officer must hold
 * `payments:create` for the agency. A success callback arriving afterwards is logged as `paid-while-cancelled`
 * and left for reconciliation (GET_BILL) instead of being applied.
 */
export async function cancelPaymentRequest(db: Db, principal: Principal | undefined, id: string): Promise<PaymentRequestRow> {
  const agencyOf = await findPaymentRequest(db, id);
  if (!agencyOf) throw new AppError('payment-not-found');
  const agency = await agencyWithAncestors(db, agencyOf.agencyCode);
  if (!agency) throw new AppError('forbidden');
  assertAgencyScope(principal, 'payments:create', agency.id, agency.ancestorIds);
  return db.transaction().execute(async (trx) => {
    const row = await findPaymentRequest(trx, id, true);
    if (!row) throw new AppError('payment-not-found');
    if (row.state !== 'unpaid' && row.state !== 'pending') {
      throw new AppError('payment-state-invalid', { detail: `The payment request is ${row.state}` });
    }
    return updatePaymentRequest(trx, id, { state: 'cancelled' });
  });
}

/**
 * Cancel an open request that was never sent to the gateway (the fees were paid another way, e.g. in cash at the
 * counter). A request already sent (pending) could still be paid and is not touched: false.
 */
export async function cancelUnsentPayment(db: Db, id: string): Promise<boolean> {
  return cancelIfUnpaid(db, id);
}

/** Every payment request of a dossier, oldest first (for the dossier feature: is the fee paid?). */
export async function paymentsOfDossier(db: Db, dossierId: string): Promise<PaymentRequestRow[]> {
  return listRequestsForDossier(db, dossierId);
}

/** The receipt block (ThongTinBienLai) of a request. */
export function receiptInfo(row: PaymentRequestRow): ReceiptInfo {
  return {
    MaDichVu: '2',
    MaDVC: publicServiceCode(row.procedureCode),
    TenDVC: row.procedureName,
    MaTTHC: row.procedureCode,
    TenTTHC: row.procedureName,
    MaDonVi: row.agencyCode,
    TenDonVi: row.agencyName,
    MaHoSo: row.dossierCode,
    TKThuHuong: row.beneficiary?.account ?? '',
    MaNHThuHuong: row.beneficiary?.bankCode ?? '',
    TenTKThuHuong: row.beneficiary?.accountName ?? '',
    HoTenNguoiNop: row.payer.name,
    SoCMNDNguoiNop: row.payer.personalId,
    DiaChiNguoiNop: row.payer.address,
    NoiDungThanhToan: row.description,
    PhiLePhi: row.feeLines.map((l) => ({
      LoaiPhiLePhi: l.kind === 'phi' ? '1' : '2',
      MaPhiLePhi: l.code,
      TenPhiLePhi: l.name,
      SoTien: String(l.amount),
    })),
    DSKhoanNop: row.feeLines.map((l) => ({ NoiDung: l.name, SoTien: String(l.amount) })),
  };
}

/** The signed INIT message of a request. */
export function buildInitMessage(
  row: PaymentRequestRow,
  opts: { partnerCode: string; secret: string; ip: string; now: Date },
): InitMessage {
  const base = {
    ...INIT_FIXED,
    MaDoiTac: opts.partnerCode,
    MaThamChieu: row.reference,
    SoTien: String(row.amount),
    ThongTinGiaoDich: row.description,
    ThoiGianGD: vnTimestamp(opts.now),
    Ip: opts.ip,
  };
  return { ...base, ThongTinBienLai: receiptInfo(row), MaXacThuc: initChecksum(base, opts.secret) };
}

/**
 * Send INIT for an unpaid or pending request and return the gateway's payment page URL (UrlThanhToan).
 * With `principal`, the caller must be allowed to see the request (officer of the agency or the payer).
 */
export async function initPayment(
  db: Db,
  config: Config,
  requestId: string,
  opts: { ip?: string; principal?: Principal | undefined; now?: Date } = {},
): Promise<{ paymentUrl: string; reference: string }> {
  const row = await findPaymentRequest(db, requestId);
  if (!row) throw new AppError('payment-not-found');
  if ('principal' in opts) await assertCanAccessPayment(db, opts.principal, row);
  if (row.state !== 'unpaid' && row.state !== 'pending') {
    throw new AppError('payment-state-invalid', { detail: `The payment request is ${row.state}` });
  }
  const message = buildInitMessage(row, {
    partnerCode: config.PAYMENT_PARTNER_CODE,
    secret: await sharedSecret(db, config),
    ip: opts.ip ?? '127.0.0.1',
    now: opts.now ?? new Date(),
  });
  const event = { paymentRequestId: row.id, kind: 'init' as const, reference: row.reference, checksumValid: null };
  let answer;
  try {
    answer = await postToGateway(config, message);
  } catch (err) {
    await insertPaymentEvent(db, { ...event, body: { request: message, gatewayUrl: gatewayUrl(config) }, outcome: 'gateway-error', code: 'unreachable' });
    throw err;
  }
  const url = answer.error_code === '0' ? parseGatewayMessage(answer.message)?.UrlThanhToan : undefined;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    await insertPaymentEvent(db, { ...event, body: { request: message, response: answer }, outcome: 'gateway-error', code: answer.error_code });
    throw new AppError('payment-gateway-unavailable', {
      detail: `The payment gateway refused the transaction (error_code ${answer.error_code})`,
      data: { gatewayCode: answer.error_code },
    });
  }
  await db.transaction().execute(async (trx) => {
    await insertPaymentEvent(trx, { ...event, body: { request: message, response: answer }, outcome: 'sent', code: answer.error_code });
    await updatePaymentRequest(trx, row.id, { state: 'pending', transactionState: 'khoi-tao', paymentUrl: url, lastGatewayCode: null });
  });
  return { paymentUrl: url, reference: row.reference };
}

/** The receipt as the platform streamed it (GET_BILL): a PDF, with its size and SHA-256. */
export interface BillReceipt {
  contentType: 'application/pdf';
  bytes: number;
  sha256: string;
  pdf: Buffer;
}

/**
 * GET_BILL: ask the gateway for the receipt of a request, at its own address. The platform answers the receipt as a
 * PDF stream (Thanh Hóa DvcPaymentService.GetBienLaiDvcPayment saves it as `.pdf`): `receipt`. A gateway that answers
 * JSON instead: `bill` is the parsed `message` when error_code is "0".
 */
export async function queryBill(
  db: Db,
  config: Config,
  requestId: string,
  opts: { principal?: Principal | undefined; now?: Date } = {},
): Promise<{ errorCode: string; bill: Record<string, unknown> | null; receipt: BillReceipt | null }> {
  const row = await findPaymentRequest(db, requestId);
  if (!row) throw new AppError('payment-not-found');
  if ('principal' in opts) await assertCanAccessPayment(db, opts.principal, row);
  const base: Omit<GetBillMessage, 'MaXacThuc'> = {
    LoaiBanTin: 'GET_BILL',
    PhienBan: INIT_FIXED.PhienBan,
    MaDoiTac: config.PAYMENT_PARTNER_CODE,
    MaThamChieu: row.reference,
    ThoiGianGD: vnTimestamp(opts.now ?? new Date()),
  };
  const message: GetBillMessage = { ...base, MaXacThuc: getBillChecksum(base, await sharedSecret(db, config)) };
  const event = { paymentRequestId: row.id, kind: 'get-bill' as const, reference: row.reference, checksumValid: null };
  let answer;
  try {
    answer = await sendToGateway(config, 'GET_BILL', message);
  } catch (err) {
    await insertPaymentEvent(db, { ...event, body: { request: message, gatewayUrl: gatewayAddress(config, 'GET_BILL') }, outcome: 'gateway-error', code: 'unreachable' });
    throw err;
  }
  if (answer.pdf) {
    const receipt: BillReceipt = { contentType: 'application/pdf', bytes: answer.pdf.length, sha256: createHash('sha256').update(answer.pdf).digest('hex'), pdf: answer.pdf };
    await insertPaymentEvent(db, { ...event, body: { request: message, response: { contentType: receipt.contentType, bytes: receipt.bytes, sha256: receipt.sha256 } }, outcome: 'sent', code: '0' });
    return { errorCode: '0', bill: null, receipt };
  }
  const env = envelopeOf(answer) ?? { error_code: 'unexpected', message: '' };
  const bill = env.error_code === '0' ? (parseGatewayMessage(env.message) ?? null) : null;
  await insertPaymentEvent(db, { ...event, body: { request: message, response: env }, outcome: bill ? 'sent' : 'gateway-error', code: env.error_code });
  return { errorCode: env.error_code, bill, receipt: null };
}
