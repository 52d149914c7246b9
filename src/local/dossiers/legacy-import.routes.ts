/** Routes of the legacy import: dossiers from an older system with their codes, and tracking by a legacy code. */
import { Type } from 'typebox';
import { AgencyCode, CaseCode, Components, Owner, ProcedureCode } from '../../federation/reception.schemas.ts';
import type { AppContext } from '../../context.ts';
import type { publicLookupLimit } from '../../http/lookup-limit.ts';
import type { Server } from '../../http/types.ts';
import { trackDossier } from './dossier.query.ts';
import { codeForLegacyCode, importLegacyDossiers } from './legacy-import.ts';

const problem = { $ref: 'Problem#' };
const tags = ['dossiers'];
const Instant = Type.String({ minLength: 10, maxLength: 40, description: 'ISO 8601 date-time with offset' });
/** Letters, digits and . - _ (e.g. `H21.65-220914-0011`, `00352112000539`, `000.00.06.H56-250901-0005`). */
const LEGACY_CODE = Type.String({ minLength: 1, maxLength: 60, pattern: '^[A-Za-z0-9._-]+$' });

const Item = Type.Object(
  {
    legacyCode: LEGACY_CODE,
    procedureCode: ProcedureCode,
    caseCode: Type.Optional(CaseCode),
    resolvingAgencyCode: AgencyCode,
    channel: Type.Union([Type.Literal('counter'), Type.Literal('online'), Type.Literal('post')]),
    status: Type.Integer({ minimum: 1, maximum: 10 }),
    submittedAt: Type.Optional(Instant),
    receivedAt: Type.Optional(Instant),
    dueAt: Type.Optional(Instant),
    statusAt: Type.Optional(Instant),
    owner: Owner,
    components: Type.Optional(Components),
  },
  { additionalProperties: false },
);

/** `lookupLimit`: the per-IP limit the tracking route by code uses too (one count for both). */
export async function legacyImportRoutes(
  app: Server,
  { db, nationalPort }: AppContext,
  lookupLimit: ReturnType<typeof publicLookupLimit>,
): Promise<void> {
  app.post(
    '/api/v1/dossiers/import',
    {
      config: { permission: 'dossier:import' },
      schema: {
        tags,
        summary: 'Import dossiers from an older system with their legacy codes (all or nothing, idempotent)',
        body: Type.Object(
          { dossiers: Type.Array(Item, { minItems: 1, maxItems: 200 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(Type.Object({}, { additionalProperties: true })) }),
          201: Type.Object({ items: Type.Array(Type.Object({}, { additionalProperties: true })) }),
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
        },
      },
    },
    async (req, reply) => {
      const items = await importLegacyDossiers(db, nationalPort, req.principal, req.body.dossiers);
      return reply.code(items.some((i) => i.created) ? 201 : 200).send({ items });
    },
  );

  app.get(
    '/api/v1/tracking/legacy/:code',
    {
      config: { permission: 'public' },
      onRequest: lookupLimit,
      schema: {
        tags,
        summary: 'Public tracking by the legacy code of an imported dossier (or its code)',
        params: Type.Object({ code: LEGACY_CODE }, { additionalProperties: false }),
        response: {
          200: Type.Object({}, { additionalProperties: true }),
          400: problem,
          404: problem,
          409: problem,
          429: problem,
        },
      },
    },
    async (req) => trackDossier(db, await codeForLegacyCode(db, req.params.code)),
  );
}
