/**
 * Catalogue HTTP API. Public: search, the procedure in force, sectors. Officers: versions and drafts
 * (`catalogue:read-drafts`), create/edit/publish/retire/import (`catalogue:manage`, scoped by agency in the
 * service). `GET /api/v1/procedures/{code}` answers 404 `procedure-not-found` for an unknown code and 409
 * `procedure-not-published` for a known procedure with no version in force today (draft only, or retired).
 */
import { Type } from 'typebox';
import type { Db } from '../../db/connect.ts';
import type { Server } from '../../http/types.ts';
import { AppError } from '../../errors.ts';
import { isValidAgencyCode } from '../../lib/vn-ids.ts';
import type { ProcedureContent } from './catalogue.ts';
import * as svc from './catalogue.service.ts';
import { listSectors } from './catalogue.repository.ts';
import {
  CodeParams,
  CreateBody,
  ImportQuery,
  ImportReportSchema,
  PatchBody,
  PublishBody,
  SearchQuerySchema,
  SearchResponse,
  SectorsResponse,
  VersionParams,
  VersionSchema,
} from './catalogue.schemas.ts';
import { importCatalogue } from './import/run.ts';
import { searchProcedures } from './search.service.ts';

const tags = ['catalogue'];

const problems = { 400: { $ref: 'Problem#' }, 404: { $ref: 'Problem#' }, 409: { $ref: 'Problem#' } };

/** Editing the master catalogue (national portal): drafts, versions, publish, retire, import. */
export async function catalogueRoutes(app: Server, { db }: { db: Db }): Promise<void> {
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.post(
    '/api/v1/procedures',
    {
      config: { permission: 'catalogue:manage' },
      schema: { tags, summary: 'Create a procedure with its first (draft) version', body: CreateBody, response: { 201: VersionSchema, ...problems } },
    },
    async (req, reply) => {
      const { code, ...content } = req.body;
      const v = await svc.createProcedure(db, req.principal!, code, content);
      return reply.code(201).send(v);
    },
  );

  app.get(
    '/api/v1/procedures/:code/versions',
    {
      config: { permission: 'catalogue:read-drafts' },
      schema: { tags, summary: 'All versions of a procedure, newest first', params: CodeParams, response: { 200: Type.Object({ items: Type.Array(VersionSchema) }), ...problems } },
    },
    async (req) => ({ items: await svc.listProcedureVersions(db, req.params.code) }),
  );

  app.get(
    '/api/v1/procedures/:code/versions/:versionId',
    {
      config: { permission: 'catalogue:read-drafts' },
      schema: { tags, summary: 'One version (any status)', params: VersionParams, response: { 200: VersionSchema, ...problems } },
    },
    async (req) => svc.getVersion(db, req.params.code, req.params.versionId),
  );

  app.post(
    '/api/v1/procedures/:code/versions',
    {
      config: { permission: 'catalogue:manage' },
      schema: { tags, summary: 'Start a new draft version from the latest one', params: CodeParams, response: { 201: VersionSchema, ...problems } },
    },
    async (req, reply) => reply.code(201).send(await svc.createDraftVersion(db, req.principal!, req.params.code)),
  );

  app.patch(
    '/api/v1/procedures/:code/versions/:versionId',
    {
      config: { permission: 'catalogue:manage' },
      schema: { tags, summary: 'Edit a draft (a published version is immutable: 409)', params: VersionParams, body: PatchBody, response: { 200: VersionSchema, ...problems } },
    },
    async (req) => svc.editDraft(db, req.principal!, req.params.code, req.params.versionId, req.body as Partial<ProcedureContent>),
  );

  app.post(
    '/api/v1/procedures/:code/versions/:versionId/publish',
    {
      config: { permission: 'catalogue:manage' },
      // the body is optional: no body means "from today"
      preValidation: async (req) => {
        req.body ??= {};
      },
      schema: { tags, summary: 'Publish a draft; the previous published version ends when this one starts', params: VersionParams, body: PublishBody, response: { 200: VersionSchema, ...problems } },
    },
    async (req) => svc.publishVersion(db, req.principal!, req.params.code, req.params.versionId, { effectiveFrom: req.body.effectiveFrom }),
  );

  app.post(
    '/api/v1/procedures/:code/versions/:versionId/retire',
    {
      config: { permission: 'catalogue:manage' },
      schema: { tags, summary: 'Retire a published version (bãi bỏ)', params: VersionParams, response: { 200: VersionSchema, ...problems } },
    },
    async (req) => svc.retireVersion(db, req.principal!, req.params.code, req.params.versionId),
  );

  app.post(
    '/api/v1/procedures/import',
    {
      config: { permission: 'catalogue:manage' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import procedures: LayThuTuc JSON (application/json) or the catalogue CSV (text/csv); publishes valid rows',
        querystring: ImportQuery,
        response: { 200: ImportReportSchema, ...problems },
      },
    },
    async (req) => {
      if (req.body === undefined || req.body === null || req.body === '') throw new AppError('import-format-invalid', { detail: 'Empty body' });
      return importCatalogue(db, req.principal!, req.query.format, req.body);
    },
  );
}

/**
 * The public reads (every node): search, the version in force, sectors. A local system answers them from its own
 * copy of the catalogue, which its officers' reception and its citizens' pages read.
 */
export async function cataloguePublicRoutes(app: Server, { db }: { db: Db }): Promise<void> {
  app.get(
    '/api/v1/sectors',
    { config: { permission: 'public' }, schema: { tags, summary: 'Sectors (lĩnh vực) of the catalogue', response: { 200: SectorsResponse } } },
    async () => ({ items: await listSectors(db) }),
  );

  app.get(
    '/api/v1/procedures',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Search published procedures (diacritics optional, prefix and typo tolerant), best match first',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponse, 400: { $ref: 'Problem#' } },
      },
    },
    async (req) => {
      const q = req.query;
      if (q.agency && !isValidAgencyCode(q.agency)) throw new AppError('invalid-agency-code');
      return searchProcedures(db, {
        q: q.q ?? '',
        limit: q.limit ?? 20,
        offset: q.offset ?? 0,
        sector: q.sector,
        level: q.level,
        agency: q.agency,
        onlineLevel: q.onlineLevel,
      });
    },
  );

  app.get(
    '/api/v1/procedures/:code',
    {
      config: { permission: 'public' },
      schema: { tags, summary: 'The version of a procedure in force today', params: CodeParams, response: { 200: VersionSchema, ...problems } },
    },
    async (req) => svc.getPublishedProcedure(db, req.params.code),
  );
}
