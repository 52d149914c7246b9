/** Agency hierarchy lookups for agency-scoped permissions (`assertAgencyScope`). */
import type { Db } from '../../db/connect.ts';
import { agencyAncestors } from '../reference/agency.repository.ts';
import { assertAgencyScope, type Permission } from './policy.ts';

export { agencyAncestors };
import type { Principal } from './principal.ts';


/** `assertAgencyScope` with the ancestors looked up. */
export async function assertAgencyAccess(db: Db, principal: Principal | undefined, perm: Permission, agencyId: string): Promise<void> {
  assertAgencyScope(principal, perm, agencyId, await agencyAncestors(db, agencyId));
}
