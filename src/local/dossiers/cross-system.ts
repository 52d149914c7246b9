/**
 * Who may do what on a dossier across systems (boundary-free reception): a one-stop officer receives for any
 * competent agency of their own system; for another system's agency the dossier is created here (one process
 * hosting both) or forwarded; the receiving counter follows the dossier and hands the result over there, but never
 * processes it; a result promised at another system's counter is handed over only there.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { OfficerRole, Principal } from '../../platform/identity/principal.ts';
import { findAgency, nodeCodesOf, type AgencyRef } from '../catalogue/offering.repository.ts';
import { actionRoles } from './action-roles.ts';
import { agencyCodeById, type Tx } from './dossier.repository.ts';
import type { ActionKind } from './status.ts';
import type { DossierRow } from './dossier.table.ts';

/** The officer holds one of `roles` at the agency or at an agency above it. */
export function officerGrantsFor(
  p: Principal | undefined,
  agency: AgencyRef,
  roles: readonly OfficerRole[],
): boolean {
  if (!p || p.kind !== 'officer') return false;
  const chain = [agency.id, ...agency.ancestorIds];
  return p.grants.some((g) => roles.includes(g.role) && chain.includes(g.agencyId));
}

/**
 * Boundary-free reception: a one-stop officer may receive a dossier for any competent agency hosted by the same
 * local system (province or ministry), not only for their own agency. Across systems it is routed (federation).
 */
export async function receivesForNode(db: Db, p: Principal | undefined, nodeCode: string): Promise<boolean> {
  if (!p || p.kind !== 'officer') return false;
  const ids = p.grants.filter((g) => actionRoles.receive.includes(g.role)).map((g) => g.agencyId);
  return (await nodeCodesOf(db, ids)).includes(nodeCode);
}

/** An agency (with its ancestors and node) by id: `findAgencyById`, or an answer already read. */
export type AgencyLookup = (id: string) => Promise<AgencyRef | undefined>;

/** A lookup answering the agencies already read (a whole dossier brings its own) and reading any other. */
export function knownAgencies(tx: Tx, known: readonly (readonly [string, AgencyRef | undefined])[]): AgencyLookup {
  const m = new Map(known);
  return async (id) => (m.has(id) ? m.get(id) : findAgencyById(tx, id));
}

/** The officer is of the counter that received the dossier for another system's agency: they never process it. */
export async function isOtherSystemsCounter(
  tx: Tx,
  p: Principal | undefined,
  row: DossierRow,
  agencyOf: AgencyLookup = (id) => findAgencyById(tx, id),
): Promise<boolean> {
  if (!p || p.kind !== 'officer' || !row.receivedAtAgencyId) return false;
  const at = await agencyOf(row.receivedAtAgencyId);
  if (!at || !officerGrantsFor(p, at, actionRoles.receive)) return false;
  return !(
    await nodeCodesOf(
      tx,
      p.grants.map((g) => g.agencyId),
    )
  ).includes(row.nodeCode);
}

/**
 * The person asked for the result at the counter of another system that received the dossier (boundary-free
 * reception): only that counter returns it (here, or through its `dossier.return` message as the system).
 */
export async function returnedAtAnotherSystem(
  tx: Tx,
  row: DossierRow,
  agencyOf: AgencyLookup = (id) => findAgencyById(tx, id),
): Promise<boolean> {
  if (!row.returnAtReception) return false;
  // routed from another system's counter this system does not know
  if (!row.receivedAtAgencyId) return row.sourceRef !== null && row.channel !== 'online';
  const at = await agencyOf(row.receivedAtAgencyId);
  return !!at && at.nodeCode !== row.nodeCode;
}

/** The receiving counter's one-stop officer returns the result there when the person asked for it (cross-system). */
export async function returnsAtReceivingCounter(
  tx: Tx,
  p: Principal | undefined,
  row: DossierRow,
  action: ActionKind,
  agencyOf: AgencyLookup = (id) => findAgencyById(tx, id),
): Promise<boolean> {
  if (action !== 'return_result' || !row.returnAtReception || !row.receivedAtAgencyId) return false;
  const at = await agencyOf(row.receivedAtAgencyId);
  return !!at && officerGrantsFor(p, at, actionRoles.return_result);
}

/** The agency (with its ancestors and node) of an agency id. */
export async function findAgencyById(tx: Tx, id: string): Promise<AgencyRef | undefined> {
  const code = await agencyCodeById(tx, id);
  return code ? findAgency(tx, code) : undefined;
}

/** A reception for another system's agency: created here (`here`), forwarded (409 with the node), or refused. */
export async function assertAcrossSystems(
  p: Principal | undefined,
  nodeCode: string,
  mode: 'here' | 'forward' | undefined,
): Promise<void> {
  const oneStop = !!p && p.kind === 'officer' && p.grants.some((g) => actionRoles.receive.includes(g.role));
  if (!oneStop || !mode)
    throw new AppError('forbidden', {
      detail: 'Not a one-stop officer of the system that hosts this agency',
    });
  if (mode === 'forward')
    throw new AppError('dossier-hosted-elsewhere', {
      detail: `The agency is hosted by system ${nodeCode}: forward the dossier with POST /api/v1/forwarded-dossiers`,
      data: { nodeCode },
    });
}
