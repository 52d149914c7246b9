import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface AdminUnitTable {
  id: Generated<string>;
  code: string;
  name: string;
  fullName: string;
  level: 'province' | 'district' | 'commune';
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  /** fold(fullName), written by the application (migration 0101). */
  nameFolded: Generated<string>;
}

export interface AdminUnitLinkTable {
  unitId: string;
  replacedUnitId: string;
  kind: 'full' | 'partial';
  effectiveDate: string;
}

export interface SectorTable {
  id: Generated<string>;
  code: string;
  name: string;
  ministryCode: string | null;
  validFrom: Generated<string>;
  validTo: string | null;
}

export interface AgencyTable {
  id: Generated<string>;
  code: string;
  name: string;
  level: number;
  kind: string;
  parentId: string | null;
  adminUnitId: string | null;
  nodeCode: string;
  validFrom: string;
  validTo: string | null;
  createdAt: Generated<string>;
  /** fold(name), written by the application (migration 0101). */
  nameFolded: Generated<string>;
  /** The version this row replaced when its code or parent changed. */
  predecessorId: string | null;
}

export interface OneStopUnitTable {
  id: Generated<string>;
  agencyId: string;
  code: string;
  name: string;
  address: Generated<string>;
  adminUnitId: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface ReferenceTables {
  adminUnits: AdminUnitTable;
  adminUnitLinks: AdminUnitLinkTable;
  sectors: SectorTable;
  agencies: AgencyTable;
  oneStopUnits: OneStopUnitTable;
}

export type AdminUnitRow = Selectable<AdminUnitTable>;
export type AgencyRow = Selectable<AgencyTable>;
export type NewAgencyRow = Insertable<AgencyTable>;
export type AgencyUpdate = Updateable<AgencyTable>;
export type SectorRow = Selectable<SectorTable>;
export type OneStopUnitRow = Selectable<OneStopUnitTable>;
