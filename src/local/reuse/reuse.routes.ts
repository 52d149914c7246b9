/** Once-only reuse routes: the applicant's resolver, the counter consent and resolver, officers' reads, withdrawal. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { assertAgencyAccess } from '../../platform/identity/agency-scope.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import { countVerificationRequests, reuseCounts } from './reuse.repository.ts';
import {
  confirmCounterConsent,
  counterDocuments,
  readReusedDocument,
  requestCounterConsent,
  resolveAtCounter,
  resolveForOwner,
  withdrawMyDossierConsent,
} from './reuse.service.ts';

const problem = { $ref: 'Problem#' };
const tags = ['once-only reuse'];
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };
const Uuid = Type.String({ format: 'uuid' });
const ProcedureCode = Type.String({ pattern: '^\\d\\.\\d{6}$', maxLength: 8 });
const Loose = Type.Object({}, { additionalProperties: true });
const Resolution = Type.Object(
  { procedureCode: Type.String(), caseCode: Type.String(), components: Type.Array(Loose) },
  { description: 'Each required component with the candidate documents and why each qualifies (ok) or not' },
);
const ResolveQuery = {
  case: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  agencyCode: Type.Optional(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 })),
};

export async function reuseRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db, nationalPort: port, blobs } = ctx;

  app.post(
    '/api/v1/reuse/counter-consents',
    {
      config: { permission: 'dossier:receive' },
      schema: {
        tags,
        summary:
          'Ask the person at the counter for their consent: a one-time code goes to their registered phone / e-mail (step 1)',
        description:
          'No consent yet: the answer names the pending request and where the code went (masked), never the code. ' +
          'The person reads the code out at the counter; POST /api/v1/reuse/counter-consents/confirm records the consent. ' +
          'A person with no registered contact: 409 `counter-consent-no-contact`.',
        body: Type.Object(
          {
            owner: Type.Object(
              {
                type: Type.Union([Type.Literal('citizen'), Type.Literal('business')]),
                idNumber: Type.String({ minLength: 9, maxLength: 14, pattern: '^[0-9-]+$' }),
              },
              { additionalProperties: false },
            ),
            purpose: Type.String({ minLength: 1, maxLength: 500 }),
            dossierRef: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object(
            {
              challengeId: Type.String(),
              dossierRef: Type.String(),
              expiresAt: Type.String(),
              attemptsLeft: Type.Integer(),
              sentTo: Type.Array(
                Type.Object({ channel: Type.Union([Type.Literal('sms'), Type.Literal('email')]), to: Type.String() }),
              ),
            },
            { additionalProperties: false },
          ),
          ...errors,
          410: problem,
          429: problem,
        },
      },
    },
    async (req, reply) => reply.code(201).send(await requestCounterConsent(port, req.principal, req.body)),
  );

  app.post(
    '/api/v1/reuse/counter-consents/confirm',
    {
      config: { permission: 'dossier:receive' },
      schema: {
        tags,
        summary: 'The code the person read out at the counter: the consent is recorded when it matches (step 2)',
        description:
          'Limited attempts (403 `counter-consent-code-wrong` with attemptsLeft, then 409 `counter-consent-attempts-exhausted`), ' +
          'expiry (410 `counter-consent-code-expired`), used once (409 `counter-consent-code-used`).',
        body: Type.Object(
          { challengeId: Uuid, code: Type.String({ pattern: '^\\d{6}$' }) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ consentId: Type.String(), dossierRef: Type.String() }), ...errors, 410: problem },
      },
    },
    async (req, reply) => reply.code(201).send(await confirmCounterConsent(port, req.principal, req.body)),
  );

  app.get(
    '/api/v1/reuse/counter-consents/:id/documents',
    {
      config: { permission: 'dossier:receive' },
      schema: {
        tags,
        summary:
          'What the warehouse holds for the person at the counter (after their consent; every read logged)',
        params: Type.Object({ id: Uuid }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(Loose) }), ...errors },
      },
    },
    async (req) => ({ items: await counterDocuments(port, req.principal, req.params.id) }),
  );

  app.get(
    '/api/v1/reuse/counter-consents/:id/resolve',
    {
      config: { permission: 'dossier:receive' },
      schema: {
        tags,
        summary: 'The resolver at the counter, under the person’s consent',
        params: Type.Object({ id: Uuid }, { additionalProperties: false }),
        querystring: Type.Object(
          { procedureCode: ProcedureCode, ...ResolveQuery },
          { additionalProperties: false },
        ),
        response: { 200: Resolution, ...errors },
      },
    },
    async (req) =>
      resolveAtCounter(
        port,
        req.principal,
        req.params.id,
        req.query.procedureCode,
        req.query.case,
        req.query.agencyCode,
      ),
  );

  const ReusedParams = Type.Object({ id: Uuid, documentId: Uuid }, { additionalProperties: false });
  app.get(
    '/api/v1/dossiers/:id/reused/:documentId',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary: 'Metadata of a warehouse document reused by this dossier (logged in the owner’s access log)',
        params: ReusedParams,
        response: { 200: Loose, ...errors },
      },
    },
    async (req) =>
      readReusedDocument(db, port, req.principal, req.params.id, req.params.documentId, 'metadata'),
  );

  app.get(
    '/api/v1/dossiers/:id/reused/:documentId/file',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary: 'The file of a warehouse document reused by this dossier (logged in the owner’s access log)',
        params: ReusedParams,
        response: errors,
      },
    },
    async (req, reply) => {
      const doc = await readReusedDocument(
        db,
        port,
        req.principal,
        req.params.id,
        req.params.documentId,
        'file',
      );
      return reply
        .type(doc.file.mime)
        .header('content-length', doc.file.size)
        .header('x-content-type-options', 'nosniff')
        .send(await blobs.open(doc.file.sha256));
    },
  );

  app.post(
    '/api/v1/my/dossiers/:id/consents/:consentId/withdraw',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary:
          'Withdraw the consent I gave for my dossier (while it is open): officers can no longer read the documents',
        params: Type.Object({ id: Uuid, consentId: Uuid }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await withdrawMyDossierConsent(db, port, req.principal, req.params.id, req.params.consentId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/reuse/statistics',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary: 'Reused components and verification requests of an agency in a period',
        querystring: Type.Object(
          {
            agencyId: Uuid,
            from: Type.String({ format: 'date-time' }),
            to: Type.String({ format: 'date-time' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Loose, ...errors },
      },
    },
    async (req) => {
      await assertAgencyAccess(db, req.principal, 'dossier:work', req.query.agencyId);
      const [counts, verificationRequests] = await Promise.all([
        reuseCounts(db, req.query),
        countVerificationRequests(db, req.query),
      ]);
      return { reuse: counts[0] ?? null, verificationRequests };
    },
  );
}

/**
 * The applicant's own resolver (the online wizard). It reads the owner's warehouse as the owner, so it runs where
 * that is allowed: in one process and on the national portal (a mounted `platform` module); a connected local
 * system's port refuses owner reads (403 `warehouse-access-refused`, owners act on the portal).
 */
export async function ownerReuseRoutes(app: Server, ctx: AppContext): Promise<void> {
  const port = ctx.nationalPort;
  app.get(
    '/api/v1/procedures/:code/reuse',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary:
          'Which of my warehouse documents can stand for the components of this procedure (online wizard)',
        params: Type.Object({ code: ProcedureCode }, { additionalProperties: false }),
        querystring: Type.Object(ResolveQuery, { additionalProperties: false }),
        response: { 200: Resolution, ...errors },
      },
    },
    async (req) =>
      resolveForOwner(port, req.principal, req.params.code, req.query.case, req.query.agencyCode),
  );
}
