/**
 * The citizen's dossiers on a portal-only node (ROLE=national): "my dossiers" and public tracking from the national
 * mirror, with the same paths as the local routes (which a national node does not register). Mounted only when
 * ROLE=national, so ROLE=all keeps the local routes; the mirror holds what the connected systems synced
 * (src/national/sync/mirror.ts), the routing outbox what was submitted here and not yet acknowledged.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { publicLookupLimit } from '../../http/lookup-limit.ts';
import type { Server } from '../../http/types.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findMirrorByCode, listOwnerDossiers, listPendingSubmissions, listProgress } from './citizen.repository.ts';
import type { Db } from '../../db/connect.ts';
import { ownerView, pendingView, publicView } from './citizen.view.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import { expectedResultAt, submissionReference, systemNames } from '../routing/submission-receipt.ts';

const problem = { $ref: 'Problem#' };
const tags = ['dossiers'];

/** The person's dossiers in the mirror (newest first, with progress) and their submissions still travelling. */
export async function myMirroredDossiers(db: Db, p: Principal | undefined, q: { limit: number; offset: number }, port?: NationalPort) {
  if (!p) throw new AppError('unauthenticated');
  if (p.kind === 'officer') throw new AppError('forbidden', { detail: 'My dossiers are for citizens and organisations' });
  const ownerId = p.kind === 'citizen' ? p.personalId : p.taxCode;
  const [{ rows, total }, pending] = await Promise.all([
    listOwnerDossiers(db, ownerId, q.limit, q.offset),
    listPendingSubmissions(db, p.id),
  ]);
  const progress = await listProgress(db, rows);
  const of = (d: { sourceNode: string; sourceId: string }) =>
    progress.filter((x) => x.sourceNode === d.sourceNode && x.sourceId === d.sourceId);
  const names = await systemNames(db, [...rows.map((d) => d.sourceNode), ...pending.map((s) => s.recipient)]);
  const expected = await Promise.all(
    pending.map(async (s) => (port && s.resolvingAgencyCode ? expectedResultAt(db, port, s.procedureCode, s.resolvingAgencyCode, new Date(s.createdAt)) : null)),
  );
  return {
    total,
    items: rows.map((d) => ownerView(d, of(d), names.get(d.sourceNode))),
    pending: pending.map((s, i) => pendingView(s, { systemName: names.get(s.recipient), reference: submissionReference(s.id), expectedAt: expected[i] ?? null })),
  };
}

export async function trackMirrored(db: Db, code: string) {
  const d = await findMirrorByCode(db, code);
  if (!d) throw new AppError('dossier-not-found', { detail: `No dossier with code ${code}` });
  return publicView(d, await listProgress(db, [d]));
}

export async function citizenMirrorRoutes(app: Server, ctx: AppContext): Promise<void> {
  // ROLE=all serves these paths from the local dossiers (src/local/dossiers/dossier.routes.ts).
  if (ctx.config.ROLE !== 'national') return;
  const { db } = ctx;

  app.get(
    '/api/v1/my/dossiers',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'My dossiers at every connected system (national mirror), newest first, with progress and submissions still being forwarded',
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            items: Type.Array(Type.Object({}, { additionalProperties: true })),
            pending: Type.Array(Type.Object({}, { additionalProperties: true })),
          }),
          400: problem,
          401: problem,
          403: problem,
        },
      },
    },
    async (req) => myMirroredDossiers(db, req.principal, { limit: req.query.limit ?? 20, offset: req.query.offset ?? 0 }, ctx.nationalPort),
  );

  app.get(
    '/api/v1/tracking/:code',
    {
      config: { permission: 'public' },
      // per IP; a local system asking for another system's code is one caller too (it limits its visitors first)
      onRequest: publicLookupLimit(app, ctx.config.TRACKING_RATE_LIMIT),
      schema: {
        tags,
        summary: 'Public tracking by dossier code from the national mirror (personal data masked)',
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 60 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({}, { additionalProperties: true }), 400: problem, 404: problem, 429: problem },
      },
    },
    async (req) => trackMirrored(db, req.params.code),
  );
}
