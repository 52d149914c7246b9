/**
 * Form 01 at the receiving counter for a dossier received here for another system (issue 13.10): printed with the
 * competent system's dossier code and appointment date once that system has answered (`dossier.progress`), signed
 * by the receiving agency and registered (so the portal and every system verify it), issued once per forwarded
 * dossier. Before the answer there is no receipt (`forwarded-receipt-pending`, 409, with the short reference the
 * counter gives the person meanwhile).
 */
import { sql } from 'kysely';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { formAgency } from '../dossiers/dossier.documents.ts';
import { renderReceipt, stampVerification } from '../forms/index.ts';
import { formatVn } from '../../platform/calendar/engine.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { signAndRegister, type RegistryContext } from '../../platform/signing/registry.service.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import type { ForwardedDossierRow } from './counter-routing.table.ts';
import { getForwarded } from './forward.ts';
import type { RouteBody } from '../../federation/counter-routing/messages.ts';

/** The short reference a counter gives before the competent system answers: the route id's first 8 characters. */
export function pendingReference(id: string): string {
  const s = id.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

const UNITS = { working_day: 'working-days', working_hour: 'working-hours', calendar_day: 'days' } as const;

async function render(db: Db, config: Config, port: NationalPort, f: ForwardedDossierRow, body: RouteBody): Promise<Uint8Array> {
  const [agency, proc, resolving] = await Promise.all([
    formAgency(db, f.receivedAtAgencyId),
    port.findPublishedProcedure(f.procedureCode, f.createdAt.slice(0, 10)),
    db.selectFrom('agencies').select('name').where('code', '=', f.resolvingAgencyCode).executeTakeFirst(),
  ]);
  const o = body.input.owner as { name: string; idNumber: string; type: string; address?: string; phone?: string; email?: string };
  const terms = proc?.processing.counter ?? null;
  return renderReceipt({
    agency,
    dossierCode: f.remoteCode!,
    applicant: {
      name: o.name,
      ...(o.type === 'citizen' ? { personalId: o.idNumber } : {}),
      ...(o.address ? { address: o.address } : {}),
      ...(o.phone ? { phone: o.phone } : {}),
      ...(o.email ? { email: o.email } : {}),
    },
    procedure: { code: f.procedureCode, name: f.procedureName },
    components: body.input.components.map((c) => ({ name: c.name, originals: c.originals, certifiedCopies: c.certifiedCopies, photocopies: c.photocopies })),
    ...(terms ? { processingTime: { amount: terms.duration, unit: UNITS[terms.unit] } } : {}),
    receivedAt: formatVn(new Date(f.createdAt)),
    dueAt: f.remoteDueAt ? formatVn(new Date(f.remoteDueAt)) : null,
    fees: { items: (proc?.fees ?? []).map((x) => ({ name: x.name, amount: x.amount })), collection: proc?.fees.length ? 'on-result' : 'exempt' },
    resultDelivery: { method: 'counter', place: f.returnAtReception ? agency.unitName : (resolving?.name ?? f.resolvingAgencyCode) },
    officer: { name: f.officerName },
    trackingUrl: `${config.PUBLIC_URL}/api/v1/tracking/${encodeURIComponent(f.remoteCode!)}`,
  });
}

/** The signed receipt of a forwarded dossier (issued once; later downloads serve the same bytes). */
export async function forwardedReceipt(
  ctx: RegistryContext & { port: NationalPort },
  principal: Principal | undefined,
  id: string,
): Promise<{ pdf: Buffer; verificationCode: string }> {
  const f = await getForwarded(ctx.db, principal, id);
  if (!f.remoteCode) throw new AppError('forwarded-receipt-pending', { data: { reference: pendingReference(f.id), targetNode: f.targetNode } });
  if (!f.receivedAtAgencyId) throw new AppError('forwarded-dossier-not-found');
  return ctx.db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`forwarded-receipt:${f.id}`}))`.execute(tx);
    const existing = await tx
      .selectFrom('signedDocuments')
      .select(['blobSha256', 'verificationCode'])
      .where('kind', '=', 'receipt')
      .where(sql<boolean>`metadata->>'forwardedId' = ${f.id}`)
      .executeTakeFirst();
    if (existing) return { pdf: await ctx.blobs.read(existing.blobSha256), verificationCode: existing.verificationCode };
    const out = await tx.selectFrom('routingOutbox').select('body').where('id', '=', f.id).executeTakeFirst();
    if (!out) throw new AppError('forwarded-dossier-not-found');
    const body = (typeof out.body === 'string' ? JSON.parse(out.body) : out.body) as RouteBody;
    const issued = await signAndRegister(
      { ...ctx, db: tx },
      {
        agencyId: f.receivedAtAgencyId!,
        kind: 'receipt',
        title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả — ${f.remoteCode}`,
        ownerIdNumber: f.ownerIdNumber,
        metadata: { form: 'receipt', forwardedId: f.id, dossierCode: f.remoteCode, targetNode: f.targetNode },
        render: async (v) => stampVerification(await render(tx, ctx.config, ctx.port, f, body), v),
      },
    );
    return { pdf: issued.signedPdf, verificationCode: issued.verificationCode };
  });
}
