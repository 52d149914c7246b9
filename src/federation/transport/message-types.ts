/** Message types of the federation protocol. */
/** Local → national: a batch of dossier sync events (src/local/sync/payload.ts). */
export const SYNC_MESSAGE_TYPE = 'dossier.sync';
/** Local → national, read-only: the mirror's state of the sender's own dossiers (reconciliation, conformance). */
export const QUERY_MESSAGE_TYPE = 'dossier.query';
/** National → local: an online submission made on the portal for an agency the recipient hosts. */
export const SUBMIT_MESSAGE_TYPE = 'dossier.submit';
/** Local → national, read-only: count and digest of the mirror for one agency and day (daily reconciliation). */
export const RECONCILE_MESSAGE_TYPE = 'dossier.reconcile';
