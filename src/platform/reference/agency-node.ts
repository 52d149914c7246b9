/**
 * Which connected system (node) hosts an agency — the one rule the portal uses whenever a node speaks for an
 * agency (warehouse calls, the mirror of dossiers through the signed sync and the DVCQG-compatible API): the
 * portal's own agency row decides (`node_code`); a code the portal does not know belongs to the body of its MX1X2
 * part (`000.00.06.H56` → `H56`), never to the sender's word.
 */
import { parseDossierCode } from '../../lib/dossier-code.ts';
import { isValidAgencyCode } from '../../lib/vn-ids.ts';
import { codeOwner } from './agency.ts';
import { findOpenAgency } from './agency.repository.ts';

type Conn = Parameters<typeof findOpenAgency>[0];

/** Is `agencyCode` an agency hosted by `node`? */
export async function agencyOfNode(db: Conn, agencyCode: string | null, node: string): Promise<boolean> {
  if (!agencyCode) return false;
  const agency = await findOpenAgency(db, agencyCode);
  if (agency) return agency.nodeCode === node;
  return isValidAgencyCode(agencyCode) && codeOwner(agencyCode) === node;
}

/**
 * The agency a dossier code speaks for (src/lib/dossier-code.ts): its agency part, or for a legacy short code
 * (`H21.65-220914-0011`) the root agency of its body (`000.00.00.H21`); undefined for a code that is not accepted.
 */
export function dossierCodeAgency(code: string): string | undefined {
  return parseDossierCode(code)?.agencyCode;
}

export interface AgencyClaim {
  agencyCode?: string | null;
  dossierCode?: string | null;
}

/**
 * The first claim naming an agency the node does not host, with its position, or undefined when all are the
 * node's ('' and null are skipped). A dossier code counts by its agency part; one without a valid agency part is
 * refused as it is. Each distinct code is looked up once.
 */
export async function foreignAgency(db: Conn, node: string, claims: readonly AgencyClaim[]): Promise<{ index: number; code: string } | undefined> {
  const seen = new Map<string, boolean>();
  const mine = async (code: string) => {
    let ok = seen.get(code);
    if (ok === undefined) seen.set(code, (ok = await agencyOfNode(db, code, node)));
    return ok;
  };
  for (const [index, c] of claims.entries()) {
    if (c.agencyCode && !(await mine(c.agencyCode))) return { index, code: c.agencyCode };
    if (c.dossierCode) {
      const agency = dossierCodeAgency(c.dossierCode);
      if (!agency || !(await mine(agency))) return { index, code: c.dossierCode };
    }
  }
  return undefined;
}
