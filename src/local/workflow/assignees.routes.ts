/**
 * GET /api/v1/agencies/{code}/officers?role=…: who may take a workflow step performed by `role` at this agency —
 * the active officers holding the role there or at an agency above it (the same rule as step.service.ts applies
 * to a named assignee). For the forward/approve/return dialogs of the officer workspace; names only, no contact
 * data. Any officer who works on dossiers may ask (a step may belong to another agency: inter-agency steps).
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Server } from '../../http/types.ts';
import { AgencyCodeSchema } from '../../platform/identity/officer.ts';
import { agencyChain, agencyIdByCode } from './workflow.repository.ts';
import { officersWithRoleAt } from './assignees.repository.ts';

const problem = { $ref: 'Problem#' };
const StepRole = Type.Union([Type.Literal('one_stop_officer'), Type.Literal('specialist'), Type.Literal('leader')]);
const Assignee = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    agency: Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

export async function assigneeRoutes(app: Server, { db }: AppContext): Promise<void> {
  app.get(
    '/api/v1/agencies/:code/officers',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags: ['workflow'],
        summary: 'Officers who may be named as the assignee of a step performed by this role at this agency',
        params: Type.Object({ code: AgencyCodeSchema }, { additionalProperties: false }),
        querystring: Type.Object({ role: StepRole }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(Assignee) }, { additionalProperties: false }),
          400: problem,
          401: problem,
          403: problem,
          404: problem,
        },
      },
    },
    async (req) => {
      const id = await agencyIdByCode(db, req.params.code);
      if (!id) throw new AppError('agency-not-found', { data: { code: req.params.code } });
      const rows = await officersWithRoleAt(db, req.query.role, await agencyChain(db, id));
      return { items: rows.map((r) => ({ id: r.id, name: r.fullName, agency: { code: r.agencyCode, name: r.agencyName } })) };
    },
  );
}
