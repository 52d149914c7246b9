/**
 * Digitisation at reception (domain-vn.md §5.1–5.2): a one-stop officer scans the paper of a dossier component
 * page by page, then composes the digitised copy with its metadata. Only while the dossier is at reception
 * (status 1 or 2), only by one-stop officers and leaders of the dossier's agency (or above it), once per component.
 * The composed copy goes through finaliseDigitisedCopy (sign + warehouse once integrated); the component's source
 * becomes `digitised`. Officers who can see the dossier and its owner can read the digitised copy.
 */
import type { Readable } from 'node:stream';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { formatVn } from '../../platform/calendar/engine.ts';
import { composeDigitisedCopy } from '../../platform/documents/compose.ts';
import { limitsFrom } from '../../platform/documents/limits.ts';
import {
  checkDigitisationInput,
  normaliseDigitisationInput,
  type DigitisationInput,
  type DigitisationMetadata,
} from '../../platform/documents/metadata.ts';
import type { ReceivedUpload } from '../../platform/documents/upload.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { permissions } from '../../platform/identity/policy.ts';
import { agencyAncestors } from '../../platform/reference/agency.repository.ts';
import { assertVisible } from '../dossiers/dossier.query.ts';
import { insertAudit } from '../dossiers/dossier.repository.ts';
import type { DossierComponentRow, DossierRow } from '../dossiers/dossier.table.ts';
import {
  deleteScan,
  findComponent,
  findDigitisation,
  findDossierRow,
  findScan,
  insertDigitisation,
  insertScan,
  listScans,
  markComponentDigitised,
  nodeCodesOfAgencies,
  unitNameOf,
  type Tx,
} from './digitisation.repository.ts';
import type { DigitisationRow, DigitisationScanRow } from './digitisation.table.ts';
import { finaliseDigitisedCopy } from './finalise.ts';
import { kickWarehouseOutbox } from '../warehouse-link/outbox.ts';
import { isDossierOwner } from '../dossiers/owner.ts';
import { resendMonitoringFacts } from '../sync/refresh.ts';

/** Dossier statuses in which papers are digitised: submitted online awaiting reception (1), received (2). */
export const RECEPTION_STATUSES: readonly number[] = [1, 2];
const DIGITISER_ROLES: readonly string[] = permissions['dossier:digitise'];

interface Target {
  dossier: DossierRow;
  component: DossierComponentRow;
  /** The agency of the officer's grant that covers the dossier (whose one-stop unit digitises). */
  officerAgencyId: string;
}

/** The agency through which this officer may digitise papers of the dossier; 403 otherwise. */
async function digitiserAgency(tx: Tx, p: Principal | undefined, d: DossierRow): Promise<string> {
  if (!p) throw new AppError('unauthenticated');
  const grants = p.kind === 'officer' ? p.grants.filter((g) => DIGITISER_ROLES.includes(g.role)) : [];
  if (d.resolvingAgencyId) {
    const chain = [d.resolvingAgencyId, ...(await agencyAncestors(tx, d.resolvingAgencyId))];
    const g = chain.map((id) => grants.find((x) => x.agencyId === id)).find((x) => x !== undefined);
    if (g) return g.agencyId;
  } else {
    // In the dispatch queue: the one-stop officers of the same local system.
    const nodes = await nodeCodesOfAgencies(tx, grants.map((g) => g.agencyId));
    const i = nodes.indexOf(d.nodeCode);
    if (i >= 0) return grants[i]!.agencyId;
  }
  if (d.receivedAtAgencyId) {
    // The counter that received it for an agency of another system digitises the papers it took.
    const chain = [d.receivedAtAgencyId, ...(await agencyAncestors(tx, d.receivedAtAgencyId))];
    const g = grants.find((x) => chain.includes(x.agencyId));
    if (g) return g.agencyId;
  }
  throw new AppError('forbidden', { detail: 'Not allowed to digitise papers of this agency’s dossiers' });
}

