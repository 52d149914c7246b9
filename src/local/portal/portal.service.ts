/**
 * What the citizen portal needs beyond the lifecycle routes: the payment requests of my dossier (to pay online
 * from the dossier page), and attaching a file I uploaded to my warehouse to a component of my open online dossier
 * (it becomes a scan the one-stop officer sees and digitises, as if handed in at the counter).
 */
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { inspectDocument, type Inspected } from '../../platform/documents/inspect.ts';
import type { ReceivedUpload } from '../../platform/documents/upload.ts';
import { limitsFrom } from '../../platform/documents/limits.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findDossier } from '../dossiers/dossier.repository.ts';
import type { DossierRow } from '../dossiers/dossier.table.ts';
import { findComponent, findDossierRow, insertScan, pageFileName } from '../digitisation/digitisation.repository.ts';
import type { DigitisationScanRow } from '../digitisation/digitisation.table.ts';
import { paymentsOfDossier } from '../payments/payments.service.ts';
import { requesterOf } from '../reuse/reception-plan.ts';
import { isDossierOwner } from '../dossiers/owner.ts';

/** Statuses in which the owner may still add papers: waiting for reception (1), received (2), supplement asked (5). */
export const ATTACH_STATUSES: readonly number[] = [1, 2, 5];

async function myDossier(db: Db, p: Principal | undefined, id: string): Promise<DossierRow> {
  if (!p || p.kind === 'officer') throw new AppError('forbidden');
  const d = await findDossier(db, id);
  if (!d || !isDossierOwner(p, d)) throw new AppError('dossier-not-found');
  return d;
}

export interface MyPayment {
  id: string;
  amount: number;
  state: string;
  reference: string;
  description: string;
  paidAt: string | null;
  createdAt: string;
}

export async function myDossierPayments(
  db: Db,
  p: Principal | undefined,
  dossierId: string,
): Promise<MyPayment[]> {
  const d = await myDossier(db, p, dossierId);
  return (await paymentsOfDossier(db, d.id)).map((r) => ({
    id: r.id,
    amount: Number(r.amount),
    state: r.state,
    reference: r.reference,
    description: r.description,
    paidAt: r.paidAt,
    createdAt: r.createdAt,
  }));
}

/** Attach one of my warehouse documents (its file) to a component of my open dossier, as the next scanned page. */
export async function attachMyDocument(
  ctx: AppContext,
  p: Principal | undefined,
  dossierId: string,
  seq: number,
  documentId: string,
): Promise<DigitisationScanRow> {
  const { db } = ctx;
  const d = await myDossier(db, p, dossierId);
  if (!ATTACH_STATUSES.includes(d.status))
    throw new AppError('dossier-not-in-reception', { data: { currentStatus: d.status } });
  if (!(await findComponent(db, dossierId, seq)))
    throw new AppError('component-not-found', { data: { seq } });
  // the owner reading their own document: checked by the port (another person's → 403, logged in their log)
  const doc = await ctx.nationalPort.fetchDocument(
    {
      requester: requesterOf(p, null),
      dossierRef: d.id,
      dossierCode: d.code,
      purpose: 'online submission',
      consentId: null,
      legalBasis: null,
    },
    documentId,
    'file',
  );
  const bytes = await ctx.blobs.read(doc.file.sha256);
  const inspected = await inspectDocument(bytes, { contentType: doc.file.mime }, limitsFrom(ctx.config));
  return addOwnerPage(db, p!, dossierId, seq, { inspected, fileName: pageFileName(doc.name, inspected) });
}

/**
 * Upload a file straight to a component of my open dossier (streamed, type checked by content), as the next
 * scanned page — on a ministry's or province's system, where the owner's warehouse is not reachable as the owner.
 */
export async function uploadMyFile(
  db: Db,
  p: Principal | undefined,
  dossierId: string,
  seq: number,
  receive: () => Promise<ReceivedUpload>,
): Promise<DigitisationScanRow> {
  const d = await myDossier(db, p, dossierId);
  if (!ATTACH_STATUSES.includes(d.status))
    throw new AppError('dossier-not-in-reception', { data: { currentStatus: d.status } });
  if (!(await findComponent(db, dossierId, seq)))
    throw new AppError('component-not-found', { data: { seq } });
  const up = await receive(); // a refusal here leaves no row (only, possibly, an unreferenced blob)
  return addOwnerPage(db, p!, dossierId, seq, up);
}

/** The next page of a component, by the dossier's owner, while the dossier still takes papers (locked, re-checked). */
async function addOwnerPage(
  db: Db,
  p: Principal,
  dossierId: string,
  seq: number,
  file: { inspected: Inspected; fileName: string },
): Promise<DigitisationScanRow> {
  return db.transaction().execute(async (tx) => {
    const locked = await findDossierRow(tx, dossierId, true);
    if (!locked || !ATTACH_STATUSES.includes(locked.status))
      throw new AppError('dossier-not-in-reception', { data: { currentStatus: locked?.status ?? null } });
    return insertScan(tx, { dossierId, componentSeq: seq }, file, p);
  });
}
