/**
 * Files a person uploaded on the national portal for a submission forwarded here. On the portal each file is a
 * document of the owner's warehouse (provenance `uploaded`), named by the consent the owner gave there for the
 * competent agency. Once the dossier exists, this system binds that consent to it, reads each file under it as its
 * system (each read in the owner's access log on the portal), checks it by content and adds it as a page of its
 * component — idempotent (a file already a page of its component is not added again), so a pass interrupted by a
 * crash or an unreachable portal is simply run again.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { findComponent, insertScan, pageFileName } from '../digitisation/digitisation.repository.ts';
import { requesterOf } from '../reuse/reception-plan.ts';
import { inspectDocument } from '../../platform/documents/inspect.ts';
import type { DocumentLimits } from '../../platform/documents/limits.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import type { NationalPort, PortAccess } from '../../federation/national-port.ts';
import type { ForwardedAttachment } from '../../federation/routing/submission.ts';

export type { ForwardedAttachment };

export interface AttachDeps {
  db: Db;
  port: NationalPort;
  blobs: BlobStore;
  limits: DocumentLimits;
}

/** Adds the forwarded files to `dossier`'s components; returns how many pages were added now. */
export async function attachForwarded(
  deps: AttachDeps,
  dossier: { id: string; code: string | null },
  consentId: string | undefined,
  attachments: readonly ForwardedAttachment[] | undefined,
): Promise<number> {
  if (!attachments?.length) return 0;
  if (!consentId) throw new AppError('warehouse-consent-not-found');
  const { db, port } = deps;
  const consent = await port.findConsent(consentId);
  if (!consent) throw new AppError('warehouse-consent-not-found');
  const system = requesterOf(undefined, consent.agencyCode);
  if (consent.dossierRef !== dossier.id)
    await port.bindConsent({ consentId, requester: system, dossierRef: dossier.id, dossierCode: dossier.code });
  const access: PortAccess = { requester: system, dossierRef: dossier.id, dossierCode: dossier.code, purpose: 'online submission', consentId, legalBasis: null };
  let added = 0;
  for (const a of attachments) {
    if (!(await findComponent(db, dossier.id, a.componentSeq))) throw new AppError('component-not-found', { data: { seq: a.componentSeq } });
    const meta = await port.fetchDocument(access, a.documentId, 'metadata');
    const already = await db
      .selectFrom('digitisationScans')
      .select('id')
      .where('dossierId', '=', dossier.id)
      .where('componentSeq', '=', a.componentSeq)
      .where('blobSha256', '=', meta.file.sha256)
      .executeTakeFirst();
    if (already) continue;
    await port.fetchDocument(access, a.documentId, 'file'); // the content, hash-checked, into this system's store
    const inspected = await inspectDocument(await deps.blobs.read(meta.file.sha256), { contentType: meta.file.mime }, deps.limits);
    const owner = { id: consent.owner.id, name: consent.recordedBy.name };
    await db.transaction().execute((tx) =>
      insertScan(tx, { dossierId: dossier.id, componentSeq: a.componentSeq }, { inspected, fileName: pageFileName(meta.name, inspected) }, owner),
    );
    added++;
  }
  return added;
}
