/** Agency hierarchy lookups for agency-scoped permissions (`assertAgencyScope`). */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { assertAgencyScope, type Permission } from './policy.ts';
import type { Principal } from './principal.ts';

/** Ids of every agency above `agencyId` (parent, grandparent, …), nearest first; not the agency itself. */
export async function agencyAncestors(db: Db, agencyId: string): Promise<string[]> {
  const r = await sql<{ id: string }>`
    with recursive up(id, parent_id, depth) as (
      select a.id, a.parent_id, 0 from agencies a where a.id = ${agencyId}
      union all
      select p.id, p.parent_id, up.depth + 1 from agencies p join up on p.id = up.parent_id where up.depth < 16
    )
    select id from up where depth > 0 order by depth`.execute(db);
  return r.rows.map((x) => x.id);
}

/** `assertAgencyScope` with the ancestors looked up. */
export async function assertAgencyAccess(db: Db, principal: Principal | undefined, perm: Permission, agencyId: string): Promise<void> {
  assertAgencyScope(principal, perm, agencyId, await agencyAncestors(db, agencyId));
}
