/** "Hồ sơ chưa gửi": my drafts of online dossiers (list, create, read, save, delete), owner-only. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { createDraft, deleteMyDraft, getMyDraft, listMyDrafts, saveDraft } from './drafts.service.ts';

const problem = { $ref: 'Problem#' };
const tags = ['drafts'];
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const Data = Type.Record(Type.String({ maxLength: 40 }), Type.Unknown(), { additionalProperties: true, maxProperties: 50, description: 'the wizard state: step, case, agency, applicant, declaration, papers (with upload ids)' });
const Draft = Type.Object({}, { additionalProperties: true });
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

export async function draftRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db } = ctx;
  app.get(
    '/api/v1/my/drafts',
    { config: { permission: 'self' }, schema: { tags, summary: 'My unsent dossiers, latest first', response: { 200: Draft, ...errors } } },
    async (req) => listMyDrafts(db, req.principal),
  );
  app.post(
    '/api/v1/my/drafts',
    {
      config: { permission: 'self' },
      bodyLimit: 128 * 1024,
      schema: {
        tags,
        summary: 'Start a draft of an online dossier (the procedure version in force is kept with it)',
        body: Type.Object({ procedureCode: Type.String({ pattern: '^\\d\\.\\d{6}$', maxLength: 8 }), data: Data }, { additionalProperties: false }),
        response: { 201: Draft, ...errors, 409: problem, 413: problem },
      },
    },
    async (req, reply) => reply.code(201).send(await createDraft(db, ctx.nationalPort, req.principal, req.body)),
  );
  app.get(
    '/api/v1/my/drafts/:id',
    { config: { permission: 'self' }, schema: { tags, summary: 'One of my drafts', params: Id, response: { 200: Draft, ...errors } } },
    async (req) => getMyDraft(db, req.principal, req.params.id),
  );
  app.put(
    '/api/v1/my/drafts/:id',
    {
      config: { permission: 'self' },
      bodyLimit: 128 * 1024,
      schema: {
        tags,
        summary: 'Save my draft (replaces its data)',
        params: Id,
        body: Type.Object({ data: Data }, { additionalProperties: false }),
        response: { 200: Draft, ...errors, 413: problem },
      },
    },
    async (req) => saveDraft(db, req.principal, req.params.id, req.body.data),
  );
  app.delete(
    '/api/v1/my/drafts/:id',
    { config: { permission: 'self' }, schema: { tags, summary: 'Delete my draft', params: Id, response: { 204: Type.Null(), ...errors } } },
    async (req, reply) => {
      await deleteMyDraft(db, req.principal, req.params.id);
      return reply.code(204).send(null);
    },
  );
}
