/** GET the register of dossiers (Form 07) of a counter for a period, as a signed PDF or an XLSX workbook. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import { registerPdf, registerXlsx } from './register.service.ts';

const problem = { $ref: 'Problem#' };
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
const Query = Type.Object(
  {
    /** The counter's agency (default: the officer's own one-stop agency). */
    agency: Type.Optional(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 })),
    from: Day,
    to: Day,
  },
  { additionalProperties: false },
);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function registerRoutes(app: Server, ctx: AppContext): Promise<void> {
  const schema = (format: string) => ({
    tags: ['dossiers'],
    summary:
      `The register of dossiers (sổ theo dõi hồ sơ, Form 07 of Circular 03/2025) of a counter for a period ` +
      `(Vietnam days, inclusive, at most 366) as ${format}: every dossier received or refused there, with the ` +
      `hand-over, result and return dates`,
    querystring: Query,
    response: { 400: problem, 401: problem, 403: problem, 404: problem },
  });
  const name = (q: { from: string; to: string }, ext: string) => `so-theo-doi-ho-so-${q.from}-${q.to}.${ext}`;

  app.get(
    '/api/v1/registers/dossiers.pdf',
    { config: { permission: 'dossier:receive' }, schema: schema('a PDF signed by the counter’s agency') },
    async (req, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name(req.query, 'pdf')}"`)
        .send(await registerPdf(ctx, req.principal, req.query)),
  );
  app.get(
    '/api/v1/registers/dossiers.xlsx',
    { config: { permission: 'dossier:receive' }, schema: schema('an XLSX workbook') },
    async (req, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${name(req.query, 'xlsx')}"`)
        .send(await registerXlsx(ctx, req.principal, req.query)),
  );
}