async function target(tx: Tx, p: Principal | undefined, dossierId: string, seq: number, lock = false): Promise<Target> {
  const dossier = await findDossierRow(tx, dossierId, lock);
  if (!dossier) throw new AppError('dossier-not-found');
  const officerAgencyId = await digitiserAgency(tx, p, dossier);
  const component = await findComponent(tx, dossierId, seq);
  if (!component) throw new AppError('component-not-found', { data: { seq } });
  return { dossier, component, officerAgencyId };
}

function assertAtReception(d: DossierRow): void {
  if (!RECEPTION_STATUSES.includes(d.status)) {
    throw new AppError('dossier-not-in-reception', { data: { currentStatus: d.status } });
  }
}

async function assertNotDigitised(tx: Tx, dossierId: string, seq: number): Promise<void> {
  if (await findDigitisation(tx, dossierId, seq)) throw new AppError('component-already-digitised', { data: { seq } });
}

/** Check the caller may add a page, then receive the upload (streamed, inspected) and record it as the next page. */
export async function uploadScan(
  db: Db,
  p: Principal | undefined,
  dossierId: string,
  seq: number,
  receive: () => Promise<ReceivedUpload>,
): Promise<DigitisationScanRow> {
  const before = await target(db, p, dossierId, seq);
  assertAtReception(before.dossier);
  await assertNotDigitised(db, dossierId, seq);
  const up = await receive(); // a refusal here leaves no row (only, possibly, an unreferenced blob)
  return db.transaction().execute(async (tx) => {
    const { dossier } = await target(tx, p, dossierId, seq, true);
    assertAtReception(dossier);
    await assertNotDigitised(tx, dossierId, seq);
    return insertScan(tx, { dossierId, componentSeq: seq }, up, p!);
  });
}

export async function scanPages(db: Db, p: Principal | undefined, dossierId: string, seq: number): Promise<DigitisationScanRow[]> {
  await target(db, p, dossierId, seq);
  return listScans(db, dossierId, seq);
}

export async function openScan(
  ctx: AppContext,
  p: Principal | undefined,
  dossierId: string,
  seq: number,
  scanId: string,
): Promise<{ scan: DigitisationScanRow; content: Readable }> {
  await target(ctx.db, p, dossierId, seq);
  const scan = await findScan(ctx.db, dossierId, seq, scanId);
  if (!scan) throw new AppError('scan-not-found');
  return { scan, content: await ctx.blobs.open(scan.blobSha256) };
}

export async function removeScan(db: Db, p: Principal | undefined, dossierId: string, seq: number, scanId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const { dossier } = await target(tx, p, dossierId, seq, true);
    assertAtReception(dossier);
    await assertNotDigitised(tx, dossierId, seq);
    if (!(await findScan(tx, dossierId, seq, scanId))) throw new AppError('scan-not-found');
    await deleteScan(tx, scanId);
  });
}

function metadataFor(t: Target, input: DigitisationInput, p: Principal, unitName: string, now: Date): DigitisationMetadata {
  const documentTypeCode = input.documentTypeCode ?? t.component.documentTypeCode ?? undefined;
  return {
    ...input,
    ...(documentTypeCode ? { documentTypeCode } : {}),
    title: t.component.name,
    permanent: input.permanent ?? false,
    ownerId: t.dossier.ownerIdNumber,
    ownerName: t.dossier.ownerName,
    digitisedBy: p.name,
    digitisedAt: formatVn(now),
    digitisingUnit: unitName,
    ...(t.dossier.code ? { dossierCode: t.dossier.code } : {}),
    procedureCode: t.dossier.procedureCode,
    state: 1,
  };
}

/**
 * Compose the component's scanned pages into its digitised copy, finalise it and record it. The composition runs
 * before the transaction; inside it everything is checked again under the dossier lock (and the pages must be
 * the ones composed).
 */
