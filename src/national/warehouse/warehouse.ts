/** Warehouse domain: the owner a principal stands for, and rows mapped to the port's wire shape. */
import { AppError } from '../../errors.ts';
import type { PortCoverageCandidate, PortOwner, PortWarehouseDocument } from '../../federation/warehouse-port.ts';
import { checkPersonalId, isValidTaxCode, normaliseTaxCode } from '../../lib/vn-ids.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { vnToday } from '../catalogue/catalogue.service.ts';
import type { WarehouseDocumentRow } from './warehouse.table.ts';

export { vnToday };


/** The warehouse a citizen or organisation principal owns. */
export function ownerOf(p: Principal | undefined): PortOwner {
  if (!p) throw new AppError('unauthenticated');
  if (p.kind === 'citizen') return { kind: 'citizen', id: p.personalId };
  if (p.kind === 'organisation') return { kind: 'organisation', id: p.taxCode };
  throw new AppError('forbidden', { detail: 'Only a citizen or an organisation owns a warehouse' });
}

/** A valid owner identifier: 12-digit personal ID or tax code (normalised). */
export function checkOwner(o: PortOwner): PortOwner {
  if (o.kind === 'citizen') {
    const c = checkPersonalId(o.id);
    if (!c.ok) throw new AppError('invalid-personal-id', { detail: c.reason });
    return o;
  }
  if (!isValidTaxCode(o.id)) throw new AppError('invalid-tax-code');
  return { kind: 'organisation', id: normaliseTaxCode(o.id) };
}

export function isExpired(row: Pick<WarehouseDocumentRow, 'validUntil' | 'permanent'>, today: string = vnToday()): boolean {
  return !row.permanent && row.validUntil !== null && row.validUntil < today;
}

export function toPortDocument(r: WarehouseDocumentRow, today: string = vnToday()): PortWarehouseDocument {
  return {
    id: r.id,
    owner: { kind: r.ownerKind, id: r.ownerId },
    typeCode: r.typeCode,
    name: r.name,
    numberSymbol: r.numberSymbol,
    abstract: r.abstract,
    issuer: { code: r.issuerCode, name: r.issuerName },
    signer: r.signer,
    issueDate: r.issueDate,
    validUntil: r.validUntil,
    permanent: r.permanent,
    validityScope: r.validityScope,
    provenance: r.provenance,
    signatureStatus: r.signatureStatus,
    origin: { dossierCode: r.originDossierCode, procedureCode: r.originProcedureCode, sectorCode: r.originSectorCode },
    verificationCode: r.verificationCode,
    file: { sha256: r.fileSha256.trim(), size: r.fileSize, mime: r.fileMime },
    status: r.status,
    hidden: r.hidden,
    expired: isExpired(r, today),
    createdAt: r.createdAt,
  };
}

export function toCoverage(r: WarehouseDocumentRow, today: string = vnToday()): PortCoverageCandidate {
  return {
    id: r.id,
    typeCode: r.typeCode,
    numberSymbol: r.numberSymbol,
    issuer: { code: r.issuerCode, name: r.issuerName },
    validUntil: r.validUntil,
    permanent: r.permanent,
    validityScope: r.validityScope,
    provenance: r.provenance,
    status: r.status,
    expired: isExpired(r, today),
  };
}
