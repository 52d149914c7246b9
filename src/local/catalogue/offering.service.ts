/**
 * Which procedures a local agency offers. An agency may offer a procedure only while it is published in the
 * national catalogue and the agency (or an agency above it) is among its competent agencies.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { NationalPort, PortProcedure } from '../../federation/national-port.ts';
import { assertAgencyScope } from '../../platform/identity/policy.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { closeOffering, findAgency, listCurrentOfferings, upsertOffering, type AgencyRef } from './offering.repository.ts';

export interface Offering {
  procedureCode: string;
  since: string;
  procedure: PortProcedure | null;
}

async function getAgency(db: Db, code: string): Promise<AgencyRef> {
  const agency = await findAgency(db, code);
  if (!agency) throw new AppError('agency-not-found', { detail: `No agency ${code}` });
  return agency;
}

export async function listOfferings(db: Db, port: NationalPort, agencyCode: string): Promise<Offering[]> {
  const agency = await getAgency(db, agencyCode);
  const rows = await listCurrentOfferings(db, agency.id);
  const procs = new Map((await port.findPublishedProcedures(rows.map((r) => r.procedureCode))).map((p) => [p.code, p]));
  return rows.map((r) => ({ procedureCode: r.procedureCode, since: r.validFrom, procedure: procs.get(r.procedureCode) ?? null }));
}

export async function addOffering(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  agencyCode: string,
  procedureCode: string,
): Promise<Offering> {
  const agency = await getAgency(db, agencyCode);
  assertAgencyScope(principal, 'catalogue:manage', agency.id, agency.ancestorIds);
  const proc = await port.findPublishedProcedure(procedureCode);
  if (!proc) throw new AppError('procedure-not-published', { detail: `Procedure ${procedureCode} is not published` });
  const competent = [agency.code, ...agency.ancestorCodes].some((c) => proc.competentAgencyCodes.includes(c));
  if (!competent) {
    throw new AppError('procedure-not-competent', {
      detail: `${agency.code} is not a competent agency for ${procedureCode}`,
      data: { competentAgencyCodes: proc.competentAgencyCodes },
    });
  }
  const row = await upsertOffering(db, agency.id, procedureCode, principal?.id ?? '');
  return { procedureCode, since: row.validFrom, procedure: proc };
}

export async function removeOffering(
  db: Db,
  principal: Principal | undefined,
  agencyCode: string,
  procedureCode: string,
): Promise<void> {
  const agency = await getAgency(db, agencyCode);
  assertAgencyScope(principal, 'catalogue:manage', agency.id, agency.ancestorIds);
  if (!(await closeOffering(db, agency.id, procedureCode))) {
    throw new AppError('not-found', { detail: `${agencyCode} does not offer ${procedureCode}` });
  }
}
