/**
 * The national port served in process: the local modules call the national catalogue directly when both roles
 * run in one process (the demo). Maps the catalogue's versions to the wire contract of national-port.ts.
 */
import type { Db } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import type { ProcedureVersion } from '../national/catalogue/catalogue.ts';
import { getPublishedProcedure } from '../national/catalogue/catalogue.service.ts';
import type { NationalPort, PortProcedure } from './national-port.ts';

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
      })),
    })),
  };
}

const ABSENT = new Set(['procedure-not-found', 'procedure-not-published', 'invalid-procedure-code', 'procedure-version-not-found']);

export function inProcessNationalPort(db: Db): NationalPort {
  async function one(code: string, at?: string): Promise<PortProcedure | undefined> {
    try {
      return toPortProcedure(await getPublishedProcedure(db, code, at));
    } catch (err) {
      if (err instanceof AppError && ABSENT.has(err.code)) return undefined;
      throw err;
    }
  }
  return {
    findPublishedProcedure: one,
    async findPublishedProcedures(codes, at) {
      const found = await Promise.all([...new Set(codes)].map((c) => one(c, at)));
      return found.filter((p): p is PortProcedure => p !== undefined);
    },
  };
}
