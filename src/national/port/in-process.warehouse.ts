/**
 * The warehouse half of the in-process national port: calls the national warehouse module directly. The blob
 * store is shared in one process, so a fetched document's bytes are already where the caller looks for them.
 */
import type { Db } from '../../db/connect.ts';
import { checkCoverage, fetchDocument, findOwnerDocuments } from '../warehouse/access.service.ts';
import { bindConsent, getConsent, recordConsent, withdrawConsent } from '../warehouse/consent.service.ts';
import { confirmCounterConsent, requestCounterConsent } from '../warehouse/counter-consent.service.ts';
import { depositDocument, markDocumentStatus } from '../warehouse/warehouse.service.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import type { WarehousePort } from '../../federation/warehouse-port.ts';

/** JSON round trip: the in-process port hands over what the wire would (no shared objects, no Dates). */
const wire = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export function inProcessWarehousePort(db: Db, blobs: () => BlobStore): WarehousePort {
  return {
    depositDocument: async (input) => wire(await depositDocument(db, blobs(), wire(input))),
    markDocumentStatus: async (input) => markDocumentStatus(db, wire(input)),
    findOwnerDocuments: async (access, query) => wire(await findOwnerDocuments(db, wire(access), wire(query))),
    fetchDocument: async (access, id, part) => wire(await fetchDocument(db, wire(access), id, part)),
    checkCoverage: async (access, query) => wire(await checkCoverage(db, wire(access), wire(query))),
    recordConsent: async (input) => wire(await recordConsent(db, wire(input))),
    requestCounterConsent: async (input) => wire(await requestCounterConsent(db, wire(input))),
    confirmCounterConsent: async (input) => wire(await confirmCounterConsent(db, wire(input))),
    bindConsent: async (input) => bindConsent(db, wire(input)),
    withdrawConsent: async (input) => withdrawConsent(db, wire(input)),
    findConsent: async (id) => wire(await getConsent(db, id)),
  };
}
