/** Routes of the dossier fees: list the fee lines and payments, record a cash payment at the counter. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { Beneficiary, PaymentView, presentPayment } from '../payments/payments.routes.ts';
import { requestOnlinePayment } from './fees-online.ts';
import { dossierFees, recordCashPayment, RECEIPT_NO_PATTERN } from './fees-payments.service.ts';

const problem = { $ref: 'Problem#' };
const tags = ['dossiers'];
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const Fees = Type.Object(
  {},
  { additionalProperties: true, description: 'Fee lines, total, payments (cash and online)' },
);

export async function feeRoutes(app: Server, { db, clock }: AppContext): Promise<void> {
  app.get(
    '/api/v1/dossiers/:id/fees',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary: 'Fee lines of a dossier and its payments (cash at the counter, online requests)',
        params: Id,
        response: { 200: Fees, 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req) => dossierFees(db, req.principal, req.params.id),
  );

  app.post(
    '/api/v1/dossiers/:id/fees/cash',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary: 'Record the fees paid in cash at the counter, with the receipt number (biên lai số)',
        params: Id,
        body: Type.Object(
          {
            receiptNo: Type.String({ minLength: 1, maxLength: 30, pattern: RECEIPT_NO_PATTERN }),
            amount: Type.Integer({ minimum: 0, maximum: 1_000_000_000_000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Fees, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await recordCashPayment(db, req.principal, req.params.id, req.body, clock.now())),
  );

  app.post(
    '/api/v1/payments',
    {
      config: { permission: 'payments:create' },
      schema: {
        tags: ['payments'],
        summary:
          'Ask the owner to pay a dossier’s fees online (officer working on the dossier). The amount, fee lines, agency, ' +
          'procedure and payer are the dossier’s own; only the beneficiary account and the wording may be given.',
        body: Type.Object(
          {
            dossierId: Type.String({ format: 'uuid' }),
            beneficiary: Type.Optional(Beneficiary),
            description: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: PaymentView, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req, reply) => {
      const { dossierId, ...input } = req.body;
      return reply.code(201).send(presentPayment(await requestOnlinePayment(db, req.principal, dossierId, input)));
    },
  );
}
