/** What the officer's roles allow in the interface (the API decides; this only hides what would be refused). */
import { actionRoles as sharedActionRoles } from '../../../shared/action-roles.ts';
import type { Officer, Role } from './types.ts';

/** Roles that may take each dossier action: the server's own table (shared/action-roles.ts). */
export const actionRoles: Readonly<Record<string, readonly Role[]>> = sharedActionRoles;

/**
 * The officer holds one of `roles`; a national operator counts as an administrator, never as a role that works on
 * dossiers (least privilege: the API refuses it dossiers).
 */
export function hasRole(o: Officer | null | undefined, ...roles: Role[]): boolean {
  return (
    !!o &&
    o.grants.some(
      (g) => roles.includes(g.role as Role) || (g.role === 'national_operator' && roles.includes('agency_admin')),
    )
  );
}

/** The officer holds the role itself (a national operator's oversight does not count: e.g. taking cash at a counter). */
export function holdsRole(o: Officer | null | undefined, role: Role): boolean {
  return !!o && o.grants.some((g) => g.role === role);
}

export function mayAct(o: Officer, action: string, currentAssigneeId: string | null | undefined): boolean {
  if ((action === 'forward' || action === 'return_to_step') && currentAssigneeId === o.id) return true;
  const roles = actionRoles[action];
  return !!roles && hasRole(o, ...roles);
}
