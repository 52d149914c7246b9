import { Type } from 'typebox';
import { AppError } from '../../errors.ts';
import { publicLookupLimit } from '../../http/lookup-limit.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import type { AppContext } from '../../context.ts';
import { getDossierView, myDossiers, presentDossier, presentForOfficer, trackDossier, workQueue } from './dossier.query.ts';
import { receiveDossier, type ReceivedDossier } from './dossier.service.ts';
import { officerView } from './dossier.view.ts';
import { act } from './dossier.actions.ts';
import { hookPaymentsToDossiers } from './payment-hook.ts';
import { feeRoutes } from './fees-payments.routes.ts';
import { legacyImportRoutes } from './legacy-import.routes.ts';
import { statisticsRoutes } from './statistics.routes.ts';
import { dossierMessageRoutes } from './dossier-messages.routes.ts';
import { declarationRoutes } from './declaration.routes.ts';
import { actionKinds } from './status.ts';
import { supplementCheck } from '../reuse/reuse.service.ts';
import {
  AgencyCode,
  CaseCode,
  componentFields,
  Owner,
  ProcedureCode,
  Submitter,
  Text,
  ReuseEntries,
  DeclarationBody,
  Attachments,
} from '../../federation/reception.schemas.ts';

const problem = { $ref: 'Problem#' };
const tags = ['dossiers'];
/** A paper asked for although the warehouse covers it: only to verify it, with the reason (audited, counted). */
const Verification = Type.Object({ reason: Text(1000) }, { additionalProperties: false });
const Component = Type.Object(
  { ...componentFields, verification: Type.Optional(Verification) },
  { additionalProperties: false },
);
const receptionFields = {
  procedureCode: ProcedureCode,
  caseCode: Type.Optional(CaseCode),
  resolvingAgencyCode: Type.Optional(AgencyCode),
  owner: Owner,
  submitter: Type.Optional(Submitter),
  components: Type.Array(Component, { maxItems: 100 }),
  /** Components taken from the owner's warehouse (once-only, src/local/reuse). */
  reuse: Type.Optional(ReuseEntries),
  /** The answers to the version's declaration e-form. */
  declaration: Type.Optional(DeclarationBody),
};
/** Online: the uploads named per component, so required papers are checked (the files are attached after). */
const Reception = Type.Object(
  { ...receptionFields, attachments: Type.Optional(Attachments), draftId: Type.Optional(Type.String({ format: 'uuid' })) },
  { additionalProperties: false },
);
const CounterReception = Type.Object(
  {
    ...receptionFields,
    channel: Type.Union([Type.Literal('counter'), Type.Literal('post')]),
    /** The person's consent given at the counter with their one-time code (POST /api/v1/reuse/counter-consents/confirm), needed to reuse. */
    consentId: Type.Optional(Type.String({ format: 'uuid' })),
    /** Return the result at this counter (default: yes for an agency of another system). */
    returnAtReception: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
/** What the counter was given, the competent agency it was meant for, and why it is refused (Form 03). */
const CounterRefusal = Type.Object(
  {
    procedureCode: ProcedureCode,
    caseCode: Type.Optional(CaseCode),
    resolvingAgencyCode: AgencyCode,
    owner: Owner,
    submitter: Type.Optional(Submitter),
    components: Type.Array(Type.Object(componentFields, { additionalProperties: false }), { maxItems: 100 }),
    channel: Type.Union([Type.Literal('counter'), Type.Literal('post')]),
    reasons: Type.Array(Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }), { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);
const paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
};
const ListResponse = {
  200: Type.Object({
    total: Type.Integer({ description: 'How many dossiers the list holds, or 1000 when it holds more (totalCapped)' }),
    totalCapped: Type.Boolean({ description: 'The list holds more than `total` dossiers: not counted further (shown "1000+")' }),
    items: Type.Array(Type.Object({}, { additionalProperties: true })),
  }),
  400: problem,
  401: problem,
  403: problem,
};
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const Dossier = Type.Object(
  {},
  { additionalProperties: true, description: 'The dossier with status, clock, components, fees and history' },
);

/** A dossier just received, as written (no read-back, no lookup: the reception read what it shows). */
function presentReceived(row: ReceivedDossier['row'], written: Omit<ReceivedDossier, 'row'>, now: Date = new Date()) {
  const { ruleVersion, receivedAtAgency, ...rows } = written;
  return officerView(row, { ...rows, receivedAtAgency: receivedAtAgency ?? null, ruleVersion: ruleVersion ?? null }, now);
}

export async function dossierRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db, nationalPort, clock } = ctx;
  const unhook = hookPaymentsToDossiers();
  app.addHook('onClose', async () => unhook());

  app.post(
    '/api/v1/dossiers',
    {
      config: { permission: 'dossier:receive' },
      schema: {
        tags,
        summary: 'Receive a dossier at the counter or by post: issues the code and the due date',
        body: CounterReception,
        response: { 201: Dossier, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req, reply) => {
      // Another system's agency: created here when this process hosts it (ROLE=all), else forwarded (409).
      const acrossSystems = ctx.config.ROLE === 'local' ? 'forward' : 'here';
      const { row, ...written } = await receiveDossier(
        db,
        nationalPort,
        req.principal,
        req.body,
        clock.now(),
        {
          acrossSystems,
        },
      );
      return reply.code(201).send(presentReceived(row, written, clock.now()));
    },
  );

  app.post(
    '/api/v1/dossiers/refusals',
    {
      config: { permission: 'dossier:receive' },
      schema: {
        tags,
        summary:
          'Refuse to receive a dossier at the counter or by post, with the reasons: the dossier is recorded with its ' +
          'code in status 3 and its Form 03 (GET /api/v1/dossiers/:id/forms/refusal.pdf) is handed over',
        body: CounterRefusal,
        response: { 201: Dossier, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req, reply) => {
      const { reasons, ...body } = req.body;
      const { row, ...written } = await receiveDossier(db, nationalPort, req.principal, body, clock.now(), {
        acrossSystems: ctx.config.ROLE === 'local' ? 'forward' : 'here',
        refusal: { reasons: reasons.map((r) => r.normalize('NFC').trim()) },
      });
      return reply.code(201).send(presentReceived(row, written));
    },
  );

  app.post(
    '/api/v1/online/dossiers',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'Submit a dossier online (status 1, waiting for reception)',
        body: Reception,
        response: { 201: Dossier, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem },
      },
    },
    async (req, reply) => {
      const now = clock.now();
      const { row, ...written } = await receiveDossier(
        db,
        nationalPort,
        req.principal,
        { ...req.body, channel: 'online' },
        now,
      );
      return reply.code(201).send(presentReceived(row, written, now));
    },
  );

  app.get(
    '/api/v1/dossiers',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary: "Work queues of the officer's agencies",
        querystring: Type.Object(
          {
            queue: Type.Optional(
              Type.Union(
                [
                  'dispatch',
                  'to_receive',
                  'to_process',
                  'waiting_supplement',
                  'waiting_payment',
                  'ready',
                  'due_soon',
                  'late',
                  'late_acceptance',
                  'mine',
                  'all',
                ].map((q) => Type.Literal(q)),
              ),
            ),
            q: Type.Optional(Type.String({ maxLength: 40 })),
            step: Type.Optional(
              Type.String({ minLength: 1, maxLength: 40, description: 'current workflow step key' }),
            ),
            assigneeId: Type.Optional(Type.String({ format: 'uuid' })),
            procedureCode: Type.Optional(Type.String({ pattern: '^\\d\\.\\d{6}$', maxLength: 8 })),
            receivedHere: Type.Optional(
              Type.Boolean({
                description: "received at my agencies' counters for agencies of other systems",
              }),
            ),
            ...paging,
          },
          { additionalProperties: false },
        ),
        response: ListResponse,
      },
    },
    async (req) =>
      workQueue(db, req.principal, {
        queue: req.query.queue ?? 'all',
        ...(req.query.q ? { q: req.query.q } : {}),
        ...(req.query.step ? { step: req.query.step } : {}),
        ...(req.query.assigneeId ? { assigneeId: req.query.assigneeId } : {}),
        ...(req.query.procedureCode ? { procedureCode: req.query.procedureCode } : {}),
        ...(req.query.receivedHere ? { receivedHere: true } : {}),
        limit: req.query.limit ?? 20,
        offset: req.query.offset ?? 0,
      }, clock.now()),
  );

  app.get(
    '/api/v1/dossiers/:id',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'One dossier in full',
        params: Id,
        response: { 200: Dossier, 400: problem, 401: problem, 404: problem },
      },
    },
    async (req) => getDossierView(db, req.principal, req.params.id, clock.now()),
  );

  app.post(
    '/api/v1/dossiers/:id/actions',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary:
          'Take an action (accept, supplement, forward, approve, result, return, withdraw, stop, recall, …)',
        params: Id,
        body: Type.Object(
          {
            action: Type.Union(actionKinds.filter((k) => k !== 'submit').map((k) => Type.Literal(k))),
            expectedVersion: Type.Integer({ minimum: 1 }),
            reason: Type.Optional(Type.String({ maxLength: 2000 })),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
            items: Type.Optional(
              Type.Array(
                Type.Object(
                  {
                    name: Text(300),
                    reason: Text(1000),
                    documentTypeCode: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
                    verification: Type.Optional(Verification),
                  },
                  { additionalProperties: false },
                ),
                { maxItems: 100 },
              ),
            ),
            newDueAt: Type.Optional(Type.String({ maxLength: 40 })),
            toStep: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
            assigneeId: Type.Optional(Type.String({ format: 'uuid' })),
            returnMethod: Type.Optional(
              Type.Union([Type.Literal('counter'), Type.Literal('post'), Type.Literal('online')]),
            ),
            feeExemption: Type.Optional(
              Type.Object({ reason: Text(1000) }, { additionalProperties: false, description: 'return_result: fees waived, with the reason' }),
            ),
            agencyCode: Type.Optional(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 })),
            receiver: Type.Optional(
              Type.Object(
                { name: Text(200), idNumber: Type.Optional(Type.String({ maxLength: 14 })) },
                { additionalProperties: false },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Dossier, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem },
      },
    },
    async (req) => {
      // once-only: a supplement item a valid warehouse document covers is refused (409) unless it is a verification
      const now = clock.now();
      const row = await act(db, req.principal, req.params.id, req.body, now, {
        supplementCheck: supplementCheck(nationalPort, req.principal),
      });
      return presentForOfficer(db, req.principal, row, now);
    },
  );

  app.get(
    '/api/v1/my/dossiers',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'My dossiers (submitted online by this citizen or organisation), newest first',
        querystring: Type.Object(
          {
            ...paging,
          },
          { additionalProperties: false },
        ),
        response: ListResponse,
      },
    },
    async (req) =>
      myDossiers(db, req.principal, { limit: req.query.limit ?? 20, offset: req.query.offset ?? 0 }),
  );

  app.post(
    '/api/v1/my/dossiers/:id/actions',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'Withdraw my dossier, or send the supplement that was asked for',
        params: Id,
        body: Type.Object(
          {
            action: Type.Union([Type.Literal('withdraw'), Type.Literal('supplement_received')]),
            expectedVersion: Type.Integer({ minimum: 1 }),
            reason: Type.Optional(Type.String({ maxLength: 2000 })),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Dossier, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req) => {
      const now = clock.now();
      return presentDossier(db, await act(db, req.principal, req.params.id, req.body, now), undefined, now);
    },
  );

  // tracking by code and by legacy code count together, per IP (codes follow a pattern: no walking through them)
  const lookupLimit = publicLookupLimit(app, ctx.config.TRACKING_RATE_LIMIT);
  app.get(
    '/api/v1/tracking/:code',
    {
      config: { permission: 'public' },
      onRequest: lookupLimit,
      schema: {
        tags,
        summary: 'Public tracking by dossier code (personal data masked); another system’s code is asked of the portal',
        params: Type.Object({ code: Type.String({ maxLength: 60 }) }, { additionalProperties: false }),
        // this system's dossier, or (a connected local system) the portal's masked view of another system's
        response: { 200: Type.Union([Dossier, Type.Object({ code: Type.String(), node: Type.String() }, { additionalProperties: true })]), 404: problem, 429: problem },
      },
    },
    async (req) => {
      try {
        return await trackDossier(db, req.params.code);
      } catch (err) {
        if (!(err instanceof AppError) || err.status !== 404) throw err;
        const elsewhere = await nationalPort.trackElsewhere(req.params.code);
        if (!elsewhere) throw err;
        return elsewhere;
      }
    },
  );

  // Fees: cash at the counter and the list of payments (fees-payments.routes.ts).
  await feeRoutes(app, ctx);
  // Import from an older system and tracking by legacy code (legacy-import.routes.ts).
  await legacyImportRoutes(app, ctx, lookupLimit);
  // The agency dashboard's aggregate (statistics.routes.ts).
  await statisticsRoutes(app, ctx);
  // The e-mails and SMS sent about a dossier, with their check codes (dossier-messages.routes.ts).
  await dossierMessageRoutes(app, ctx);
  await declarationRoutes(app, ctx);
}
