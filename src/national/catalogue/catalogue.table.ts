import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { EForm } from '../../federation/eform.ts';
import type { LegalBasisItem } from './legal-basis.ts';
import type { Fee, Level, OnlineLevel, ProcedureCase, ProcedureResult, ProcessingTime, VersionStatus } from './catalogue.ts';

type Json<T> = ColumnType<T, string, string>;

export interface ProcedureTable {
  id: Generated<string>;
  code: string;
  createdAt: Generated<string>;
}

export interface ProcedureVersionTable {
  id: Generated<string>;
  procedureId: string;
  code: string;
  version: number;
  status: VersionStatus;
  name: string;
  nameLower: string;
  nameFold: string;
  searchTsv: ColumnType<string, never, never>;
  sectorCode: string;
  levels: Level[];
  agencyCodes: string[];
  onlineLevel: OnlineLevel;
  processing: Json<{ counter: ProcessingTime | null; online: ProcessingTime | null }>;
  cases: Json<ProcedureCase[]>;
  fees: Json<Fee[]>;
  results: Json<ProcedureResult[]>;
  legalBasis: Json<LegalBasisItem[]>;
  workflowTemplateRef: string | null;
  /** The declaration e-form (migration 1260). */
  eform: ColumnType<EForm | null, string | null | undefined, string | null>;
  contentHash: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  publishedAt: string | null;
  retiredAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  /** On a local system: the portal's id of the version this row copies (src/national/catalogue-feed). */
  nationalId: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CatalogueTables {
  procedures: ProcedureTable;
  procedureVersions: ProcedureVersionTable;
  catalogueRevision: CatalogueRevisionTable;
}

export type ProcedureVersionRow = Selectable<ProcedureVersionTable>;
export type NewProcedureVersionRow = Insertable<ProcedureVersionTable>;
export type ProcedureVersionUpdate = Updateable<ProcedureVersionTable>;

/** One row, bumped by triggers on every write to procedure_versions or sectors (migration 0301). */
export interface CatalogueRevisionTable {
  id: Generated<boolean>;
  revision: number;
}
