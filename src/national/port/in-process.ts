/**
 * The national port served in process: the local modules call the national catalogue directly when both roles
 * run in one process (the demo). Maps the catalogue's versions to the wire contract of national-port.ts.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { ProcedureVersion } from '../catalogue/catalogue.ts';
import { getPublishedProcedure, vnToday } from '../catalogue/catalogue.service.ts';
import { currentRevision, deepFreeze } from '../../platform/reference/revisions.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { inProcessWarehousePort } from './in-process.warehouse.ts';
import type { NationalPort, PortProcedure } from '../../federation/national-port.ts';

export function toPortProcedure(v: ProcedureVersion): PortProcedure {
  return {
    code: v.code,
    name: v.name,
    versionId: v.id,
    sectorCode: v.sectorCode,
    levels: [...v.levels],
    onlineLevel: v.onlineLevel,
    competentAgencyCodes: [...v.agencyCodes],
    effectiveFrom: v.effectiveFrom ?? '',
    processing: { counter: v.processing.counter, online: v.processing.online },
    workflowTemplateRef: v.workflowTemplateRef,
    eform: v.eform ?? null,
    fees: v.fees.map((f) => ({ code: f.code ?? null, name: f.description, amount: f.amount })),
    cases: v.cases.map((c, i) => ({
      code: String(i + 1),
      name: c.name,
      components: c.components.map((k) => ({
        name: k.name,
        documentTypeCode: k.documentTypeCode ?? null,
        originals: k.originals,
        copies: k.copies,
        replacingResultCode: k.replacingResultCode ?? null,
        required: k.required === true,
      })),
    })),
  };
}

const ABSENT = new Set([
  'procedure-not-found',
  'procedure-not-published',
  'invalid-procedure-code',
  'procedure-version-not-found',
]);

/** Bound on the per-process cache of published versions (emptied when full). */
const CACHE_MAX = 2000;

/**
 * Published versions are cached per process, keyed by (code, day) and tagged with the catalogue revision
 * (bumped by triggers on every write to procedure_versions or sectors, migration 0301), so a lookup costs one
 * primary-key read of the revision instead of the catalogue's queries, and a change is seen by the next call.
 * The revision is read BEFORE the version, so a cached entry is never newer-tagged than its content.
 * Only found versions are cached; callers share them, frozen (a change throws instead of reaching the cache).
 */
export function inProcessNationalPort(db: Db, blobs?: BlobStore): NationalPort {
  const cache = new Map<string, { revision: string; proc: PortProcedure }>();
  async function one(code: string, at?: string): Promise<PortProcedure | undefined> {
    const day = at ?? vnToday();
    const key = `${code}\u0000${day}`;
    const revision = await currentRevision(db, 'catalogue');
    const hit = cache.get(key);
    if (hit && hit.revision === revision) return hit.proc;
    try {
      const proc = deepFreeze(toPortProcedure(await getPublishedProcedure(db, code, day)));
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(key, { revision, proc });
      return proc;
    } catch (err) {
      if (err instanceof AppError && ABSENT.has(err.code)) return undefined;
      throw err;
    }
  }
  return {
    ...inProcessWarehousePort(db, () => {
      if (!blobs) throw new AppError('service-unavailable', { detail: 'This port was built without a file store' });
      return blobs;
    }),
    findPublishedProcedure: one,
    async findPublishedProcedures(codes, at) {
      const found = await Promise.all([...new Set(codes)].map((c) => one(c, at)));
      return found.filter((p): p is PortProcedure => p !== undefined);
    },
    // one process holds every dossier: nothing to look up elsewhere
    trackElsewhere: async () => undefined,
  };
}
