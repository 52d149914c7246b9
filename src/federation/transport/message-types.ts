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
 * Local → national: the Electronic Data Warehouse over signed HTTP (src/federation/warehouse-remote/ and the portal's side src/national/warehouse-remote/), one type per
 * WarehousePort method, POSTed to /api/v1/federation/warehouse; every message id is used once (reads included).
 */
export const WAREHOUSE_MESSAGE_TYPES = {
  depositDocument: 'warehouse.deposit',
  markDocumentStatus: 'warehouse.status',
  findOwnerDocuments: 'warehouse.find',
  fetchDocument: 'warehouse.fetch',
  checkCoverage: 'warehouse.coverage',
  recordConsent: 'warehouse.consent.record',
  requestCounterConsent: 'warehouse.consent.challenge',
  confirmCounterConsent: 'warehouse.consent.confirm',
  bindConsent: 'warehouse.consent.bind',
  withdrawConsent: 'warehouse.consent.withdraw',
  findConsent: 'warehouse.consent.find',
} as const;
/** National → local: the portal's signed answer to a `warehouse.*` call (`{ inReplyTo, result, content? }`). */
export const WAREHOUSE_ANSWER_TYPE = 'warehouse.answer';
/** National → local: pull the content of a file the local system offered in a `warehouse.deposit` (by SHA-256). */
export const WAREHOUSE_FILE_PULL_TYPE = 'warehouse.file-pull';
/**
 * Counter reception across systems (bodies: src/federation/counter-routing/messages.ts; sides: src/local/counter-routing, src/national/relay), every one relayed by the national portal:
 * a counter dossier received for an agency of another system (receiving → competent), its progress (competent →
 * receiving) and the return of its result at the receiving counter (receiving → competent).
 */
export const ROUTE_MESSAGE_TYPE = 'dossier.route';
export const PROGRESS_MESSAGE_TYPE = 'dossier.progress';
export const RETURN_MESSAGE_TYPE = 'dossier.return';
/**
 * Verification of documents issued by another connected system (src/national/verification-remote): a node asks
 * the portal, the portal asks the connected systems, by the code printed on a document or a file's SHA-256; the
 * answer (signed, naming the look-up's id) carries the issuing system's registry entry and its CA certificates.
 */
export const VERIFICATION_LOOKUP_TYPE = 'verification.lookup';
export const VERIFICATION_ANSWER_TYPE = 'verification.answer';
/**
 * The national catalogue to the connected systems (src/national/catalogue-feed): a local system pulls the
 * portal's feed of published and retired versions after the last number it applied (`{ after, limit }`); the
 * portal answers `catalogue.changes` (`{ inReplyTo, changes: [{ seq, version }], more }`), signed.
 */
export const CATALOGUE_PULL_TYPE = 'catalogue.pull';
export const CATALOGUE_CHANGES_TYPE = 'catalogue.changes';
/**
 * National → local: what a citizen does from "Hồ sơ của tôi" on the portal for a dossier another system holds
 * (src/federation/citizen-relay): the portal relays it as the logged-in person, signed; the system answers signed
 * (`citizen.relay.answer`, `{ inReplyTo, result }`) or with a problem.
 */
export const CITIZEN_RELAY_TYPE = 'citizen.relay';
export const CITIZEN_RELAY_ANSWER_TYPE = 'citizen.relay.answer';
