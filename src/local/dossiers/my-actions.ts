/**
 * The actions this officer may take on this dossier now (issue 13.13), for the workspace to offer exactly these:
 * the status's transitions, narrowed by the officer's roles at the dossier's agency (or as the current step's
 * holder, or as the receiving counter that hands the result over), by the workflow step, and by what was already
 * done (one apology).
 */
import type { Db } from '../../db/connect.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { fitsWorkflowStep } from '../workflow/next-actions.ts';
import { holdsCurrentStep } from '../workflow/step.service.ts';
import { actionRoles } from './action-roles.ts';
import {
  findAgencyById,
  type AgencyLookup,
  isOtherSystemsCounter,
  officerGrantsFor,
  receivesForNode,
  returnedAtAnotherSystem,
  returnsAtReceivingCounter,
} from './cross-system.ts';
import type { DossierRow } from './dossier.table.ts';
import { allowedActions, isStatus, type ActionKind } from './status.ts';

export async function actionsForOfficer(
  db: Db,
  p: Principal | undefined,
  row: DossierRow,
  /** The dossier's agencies when they were read with it (findWholeDossier). */
  agencyOf: AgencyLookup = (id) => findAgencyById(db, id),
): Promise<ActionKind[]> {
  if (!p || p.kind !== 'officer' || !isStatus(row.status)) return [];
  const agency = row.resolvingAgencyId ? await agencyOf(row.resolvingAgencyId) : undefined;
  if (!agency) return (await receivesForNode(db, p, row.nodeCode)) && row.status === 1 ? ['dispatch'] : [];
  const otherCounter = await isOtherSystemsCounter(db, p, row, agencyOf);
  const returnElsewhere = await returnedAtAnotherSystem(db, row, agencyOf);
  const byRole: ActionKind[] = [];
  for (const a of allowedActions(row.status)) {
    if (a === 'dispatch' || a === 'submit') continue;
    const atCounter = await returnsAtReceivingCounter(db, p, row, a, agencyOf);
    if (a === 'return_result' && returnElsewhere && !atCounter) continue;
    // the counter of another system that received it only hands the result over
    if (otherCounter && !atCounter) continue;
    if (a === 'apologize' && row.state.apologized) continue;
    // the paper file is handed over once, and only a counter or postal dossier has one
    if (a === 'hand_over_paper' && (!row.state.paperHandover || row.state.paperHandover.at)) continue;
    if (officerGrantsFor(p, agency, actionRoles[a]) || holdsCurrentStep(row.state, p, a) || atCounter) byRole.push(a);
  }
  return fitsWorkflowStep(db, p, row, agency, byRole);
}
