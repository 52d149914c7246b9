/** What the officer's roles allow in the interface (the API decides; this only hides what would be refused). */
import type { Officer, Role } from './types.ts';

/** Roles that may take each dossier action (mirror of actionRoles in src/local/dossiers/dossier.service.ts). */
export const actionRoles: Record<string, readonly Role[]> = {
  receive: ['one_stop_officer', 'leader'],
  refuse: ['one_stop_officer', 'leader'],
  start: ['specialist', 'leader'],
  forward: ['one_stop_officer', 'specialist', 'leader'],
  return_to_step: ['specialist', 'leader'],
  approve: ['leader'],
  request_supplement: ['one_stop_officer', 'specialist', 'leader'],
  supplement_received: ['one_stop_officer'],
  request_payment: ['specialist', 'leader'],
  payment_fulfilled: ['one_stop_officer', 'specialist'],
  apologize: ['leader'],
  record_result: ['specialist', 'leader'],
  return_result: ['one_stop_officer'],
  withdraw: ['one_stop_officer'],
  stop: ['leader'],
  recall: ['leader'],
  dispatch: ['one_stop_officer', 'leader'],
};

export function hasRole(o: Officer | null | undefined, ...roles: Role[]): boolean {
  return !!o && o.grants.some((g) => roles.includes(g.role as Role) || g.role === 'national_operator');
}

export function mayAct(o: Officer, action: string, currentAssigneeId: string | null | undefined): boolean {
  if ((action === 'forward' || action === 'return_to_step') && currentAssigneeId === o.id) return true;
  const roles = actionRoles[action];
  return !!roles && hasRole(o, ...roles);
}
