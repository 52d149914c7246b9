/**
 * A local system's mapping of procedure components to national document types (issue 13.2). An agency
 * administrator maps a component of a procedure their agency is competent for (`catalogue:manage`, agency scope);
 * the change is audited. The mapping is laid over the national catalogue's components wherever this system reads a
 * procedure (src/federation/component-types-port.ts wraps the national port), so the once-only resolver, reception and
 * digitisation see the code.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { documentTypeByCode, foldComponentName, NATIONAL_DOCUMENT_TYPES } from '../../federation/document-types.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import { assertAgencyScope } from '../../platform/identity/policy.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findAgency } from '../catalogue/offering.repository.ts';
import { upsertMapping } from './component-types.repository.ts';
import { caseOf } from '../../federation/reuse-rules.ts';

export function documentTypes(): { code: string; name: string; resultCode: string | null }[] {
  return NATIONAL_DOCUMENT_TYPES.map((t) => ({ code: t.code, name: t.name, resultCode: t.resultCode ?? null }));
}

export interface ComponentTypeInput {
  caseCode?: string | undefined;
  /** 1-based position of the component in the case. */
  seq: number;
  documentTypeCode: string;
}

/**
 * Every component of a procedure as this system sees it (the catalogue with this system's own mappings laid over):
 * what the administration page shows and changes. Same scope and competence checks as a change.
 */
export async function componentTypesOf(db: Db, port: NationalPort, principal: Principal | undefined, agencyCode: string, procedureCode: string) {
  const agency = await findAgency(db, agencyCode);
  if (!agency) throw new AppError('agency-not-found', { detail: `No agency ${agencyCode}` });
  assertAgencyScope(principal, 'catalogue:manage', agency.id, agency.ancestorIds);
  const proc = await port.findPublishedProcedure(procedureCode);
  if (!proc) throw new AppError('procedure-not-published', { detail: `Procedure ${procedureCode} is not published` });
  if (![agency.code, ...agency.ancestorCodes].some((c) => proc.competentAgencyCodes.includes(c))) {
    throw new AppError('procedure-not-competent', { detail: `${agency.code} is not a competent agency for ${procedureCode}`, data: { competentAgencyCodes: proc.competentAgencyCodes } });
  }
  return {
    items: proc.cases.flatMap((c) =>
      c.components.map((k, i) => ({ caseCode: c.code, caseName: c.name, seq: i + 1, name: k.name, documentTypeCode: k.documentTypeCode, replacingResultCode: k.replacingResultCode })),
    ),
  };
}

export async function setComponentType(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  agencyCode: string,
  procedureCode: string,
  input: ComponentTypeInput,
) {
  const agency = await findAgency(db, agencyCode);
  if (!agency) throw new AppError('agency-not-found', { detail: `No agency ${agencyCode}` });
  assertAgencyScope(principal, 'catalogue:manage', agency.id, agency.ancestorIds);
  const proc = await port.findPublishedProcedure(procedureCode);
  if (!proc) throw new AppError('procedure-not-published', { detail: `Procedure ${procedureCode} is not published` });
  if (![agency.code, ...agency.ancestorCodes].some((c) => proc.competentAgencyCodes.includes(c))) {
    throw new AppError('procedure-not-competent', { detail: `${agency.code} is not a competent agency for ${procedureCode}`, data: { competentAgencyCodes: proc.competentAgencyCodes } });
  }
  const cas = caseOf(proc, input.caseCode);
  const comp = cas?.components[input.seq - 1];
  if (!cas || !comp) throw new AppError('validation-failed', { errors: [{ path: cas ? '/seq' : '/caseCode', message: cas ? 'no such component in the case' : 'unknown case' }] });
  const type = documentTypeByCode(input.documentTypeCode);
  if (!type) throw new AppError('validation-failed', { errors: [{ path: '/documentTypeCode', message: 'not a national document type (GET /api/v1/document-types)' }] });
  const replacingResultCode = type.resultCode ?? null;
  const actorId = principal!.id;
  await upsertMapping(
    db,
    { procedureCode: proc.code, componentNameFold: foldComponentName(comp.name), componentName: comp.name, documentTypeCode: type.code, replacingResultCode, agencyId: agency.id, setBy: actorId },
    { actorId, detail: { agencyCode: agency.code, caseCode: cas.code, seq: input.seq, name: comp.name.slice(0, 200), documentTypeCode: type.code, replacingResultCode } },
  );
  return { procedureCode: proc.code, caseCode: cas.code, seq: input.seq, name: comp.name, documentTypeCode: type.code, replacingResultCode };
}
