/**
 * The one place a composed digitised copy leaves digitisation, called inside the transaction that records the
 * digitisation with the dossier row locked: the copy gets its verification code and QR stamped in the margin, is
 * signed (PAdES) as the dossier's resolving agency — or, while it waits for dispatch, the digitising officer's
 * agency — registered as a `digitised_copy` with its §5.2 metadata, and queued for deposit in the owner's
 * warehouse (provenance `digitised`). The deposit is an outbox row of this same transaction, sent to the national
 * portal after commit (src/local/warehouse-link/outbox.ts): if the transaction fails, neither the registry entry
 * nor the deposit exists; if the portal is down, the deposit is retried, idempotently on the registry id.
 */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { DigitisationMetadata } from '../../platform/documents/metadata.ts';
import { agencyNameAndCode } from '../../platform/signing/registry.repository.ts';
import { signAndRegister } from '../../platform/signing/registry.service.ts';
import { formatVerificationCode } from '../../platform/signing/verification.ts';
import type { DossierRow } from '../dossiers/dossier.table.ts';
import { stampVerification } from '../forms/verification-stamp.ts';
import { warehouseOwner } from '../reuse/reception-plan.ts';
import { enqueueDeposit, warehouseScope } from '../warehouse-link/outbox.ts';
import type { Tx } from './digitisation.repository.ts';

export interface FinaliseInput {
  dossier: DossierRow;
  componentSeq: number;
  /** The composed PDF (composeDigitisedCopy), metadata already embedded. */
  pdf: Uint8Array;
  metadata: DigitisationMetadata;
  /** The officer who digitised it and the agency they act for (signs when the dossier has no resolving agency). */
  officer: { id: string; name: string; agencyId: string };
}

export interface FinalisedCopy {
  /** SHA-256 of the signed copy as kept (the blob's name, and the registry's hash). */
  sha256: string;
  size: number;
  /** The registry entry and its code (stored form, 12 characters). */
  signedDocumentId: string;
  verificationCode: string;
}

export async function finaliseDigitisedCopy(ctx: AppContext, trx: Tx, input: FinaliseInput): Promise<FinalisedCopy> {
  const { dossier: d, metadata: m } = input;
  const agencyId = d.resolvingAgencyId ?? input.officer.agencyId;
  const agency = await agencyNameAndCode(trx, agencyId);
  if (!agency) throw new AppError('agency-not-found');
  const signed = await signAndRegister(
    { ...ctx, db: trx },
    {
      agencyId,
      kind: 'digitised_copy',
      title: m.number ? `${m.title} số ${m.number}` : m.title,
      render: (v) => stampVerification(input.pdf, v),
      dossierId: d.id,
      ownerIdNumber: d.ownerIdNumber,
      metadata: { ...m, componentSeq: input.componentSeq },
    },
  );
  const owner = warehouseOwner(d.ownerType, d.ownerIdNumber);
  const officerAgency = await agencyNameAndCode(trx, input.officer.agencyId);
  // A copy without a document-type code can match no procedure component: it stays with the dossier only.
  if (owner && m.documentTypeCode) {
    await enqueueDeposit(trx, signed.id, {
      owner,
      typeCode: m.documentTypeCode,
      name: m.title,
      numberSymbol: m.number ?? null,
      abstract: m.abstract,
      issuer: { code: null, name: m.issuer ?? null },
      signer: m.signer ?? null,
      issueDate: m.issuedOn ?? null,
      validUntil: m.permanent ? null : (m.validUntil ?? null),
      permanent: m.permanent,
      validityScope: warehouseScope(m.validityScope, agency.code),
      provenance: 'digitised',
      signatureStatus: 'signed_valid',
      origin: { dossierCode: d.code, procedureCode: d.procedureCode, sectorCode: null },
      verificationCode: formatVerificationCode(signed.verificationCode),
      file: { sha256: signed.blobSha256, size: signed.signedPdf.byteLength, mime: 'application/pdf' },
      depositor: {
        kind: 'officer',
        id: input.officer.id,
        name: input.officer.name,
        agencyCode: officerAgency?.code ?? agency.code,
      },
    });
  }
  return {
    sha256: signed.sha256,
    size: signed.signedPdf.byteLength,
    signedDocumentId: signed.id,
    verificationCode: signed.verificationCode,
  };
}
