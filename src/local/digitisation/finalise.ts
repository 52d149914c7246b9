/**
 * The one place a composed digitised copy leaves digitisation: called inside the transaction that records the
 * digitisation, with the dossier row locked. Today it stores the unsigned PDF in the blob store and returns its
 * hash. Integration replaces this body with: sign as the agency (PAdES, src/platform/signing), register the signed
 * copy and deposit it in the owner's warehouse (src/national/warehouse) with its provenance — returning the signed
 * copy's hash, which is what the digitisation row then names.
 */
import type { AppContext } from '../../context.ts';
import type { DigitisationMetadata } from '../../platform/documents/metadata.ts';
import type { DossierRow } from '../dossiers/dossier.table.ts';
import type { Tx } from './digitisation.repository.ts';

export interface FinaliseInput {
  dossier: DossierRow;
  componentSeq: number;
  /** The composed PDF (composeDigitisedCopy), metadata already embedded. */
  pdf: Uint8Array;
  metadata: DigitisationMetadata;
}

export interface FinalisedCopy {
  /** SHA-256 of the copy as kept (the blob's name). */
  sha256: string;
  size: number;
}

export async function finaliseDigitisedCopy(ctx: AppContext, _trx: Tx, input: FinaliseInput): Promise<FinalisedCopy> {
  return ctx.blobs.put(input.pdf);
}
