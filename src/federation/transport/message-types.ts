/** Message types of the federation protocol. */
/** Local → national: a batch of dossier sync events (src/local/sync/payload.ts). */
export const SYNC_MESSAGE_TYPE = 'dossier.sync';
