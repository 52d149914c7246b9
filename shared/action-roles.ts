/**
 * Which officer roles may take each dossier action (the owner may also withdraw and send a supplement). Pure data
 * with no imports, shared by the server (src/local/dossiers/action-roles.ts, which types it against the action
 * kinds and officer roles) and the browser app's officer workspace (web/src/officer/roles.ts), so the workspace
 * offers only what the API allows.
 */
export const actionRoles = {
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
} as const satisfies Record<string, readonly string[]>;
