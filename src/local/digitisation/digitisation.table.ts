import type { ColumnType, Generated, Selectable } from 'kysely';
import type { FileType } from '../../platform/documents/inspect.ts';
import type { DigitisationMetadata } from '../../platform/documents/metadata.ts';

type Json<T> = ColumnType<T, string, string>;

export interface DigitisationScanTable {
  id: Generated<string>;
  dossierId: string;
  componentSeq: number;
  position: number;
  blobSha256: string;
  size: number;
  fileType: FileType;
  mime: string;
  pages: number;
  width: number | null;
  height: number | null;
  fileName: string;
  uploadedBy: string;
  uploadedByName: string;
  uploadedAt: Generated<string>;
}

export interface DigitisationTable {
  id: Generated<string>;
  dossierId: string;
  componentSeq: number;
  pdfSha256: string;
  pdfSize: number;
  pages: number;
  metadata: Json<DigitisationMetadata>;
  state: number;
  officerId: string;
  officerName: string;
  agencyId: string | null;
  unitName: string;
  digitisedAt: string;
}

export interface DigitisationTables {
  digitisationScans: DigitisationScanTable;
  digitisations: DigitisationTable;
}

export type DigitisationScanRow = Selectable<DigitisationScanTable>;
export type DigitisationRow = Selectable<DigitisationTable>;
