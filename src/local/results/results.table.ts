import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** An electronic result of a dossier with the result metadata of domain-vn.md §5.2 (migration 0931). */
export interface DossierResultTable {
  id: Generated<string>;
  dossierId: string;
  signedDocumentId: string;
  /** LoaiVanBanKetQua / MaKetQua. */
  resultTypeCode: string;
  resultTypeName: string;
  template: string;
  /** SoKyHieu. */
  numberSymbol: string;
  /** TrichYeu. */
  abstract: string;
  /** NguoiKy. */
  signerName: string;
  signerPosition: string;
  /** CoQuanBanHanh. */
  issuerAgencyId: string;
  /** NgayBanHanh (YYYY-MM-DD). */
  issueDate: string;
  /** NgayKy. */
  signedAt: string;
  validFrom: string;
  validUntil: string | null;
  permanent: boolean;
  scope: string | null;
  details: Json<Record<string, string>>;
  ownerIdNumber: string;
  status: Generated<'valid' | 'replaced' | 'revoked'>;
  replacesId: string | null;
  replacedBy: string | null;
  revokedReason: string | null;
  changedAt: string | null;
  issuedBy: string;
  createdAt: Generated<string>;
}

export interface DossierFormDocumentTable {
  dossierId: string;
  form: string;
  actionSeq: number;
  signedDocumentId: string;
}

export interface ResultTables {
  dossierResults: DossierResultTable;
  dossierFormDocuments: DossierFormDocumentTable;
}

export type DossierResultRow = Selectable<DossierResultTable>;
