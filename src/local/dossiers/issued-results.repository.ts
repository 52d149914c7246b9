/**
 * The electronic results a dossier holds, read by the dossier's own actions: a withdrawal or a stop is refused while
 * one is valid (law-2025.md §5), and Form 05 states the ones that were issued and revoked.
 */
import type { Tx } from './dossier.repository.ts';

export interface HeldResult {
  id: string;
  numberSymbol: string;
  resultTypeName: string;
  status: 'valid' | 'replaced' | 'revoked';
  revokedReason: string | null;
  changedAt: string | null;
  verificationCode: string;
}

/** Every electronic result of the dossier with its state, oldest first. */
export async function resultsHeldBy(tx: Tx, dossierId: string): Promise<HeldResult[]> {
  return tx
    .selectFrom('dossierResults as r')
    .innerJoin('signedDocuments as s', 's.id', 'r.signedDocumentId')
    .select([
      'r.id',
      'r.numberSymbol',
      'r.resultTypeName',
      'r.status',
      'r.revokedReason',
      'r.changedAt',
      's.verificationCode',
    ])
    .where('r.dossierId', '=', dossierId)
    .orderBy('r.createdAt')
    .execute();
}
