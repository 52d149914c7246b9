import type { Generated, Selectable } from 'kysely';

export interface OfferingTable {
  id: Generated<string>;
  agencyId: string;
  procedureCode: string;
  validFrom: Generated<string>;
  validTo: string | null;
  createdBy: string | null;
  createdAt: Generated<string>;
}

export interface LocalCatalogueTables {
  localProcedureOfferings: OfferingTable;
}

export type OfferingRow = Selectable<OfferingTable>;
