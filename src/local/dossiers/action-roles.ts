/**
 * Which officer roles may take each dossier action (the owner may also withdraw and send a supplement). Pure data
 * with type-only imports, so the web app's officer workspace reads the same table to offer only what is allowed.
 */
import type { OfficerRole } from '../../platform/identity/principal.ts';
import type { ActionKind } from './status.ts';

export const actionRoles: Record<Exclude<ActionKind, 'submit'>, readonly OfficerRole[]> = {
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
  hand_over_paper: ['one_stop_officer', 'leader'],
};