export async function digitiseComponent(
  ctx: AppContext,
  p: Principal | undefined,
  dossierId: string,
  seq: number,
  raw: DigitisationInput,
  now: Date = new Date(),
): Promise<DigitisationRow> {
  try {
    const input = normaliseDigitisationInput(raw);
    checkDigitisationInput(input);
    const t = await target(ctx.db, p, dossierId, seq);
    assertAtReception(t.dossier);
    await assertNotDigitised(ctx.db, dossierId, seq);
    const scans = await listScans(ctx.db, dossierId, seq);
    if (!scans.length) throw new AppError('digitisation-no-pages');
    const unitName = (await unitNameOf(ctx.db, t.officerAgencyId)) ?? 'Bộ phận Một cửa';
    const metadata = metadataFor(t, input, p!, unitName, now);
    const pages = await Promise.all(scans.map(async (s) => ({ bytes: await ctx.blobs.read(s.blobSha256) })));
    const pdf = await composeDigitisedCopy(pages, metadata, limitsFrom(ctx.config));
    const recorded = await ctx.db.transaction().execute(async (tx) => {
      const locked = await target(tx, p, dossierId, seq, true);
      assertAtReception(locked.dossier);
      await assertNotDigitised(tx, dossierId, seq);
      const now2 = (await listScans(tx, dossierId, seq)).map((s) => s.id).join();
      if (now2 !== scans.map((s) => s.id).join()) {
        throw new AppError('conflict', { detail: 'The scanned pages changed while the copy was being composed' });
      }
      const copy = await finaliseDigitisedCopy(ctx, tx, {
        dossier: locked.dossier,
        componentSeq: seq,
        pdf,
        metadata,
        officer: { id: p!.id, name: p!.name, agencyId: t.officerAgencyId },
      });
      const row = await insertDigitisation(tx, {
        dossierId,
        componentSeq: seq,
        pdfSha256: copy.sha256,
        pdfSize: copy.size,
        pages: scans.reduce((n, s) => n + s.pages, 0),
        metadata,
        state: metadata.state,
        officerId: p!.id,
        officerName: p!.name,
        agencyId: t.officerAgencyId,
        unitName,
        digitisedAt: now.toISOString(),
      });
      await markComponentDigitised(tx, dossierId, seq);
      await insertAudit(tx, {
        actorKind: p!.kind,
        actorId: p!.id,
        action: 'digitise',
        targetType: 'dossier',
        targetId: dossierId,
        outcome: 'ok',
        detail: {
          componentSeq: seq,
          pdfSha256: copy.sha256,
          verificationCode: copy.verificationCode,
          documentTypeCode: metadata.documentTypeCode ?? null,
        },
      });
      return row;
    });
    await kickWarehouseOutbox(ctx); // the deposit queued by finaliseDigitisedCopy, now that it is committed
    await resendMonitoringFacts(ctx.db, dossierId); // a digitised component is a fact of the Decision 766 index
    return recorded;
  } catch (err) {
    if (err instanceof AppError && (err.status === 403 || err.status === 409)) {
      await insertAudit(ctx.db, {
        actorKind: p?.kind ?? 'anonymous',
        actorId: p?.id ?? 'anonymous',
        action: 'digitise',
        targetType: 'dossier',
        targetId: dossierId,
        outcome: 'refused',
        detail: { componentSeq: seq, code: err.code },
      }).catch(() => undefined);
    }
    throw err;
  }
}

/** Officers who can see the dossier, and its owner (dossiers/owner.ts). */
async function assertReader(db: Db, p: Principal | undefined, d: DossierRow): Promise<void> {
  if (!p) throw new AppError('unauthenticated');
  if (p.kind === 'officer') return assertVisible(db, p, d);
  if (isDossierOwner(p, d)) return;
  throw new AppError('dossier-not-found'); // do not reveal other people's dossiers
}

export async function getDigitisation(db: Db, p: Principal | undefined, dossierId: string, seq: number): Promise<DigitisationRow> {
  const d = await findDossierRow(db, dossierId);
  if (!d) throw new AppError('dossier-not-found');
  await assertReader(db, p, d);
  const row = await findDigitisation(db, dossierId, seq);
  if (!row) throw new AppError('digitisation-not-found');
  return row;
}

export async function openDigitisedCopy(
  ctx: AppContext,
  p: Principal | undefined,
  dossierId: string,
  seq: number,
): Promise<{ row: DigitisationRow; content: Readable }> {
  const row = await getDigitisation(ctx.db, p, dossierId, seq);
  return { row, content: await ctx.blobs.open(row.pdfSha256) };
}
