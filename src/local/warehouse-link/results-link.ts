/**
 * Electronic results into the owner's warehouse (provenance `issued`): every issued or replacing result is queued
 * for deposit in its issuing transaction; a replacement also marks the old one `replaced`, a revocation marks it
 * `revoked`. Delivery happens after the commit (outbox.ts). Results of agencies and other owners without a
 * warehouse are not deposited.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { PortRequester } from '../../federation/warehouse-port.ts';
import { findSignedDocumentById } from '../../platform/signing/registry.repository.ts';
import { findDossier } from '../dossiers/dossier.repository.ts';
import { findResultRow } from '../results/results.repository.ts';
import { onResultIssued, onResultRevoked } from '../results/results.service.ts';
import type { IssuedResult } from '../results/results.ts';
import { warehouseOwner } from '../reuse/reception-plan.ts';
import { enqueueDeposit, enqueueStatus, warehouseScope } from './outbox.ts';

type Tx = Transaction<Database>;

function issuingSystem(r: IssuedResult): PortRequester {
  return { kind: 'system', id: 'results', name: r.issuer.name, agencyCode: r.issuer.code };
}

/** Queue the deposit of an issued result (and, for a replacement, the old one's `replaced` mark). */
export async function queueResultDeposit(tx: Tx, r: IssuedResult): Promise<void> {
  const d = await findDossier(tx, r.dossierId);
  const owner = d ? warehouseOwner(d.ownerType, d.ownerIdNumber) : undefined;
  if (!d || !owner) return;
  const signed = await findSignedDocumentById(tx, r.signedDocumentId);
  if (!signed) throw new Error(`signed document ${r.signedDocumentId} of result ${r.id} is not registered`);
  await enqueueDeposit(tx, r.signedDocumentId, {
    owner,
    typeCode: r.resultTypeCode,
    name: r.resultTypeName,
    numberSymbol: r.numberSymbol,
    abstract: r.abstract,
    issuer: { code: r.issuer.code, name: r.issuer.name },
    signer: r.signerName,
    issueDate: r.issueDate,
    validUntil: r.permanent ? null : r.validUntil,
    permanent: r.permanent,
    validityScope: warehouseScope(r.scope, r.issuer.code),
    provenance: 'issued',
    signatureStatus: 'signed_valid',
    origin: { dossierCode: d.code, procedureCode: d.procedureCode, sectorCode: null },
    verificationCode: r.verificationCode,
    file: { sha256: signed.blobSha256, size: signed.sizeBytes, mime: 'application/pdf' },
    depositor: issuingSystem(r),
  });
  if (r.replacesId) {
    const old = await findResultRow(tx, r.replacesId);
    if (old)
      await enqueueStatus(tx, old.signedDocumentId, {
        status: 'replaced',
        reason: `Thay thế bởi kết quả số ${r.numberSymbol} (mã xác thực ${r.verificationCode})`,
        requester: issuingSystem(r),
      });
  }
}

/** Queue the `revoked` mark of a revoked result's warehouse copy. */
export async function queueResultRevocation(tx: Tx, r: IssuedResult): Promise<void> {
  const d = await findDossier(tx, r.dossierId);
  if (!d || !warehouseOwner(d.ownerType, d.ownerIdNumber)) return;
  await enqueueStatus(tx, r.signedDocumentId, {
    status: 'revoked',
    reason: r.revokedReason ?? 'Thu hồi kết quả',
    requester: issuingSystem(r),
  });
}

let registered = false;

/** Wire the listeners once per process (every app built in this process shares the results module's listeners). */
export function linkResultsToWarehouse(): void {
  if (registered) return;
  registered = true;
  onResultIssued(queueResultDeposit);
  onResultRevoked(queueResultRevocation);
}
