/**
 * Counter reception across systems. On a local system (ROLE=local, or all): `POST /api/v1/forwarded-dossiers` —
 * a one-stop officer receives at this counter a dossier for an agency hosted by another system (sent through the
 * portal as a signed `dossier.route`); `GET /api/v1/forwarded-dossiers[/:id]` — what this counter forwarded and
 * its progress there; `POST /api/v1/forwarded-dossiers/:id/return` — the result handed over here. The portal's
 * relay between systems: src/national/relay/.
 */
import { Type } from 'typebox';
import {
  AgencyCode,
  CaseCode,
  Components,
  Owner,
  ProcedureCode,
  Submitter,
  Text,
} from '../../federation/reception.schemas.ts';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { isStatus, statuses } from '../dossiers/status.ts';
import type { ForwardedDossierRow } from './counter-routing.table.ts';
import { deliveryOf, forwardDossier, getForwarded, listForwarded, recordReturn } from './forward.ts';
import { MAX_ROUTED_FILE_BYTES, MAX_ROUTED_FILES } from '../../federation/counter-routing/messages.ts';
import { withNames } from './forwarded-names.ts';

const problem = { $ref: 'Problem#' };
const tags = ['federation'];

const Forward = Type.Object(
  {
    procedureCode: ProcedureCode,
    caseCode: Type.Optional(CaseCode),
    resolvingAgencyCode: AgencyCode,
    owner: Owner,
    submitter: Type.Optional(Submitter),
    components: Components,
    files: Type.Optional(
      Type.Array(
        Type.Object(
          {
            componentSeq: Type.Integer({ minimum: 1, maximum: 100 }),
            fileName: Text(200),
            dataBase64: Type.String({
              minLength: 4,
              maxLength: Math.ceil((MAX_ROUTED_FILE_BYTES * 4) / 3) + 4,
              pattern: '^[A-Za-z0-9+/]+={0,2}$',
            }),
          },
          { additionalProperties: false },
        ),
        {
          maxItems: MAX_ROUTED_FILES,
          description: `scanned papers, at most ${MAX_ROUTED_FILE_BYTES} bytes in all`,
        },
      ),
    ),
    returnAtReception: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const Forwarded = Type.Object(
  {},
  { additionalProperties: true, description: 'A dossier forwarded from this counter and its progress there' },
);

export function presentForwarded(r: ForwardedDossierRow) {
  const s = r.remoteStatus !== null && isStatus(r.remoteStatus) ? r.remoteStatus : null;
  return {
    id: r.id,
    targetNode: r.targetNode,
    resolvingAgencyCode: r.resolvingAgencyCode,
    procedure: { code: r.procedureCode, name: r.procedureName },
    owner: { type: r.ownerType, idNumber: r.ownerIdNumber, name: r.ownerName },
    receivedAtAgencyId: r.receivedAtAgencyId,
    returnAtReception: r.returnAtReception,
    officerName: r.officerName,
    files: r.files,
    createdAt: r.createdAt,
    /** What the competent system reported: null until its first report. */
    remote: {
      code: r.remoteCode,
      status: r.remoteStatus,
      statusName: s ? { vi: statuses[s].vi, en: statuses[s].en } : null,
      dueAt: r.remoteDueAt,
      version: r.remoteVersion,
      progressAt: r.progressAt,
      history: r.history,
      fees: r.remoteFees,
    },
    returnedBy: r.returnedBy,
    returnSentAt: r.returnSentAt,
    canReturn: r.returnAtReception && r.remoteStatus === 9 && !r.returnSentAt,
  };
}

export async function counterRoutingRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db, config } = ctx;
  app.post(
    '/api/v1/forwarded-dossiers',
    {
      config: { permission: 'dossier:receive' },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Receive at this counter a dossier for an agency of another system and forward it there (with the scanned papers)',
        body: Forward,
        response: {
          202: Forwarded,
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
          413: problem,
          415: problem,
          422: problem,
        },
      },
    },
    async (req, reply) =>
      reply
        .code(202)
        .send((await withNames(db, [presentForwarded(await forwardDossier(db, ctx.nationalPort, config, req.principal, req.body))]))[0]!),
  );
  app.get(
    '/api/v1/forwarded-dossiers',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary: "Dossiers received at my agencies' counters for other systems, with their progress there",
        querystring: Type.Object(
          {
            status: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(Forwarded) }),
          400: problem,
          401: problem,
          403: problem,
        },
      },
    },
    async (req) => {
      const r = await listForwarded(db, req.principal, {
        ...(req.query.status ? { status: req.query.status } : {}),
        limit: req.query.limit ?? 20,
        offset: req.query.offset ?? 0,
      });
      return { total: r.total, items: await withNames(db, r.items.map(presentForwarded)) };
    },
  );
  app.get(
    '/api/v1/forwarded-dossiers/:id',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary: 'One forwarded dossier and its progress at the competent system',
        params: Id,
        response: { 200: Forwarded, 400: problem, 401: problem, 404: problem },
      },
    },
    async (req) => {
      const row = await getForwarded(db, req.principal, req.params.id);
      const [named] = await withNames(db, [presentForwarded(row)]);
      return { ...named, delivery: await deliveryOf(db, row.id) };
    },
  );
  app.post(
    '/api/v1/forwarded-dossiers/:id/return',
    {
      config: { permission: 'dossier:receive' },
      schema: {
        tags,
        summary:
          'Record the return of the result at this counter (sent to the competent system, applied there once)',
        params: Id,
        body: Type.Object(
          {
            receiver: Type.Object(
              {
                name: Text(200),
                idNumber: Type.Optional(Type.String({ maxLength: 14, pattern: '^[0-9]*$' })),
              },
              { additionalProperties: false },
            ),
            feeExemption: Type.Optional(
              Type.Object({ reason: Text(1000) }, { additionalProperties: false, description: 'The fees waived, with the reason' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Forwarded, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req) =>
      presentForwarded(await recordReturn(db, config, req.principal, req.params.id, req.body.receiver, req.body.feeExemption)),
  );
}
