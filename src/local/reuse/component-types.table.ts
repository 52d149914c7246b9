import type { Generated, Selectable } from 'kysely';

/** migration 1240: a local system's mapping of catalogue components to national document types. */
export interface ComponentTypeTable {
  id: Generated<string>;
  procedureCode: string;
  componentNameFold: string;
  componentName: string;
  documentTypeCode: string;
  replacingResultCode: string | null;
  agencyId: string;
  setBy: string;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export interface ComponentTypeTables {
  localComponentDocumentTypes: ComponentTypeTable;
}

export type ComponentTypeRow = Selectable<ComponentTypeTable>;
