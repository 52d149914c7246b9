/** Routes of the per-dossier satisfaction evaluation (rules in evaluation.service.ts). */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import { criteriaInForce, evaluationSummary, getEvaluation, submitEvaluation } from './evaluation.service.ts';

const problem = { $ref: 'Problem#' };
const tags = ['evaluation'];
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const Day = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', maxLength: 10 });

const Body = Type.Object(
  {
    scores: Type.Record(Type.String({ pattern: '^[A-Za-z0-9_.-]{1,20}$' }), Type.Integer({ minimum: -1000, maximum: 1000 }), {
      maxProperties: 60,
      additionalProperties: false,
      description: 'criterion code → score; every criterion of the set in force, each with an allowed value (TT01-2018: 0, 1 or 2)',
    }),
    comments: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

const Evaluation = Type.Object(
  {
    dossierId: Type.String(),
    dossierCode: Type.Union([Type.String(), Type.Null()]),
    criteriaSet: Type.Object({ code: Type.String(), name: Type.String() }),
    scores: Type.Array(
      Type.Object({
        code: Type.String(),
        kind: Type.String(),
        vi: Type.String(),
        en: Type.String(),
        value: Type.Integer(),
        label: Type.String(),
      }),
    ),
    total: Type.Integer(),
    maxTotal: Type.Integer(),
    grade: Type.Object({ code: Type.String(), vi: Type.String(), en: Type.String() }),
    comments: Type.String(),
    source: Type.String(),
    createdAt: Type.String(),
  },
  { additionalProperties: false },
);

const Summary = Type.Object({
  agency: Type.Union([Type.String(), Type.Null()]),
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
  sets: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      count: Type.Integer(),
      averageTotal: Type.Number(),
      maxTotal: Type.Integer(),
      grades: Type.Array(
        Type.Object({ code: Type.String(), vi: Type.String(), en: Type.String(), minScore: Type.Number(), count: Type.Integer() }),
      ),
      criteria: Type.Array(
        Type.Object({ code: Type.String(), kind: Type.String(), vi: Type.String(), average: Type.Union([Type.Number(), Type.Null()]) }),
      ),
    }),
  ),
});

const Label = { vi: Type.String(), en: Type.String() };
const Criteria = Type.Object({
  code: Type.String(),
  name: Type.String(),
  criteria: Type.Array(
    Type.Object({
      code: Type.String(),
      kind: Type.String(),
      ...Label,
      options: Type.Array(Type.Object({ value: Type.Integer(), ...Label })),
    }),
  ),
});

export async function evaluationRoutes(app: Server, { db }: AppContext): Promise<void> {
  app.get(
    '/api/v1/evaluation/criteria',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'The evaluation questionnaire in force: each criterion and the answers offered, none chosen in advance',
        response: { 200: Criteria, 404: problem },
      },
    },
    async () => criteriaInForce(db),
  );

  app.post(
    '/api/v1/dossiers/:id/evaluation',
    {
      // the owner (citizen or organisation) or a one-stop officer recording a paper form: checked in the service
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Evaluate a dossier whose result was returned (once), with the criteria set in force',
        params: Id,
        body: Body,
        response: { 201: Evaluation, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req, reply) => reply.code(201).send(await submitEvaluation(db, req.principal, req.params.id, req.body)),
  );

  app.get(
    '/api/v1/dossiers/:id/evaluation',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: "A dossier's evaluation (its owner, or officers of its agency)",
        params: Id,
        response: { 200: Evaluation, 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req) => getEvaluation(db, req.principal, req.params.id),
  );

  app.get(
    '/api/v1/evaluations/summary',
    {
      config: { permission: 'evaluation:read' },
      schema: {
        tags,
        summary: 'Averages and grade counts of evaluations of an agency and its subordinates, per criteria set',
        querystring: Type.Object(
          {
            agency: Type.Optional(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 })),
            from: Type.Optional(Day),
            to: Type.Optional(Day),
          },
          { additionalProperties: false },
        ),
        response: { 200: Summary, 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req) => evaluationSummary(db, req.principal, req.query),
  );
}
