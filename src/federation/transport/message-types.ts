/** Message types of the federation protocol. */
/** Local → national: a batch of dossier sync events (src/local/sync/payload.ts). */
export const SYNC_MESSAGE_TYPE = 'dossier.sync';
/** Local → national, read-only: the mirror's state of the sender's own dossiers (reconciliation, conformance). */
export const QUERY_MESSAGE_TYPE = 'dossier.query';
/** National → local: an online submission made on the portal for an agency the recipient hosts. */
export const SUBMIT_MESSAGE_TYPE = 'dossier.submit';
/** Local → national, read-only: count and digest of the mirror for one agency and day (daily reconciliation). */
export const RECONCILE_MESSAGE_TYPE = 'dossier.reconcile';
/**
 * Counter reception across systems (src/federation/counter-routing), every one relayed by the national portal:
 * a counter dossier received for an agency of another system (receiving → competent), its progress (competent →
 * receiving) and the return of its result at the receiving counter (receiving → competent).
 */
export const ROUTE_MESSAGE_TYPE = 'dossier.route';
export const PROGRESS_MESSAGE_TYPE = 'dossier.progress';
export const RETURN_MESSAGE_TYPE = 'dossier.return';
