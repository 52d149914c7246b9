/**
 * Which officer roles may take each dossier action (the owner may also withdraw and send a supplement). The table
 * is shared with the web app's officer workspace (shared/action-roles.ts); here it is typed against the action kinds
 * and the officer roles, so a missing action or an unknown role does not compile.
 */
import { actionRoles as sharedActionRoles } from '../../../shared/action-roles.ts';
import type { OfficerRole } from '../../platform/identity/principal.ts';
import type { ActionKind } from './status.ts';

export const actionRoles: Record<Exclude<ActionKind, 'submit'>, readonly OfficerRole[]> = sharedActionRoles;
