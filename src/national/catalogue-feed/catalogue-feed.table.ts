import type { Generated } from 'kysely';

/** Published and retired catalogue versions in commit order (migration 1271). */
export interface CatalogueFeedTable {
  seq: Generated<number>;
  versionId: string;
  recordedAt: Generated<string>;
}

/** A local system's one row: the last feed number applied (migration 1271). */
export interface CataloguePullStateTable {
  id: Generated<boolean>;
  lastSeq: Generated<number>;
  lastPulledAt: string | null;
  lastError: string | null;
}

export interface CatalogueFeedTables {
  catalogueFeed: CatalogueFeedTable;
  cataloguePullState: CataloguePullStateTable;
}
