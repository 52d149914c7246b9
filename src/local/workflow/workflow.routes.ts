import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { signPdf } from '../../platform/signing/signing.service.ts';
import { controlLog, controlSlipPdf } from './control-log.ts';
import { stepKinds, type StepDef } from './template.ts';
import {
  createTemplate,
  getTemplate,
  getTemplates,
  publishTemplate,
  templateInForceFor,
} from './workflow.service.ts';

const problem = { $ref: 'Problem#' };
const tags = ['workflow'];
const Key = Type.String({ minLength: 1, maxLength: 40 });
const Code = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', maxLength: 64 });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', maxLength: 10 });
const Allowance = Type.Object(
  {
    duration: Type.Number({ exclusiveMinimum: 0, maximum: 365 }),
    unit: Type.Union([Type.Literal('working_hour'), Type.Literal('working_day')]),
  },
  { additionalProperties: false },
);
const Step = Type.Object(
  {
    key: Key,
    name: Type.String({ minLength: 1, maxLength: 300 }),
    kind: Type.Union([
      Type.Literal(stepKinds[0]),
      Type.Literal(stepKinds[1]),
      Type.Literal(stepKinds[2]),
      Type.Literal(stepKinds[3]),
      Type.Literal(stepKinds[4]),
      Type.Literal(stepKinds[5]),
    ]),
    role: Type.String({ minLength: 1, maxLength: 40, description: 'one_stop_officer, specialist or leader' }),
    agency: Type.String({
      minLength: 1,
      maxLength: 13,
      description: 'resolving, receiving or an agency code',
    }),
    allowance: Allowance,
    onlineAllowance: Type.Optional(Allowance),
    next: Type.Array(Key, { maxItems: 20 }),
  },
  { additionalProperties: false },
);
const Any = Type.Object({}, { additionalProperties: true });
const CodeVersion = Type.Object(
  { code: Code, version: Type.Integer({ minimum: 1, maximum: 100000 }) },
  { additionalProperties: false },
);
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export async function workflowRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db, nationalPort } = ctx;

  app.post(
    '/api/v1/workflow-templates',
    {
      config: { permission: 'catalogue:manage' },
      schema: {
        tags,
        summary:
          'Create a draft version of an internal workflow template (validated; warnings if allowances exceed the procedure time)',
        body: Type.Object(
          {
            code: Code,
            name: Type.String({ minLength: 1, maxLength: 300 }),
            steps: Type.Array(Step, { minItems: 1, maxItems: 50 }),
            procedureCode: Type.Optional(Type.String({ pattern: '^\\d\\.\\d{6}$', maxLength: 8 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Any, 400: problem, 401: problem, 403: problem, 409: problem },
      },
    },
    async (req, reply) => {
      // roles are checked by validateSteps (a 400 with the step's path), not by the schema
      const input = { ...req.body, steps: req.body.steps as StepDef[] };
      return reply.code(201).send(await createTemplate(db, nationalPort, req.principal, input));
    },
  );

  app.post(
    '/api/v1/workflow-templates/:code/versions/:version/publish',
    {
      config: { permission: 'catalogue:manage' },
      schema: {
        tags,
        summary: 'Publish a draft template version from an effective date (published versions are immutable)',
        params: CodeVersion,
        body: Type.Object({ effectiveFrom: Day }, { additionalProperties: false }),
        response: { 200: Any, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req) => publishTemplate(db, req.params.code, req.params.version, req.body.effectiveFrom),
  );

  app.get(
    '/api/v1/workflow-templates',
    {
      config: { permission: 'officer:read' },
      schema: {
        tags,
        summary: 'Workflow templates, every version',
        querystring: Type.Object({ code: Type.Optional(Code) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(Any) }), 400: problem, 401: problem, 403: problem },
      },
    },
    async (req) => ({ items: await getTemplates(db, req.query.code) }),
  );

  app.get(
    '/api/v1/workflow-templates/:code/versions/:version',
    {
      config: { permission: 'officer:read' },
      schema: {
        tags,
        summary: 'One template version',
        params: CodeVersion,
        response: { 200: Any, 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req) => getTemplate(db, req.params.code, req.params.version),
  );

  app.get(
    '/api/v1/workflow-templates/:code/in-force',
    {
      config: { permission: 'officer:read' },
      schema: {
        tags,
        summary: 'The published version in force on a day (default today)',
        params: Type.Object({ code: Code }, { additionalProperties: false }),
        querystring: Type.Object({ at: Type.Optional(Day) }, { additionalProperties: false }),
        response: { 200: Any, 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req) =>
      templateInForceFor(db, req.params.code, req.query.at ?? new Date().toISOString().slice(0, 10)),
  );

  app.get(
    '/api/v1/dossiers/:id/control-log',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary:
          'The control log of a dossier: every hand-over with giver, receiver, times and early / on time / late',
        params: Id,
        response: { 200: Any, 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req) => controlLog(db, req.principal, req.params.id, ctx.clock.now()),
  );

  app.get(
    '/api/v1/dossiers/:id/control-log.pdf',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary: 'Form 06 (phiếu kiểm soát quá trình giải quyết hồ sơ) as PDF',
        params: Id,
        response: { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req, reply) => {
      // A working paper that changes with every hand-over: signed by the resolving agency at each download (so it
      // verifies with pdfsig), not registered with a verification code like issued documents.
      const slip = await controlSlipPdf(db, req.principal, req.params.id);
      const pdf = await signPdf(ctx, slip.agencyId, slip.pdf, {
        reason: 'Phieu kiem soat qua trinh giai quyet ho so (Mau 06)',
        location: 'Viet Nam',
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="phieu-kiem-soat.pdf"')
        .send(pdf);
    },
  );
}
