import { Type } from 'typebox';
import { parseJsonBounded } from '../../http/json-depth.ts';
import type { Server } from '../../http/types.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { handleCallback } from './callback.service.ts';
import { sharedSecret } from './gateway-client.ts';
import type { PaymentRequestRow } from './payments.table.ts';
import { cancelPaymentRequest, getPaymentRequest, initPayment, queryBill } from './payments.service.ts';
import { queryPaymentStatus } from './status-query.service.ts';
import { AppError } from '../../errors.ts';

const problem = { $ref: 'Problem#' };
const tags = ['payments'];
const Str = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });

const FeeLine = Type.Object(
  {
    code: Str(50),
    name: Str(300),
    amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000_000 }),
    kind: Type.Optional(Type.Union([Type.Literal('phi'), Type.Literal('le_phi')])),
  },
  { additionalProperties: false },
);
const Payer = Type.Object(
  { name: Str(200), personalId: Str(20), address: Type.String({ maxLength: 500 }) },
  { additionalProperties: false },
);
export const Beneficiary = Type.Object(
  { account: Str(50), bankCode: Str(50), accountName: Str(200) },
  { additionalProperties: false },
);

export const PaymentView = Type.Object({
  id: Type.String(),
  dossierId: Type.String(),
  dossierCode: Type.String(),
  agencyCode: Type.String(),
  agencyName: Type.String(),
  procedureCode: Type.String(),
  procedureName: Type.String(),
  amount: Type.Integer(),
  currency: Type.String(),
  feeLines: Type.Array(FeeLine),
  payer: Payer,
  description: Type.String(),
  reference: Type.String({ description: 'MaThamChieu' }),
  state: Type.Union([Type.Literal('unpaid'), Type.Literal('pending'), Type.Literal('paid'), Type.Literal('cancelled'), Type.Literal('refunded')]),
  transactionState: Type.Union([Type.String(), Type.Null()]),
  gatewayTransactionId: Type.Union([Type.String(), Type.Null()]),
  lastGatewayCode: Type.Union([Type.String(), Type.Null()]),
  paymentUrl: Type.Union([Type.String(), Type.Null()]),
  paidAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export function presentPayment(r: PaymentRequestRow) {
  return {
    id: r.id, dossierId: r.dossierId, dossierCode: r.dossierCode, agencyCode: r.agencyCode, agencyName: r.agencyName,
    procedureCode: r.procedureCode, procedureName: r.procedureName, amount: r.amount, currency: r.currency,
    feeLines: r.feeLines, payer: r.payer, description: r.description, reference: r.reference, state: r.state,
    transactionState: r.transactionState, gatewayTransactionId: r.gatewayTransactionId, lastGatewayCode: r.lastGatewayCode,
    paymentUrl: r.paymentUrl, paidAt: r.paidAt, createdAt: r.createdAt,
  };
}

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

/** Callback fields (domain-vn.md §6.5). Validated again by the service so that a malformed callback is logged too. */
const CallbackBody = Type.Object(
  Object.fromEntries(
    ['LoaiBanTin', 'MaLoi', 'MaDoiTac', 'MaThamChieu', 'SoTien', 'MaTienTe', 'MaGiaoDich', 'MaNganHang', 'ThoiGianGD',
      'ThongTinGiaoDich', 'MaXacThuc'].map((k) => [k, Type.Union([Type.String({ maxLength: 2000 }), Type.Number()])]),
  ),
  { description: 'Payment result from the gateway, signed with MaXacThuc' },
);

export async function paymentRoutes(app: Server, { db, config }: { db: Db; config: Config }): Promise<void> {
  await sharedSecret(db, config); // generated and stored at first start when no PAYMENT_SECRET is configured

  app.get(
    '/api/v1/payments/:id',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'A payment request (officer of the agency or the payer)',
        params: IdParams,
        response: { 200: PaymentView, 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req) => presentPayment(await getPaymentRequest(db, req.principal, req.params.id)),
  );

  app.post(
    '/api/v1/payments/:id/init',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Send the payment to the gateway (INIT) and get the payment page URL',
        params: IdParams,
        response: {
          200: Type.Object({ paymentUrl: Type.String(), reference: Type.String() }),
          400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 502: problem,
        },
      },
    },
    async (req) => initPayment(db, config, req.params.id, { ip: req.ip, principal: req.principal }),
  );

  app.post(
    '/api/v1/payments/:id/cancel',
    {
      config: { permission: 'payments:create' },
      schema: {
        tags,
        summary: 'Cancel an unpaid or pending payment request (officer of the agency)',
        params: IdParams,
        response: { 200: PaymentView, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req) => presentPayment(await cancelPaymentRequest(db, req.principal, req.params.id)),
  );

  app.get(
    '/api/v1/payments/:id/bill',
    {
      config: { permission: 'payments:create' },
      schema: {
        tags,
        summary: 'Ask the gateway for the receipt of a payment (GET_BILL): the PDF it streams (size, SHA-256), or its JSON bill',
        params: IdParams,
        response: {
          200: Type.Object({
            errorCode: Type.String(),
            bill: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
            receipt: Type.Union([Type.Object({ contentType: Type.String(), bytes: Type.Integer(), sha256: Type.String() }), Type.Null()]),
          }),
          400: problem, 401: problem, 403: problem, 404: problem, 502: problem,
        },
      },
    },
    async (req) => {
      const r = await queryBill(db, config, req.params.id, { principal: req.principal });
      return { errorCode: r.errorCode, bill: r.bill, receipt: r.receipt && { contentType: r.receipt.contentType, bytes: r.receipt.bytes, sha256: r.receipt.sha256 } };
    },
  );

  app.get(
    '/api/v1/payments/:id/receipt',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'The receipt of a payment as the gateway streams it (GET_BILL → application/pdf); the payer or an officer of the agency',
        params: IdParams,
        response: { 400: problem, 401: problem, 403: problem, 404: problem, 502: problem },
      },
    },
    async (req, reply) => {
      const r = await queryBill(db, config, req.params.id, { principal: req.principal });
      if (!r.receipt)
        throw new AppError('payment-gateway-unavailable', { detail: `The payment gateway gave no receipt (error_code ${r.errorCode})`, data: { gatewayCode: r.errorCode } });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="bien-lai-${req.params.id}.pdf"`)
        .header('cache-control', 'no-store')
        .send(r.receipt.pdf);
    },
  );

  app.post(
    '/api/v1/payments/:id/query',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Ask the gateway for the state of the transaction (QUERY); a finished one is applied as its callback would be',
        params: IdParams,
        response: {
          200: Type.Object({ gatewayState: Type.String(), gatewayCode: Type.String(), outcome: Type.String(), payment: PaymentView }),
          400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 502: problem,
        },
      },
    },
    async (req) => {
      const r = await queryPaymentStatus(db, config, req.params.id, { principal: req.principal });
      return { gatewayState: r.gatewayState, gatewayCode: r.gatewayCode, outcome: r.outcome, payment: presentPayment(r.request) };
    },
  );

  // The callback keeps the exact bytes it received (payment_events.raw_body): its own JSON parser, in its own scope.
  await app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 65_536 }, (req, body, done) => {
      (req as { rawBody?: string }).rawBody = body as string;
      try {
        done(null, parseJsonBounded(body as string));
      } catch (err) {
        done(err as Error, undefined);
      }
    });
    // Every refused callback is logged (one refused before it could be recorded, e.g. a body nested too deep to store,
    // leaves no other trace).
    scope.addHook('onError', async (req, _reply, err) => {
      req.log.warn({ err, code: (err as { code?: unknown }).code, bytes: (req as { rawBody?: string }).rawBody?.length }, 'payment callback refused');
    });
    scope.post(
      '/api/v1/payments/callback',
      {
        config: { permission: 'public' },
        attachValidation: true,
        schema: {
          tags,
          summary: 'Payment result from the gateway (authenticated by its MaXacThuc checksum, not by a session)',
          body: CallbackBody,
          response: {
            // the reply the platform reads (Thanh Hóa ConfirmDvcPaymentCommandHandler: MaLoi, MoTaLoi, MaDoiTac,
            // ThoiGianGD, MaXacThuc of the callback), with the envelope `{error_code, message}` of the other answers
            200: Type.Object({
              MaLoi: Type.String(), MoTaLoi: Type.String(), MaDoiTac: Type.String(), ThoiGianGD: Type.String(), MaXacThuc: Type.String(),
              error_code: Type.String(), message: Type.String(),
            }),
            400: problem, 404: problem, 409: problem,
          },
        },
      },
      async (req) => {
        const r = await handleCallback(db, config, req.body, (req as { rawBody?: string }).rawBody);
        const b = req.body as Record<string, unknown>;
        const field = (k: string) => (typeof b[k] === 'string' || typeof b[k] === 'number' ? String(b[k]) : '');
        return {
          MaLoi: field('MaLoi'), MoTaLoi: '', MaDoiTac: config.PAYMENT_PARTNER_CODE, ThoiGianGD: field('ThoiGianGD'), MaXacThuc: field('MaXacThuc'),
          error_code: '0', message: r.outcome,
        };
      },
    );
  });
}
