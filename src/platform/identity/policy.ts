/**
 * The authorization policy: which principal may do what, consulted on every route (src/http/auth.ts).
 * A route declares one permission; agency-scoped permissions are further checked by services against the
 * agency whose data is touched (`assertAgencyScope`).
 */
import { AppError } from '../../errors.ts';
import { officerRoles, type OfficerRole, type Principal } from './principal.ts';

/** Permission → officer roles that hold it. `public`, `authenticated` and `self` are handled specially. */
export const permissions = {
  /** Anyone, no login. */
  public: [],
  /** Any logged-in principal. */
  authenticated: [],
  /** A citizen or organisation acting on their own data. */
  self: [],
  /** Read the officer's own workspace data. */
  'officer:read': ['one_stop_officer', 'specialist', 'leader', 'agency_admin', 'national_operator'],
  /** Create, edit, publish and retire procedures of an agency (national operator: any). */
  'catalogue:manage': ['agency_admin', 'national_operator'],
  /** Read drafts and retired versions of the catalogue. */
  'catalogue:read-drafts': ['one_stop_officer', 'specialist', 'leader', 'agency_admin', 'national_operator'],
  /** Manage agencies, one-stop units, sectors and administrative units. */
  'reference:manage': ['agency_admin', 'national_operator'],
  /** Manage officers and their roles within an agency. */
  'officers:manage': ['agency_admin', 'national_operator'],
  /** Edit the national working calendar (days off, make-up working days). */
  'calendar:manage': ['national_operator'],
  /** Set the office hours of an agency. */
  'working-hours:manage': ['agency_admin', 'national_operator'],
  /** Receive dossiers at a counter (create + accept). */
  'dossier:receive': ['one_stop_officer', 'leader'],
  /** Import dossiers from an older system with their legacy codes (agency-scoped, src/local/dossiers/legacy-import*). */
  'dossier:import': ['one_stop_officer', 'leader', 'agency_admin'],
  /**
   * Read dossiers and work queues of one's agencies; act on them (each action also checks the role, dossier.service.ts).
   * Only the roles that work on dossiers: an agency administrator manages, a national operator operates; neither
   * reads a person's dossier (least privilege; they see figures through `dossier:statistics`).
   */
  'dossier:work': ['one_stop_officer', 'specialist', 'leader'],
  /** Counts and shares of dossiers of one's agencies (the dashboard): figures only, no personal data. */
  'dossier:statistics': ['one_stop_officer', 'specialist', 'leader', 'agency_admin', 'national_operator'],
  /** Scan the paper components of a dossier at reception and compose their digitised copies (agency-scoped, src/local/digitisation). */
  'dossier:digitise': ['one_stop_officer', 'leader'],
  /** Create payment requests for dossier fees and query the gateway about them (agency-scoped). */
  'payments:create': ['one_stop_officer', 'specialist', 'leader'],
  /** Record a citizen's paper satisfaction form at the counter (agency-scoped, src/local/evaluation). */
  'evaluation:record': ['one_stop_officer', 'leader'],
  /** Read evaluation summaries (agency-scoped); one dossier's evaluation also needs a role on dossiers (`dossierRoles`). */
  'evaluation:read': ['one_stop_officer', 'specialist', 'leader', 'agency_admin', 'national_operator'],
  /** Register, update and suspend connected systems in the national registry (src/national/registry). */
  'federation:manage': ['national_operator'],
  /** Run the node's law clock at a chosen instant (test and demo modes only, src/platform/clock). */
  'clock:set': ['national_operator', 'agency_admin'],
  /** Operators' views of the whole node. */
  'ops:read': ['national_operator'],
} as const satisfies Record<string, readonly OfficerRole[]>;

export type Permission = keyof typeof permissions;

/** The roles that work on dossiers and so may read one in full (its owner, papers, history). */
export const dossierRoles: readonly OfficerRole[] = permissions['dossier:work'];

/**
 * The roles an officer may grant (within the agencies of their scope, `officers:manage`): a national operator any;
 * an agency administrator the roles of an agency, up to its own, never `national_operator`; nobody else any.
 */
export function grantableRoles(p: Principal | undefined): readonly OfficerRole[] {
  if (!p || p.kind !== 'officer') return [];
  if (p.grants.some((g) => g.role === 'national_operator')) return officerRoles;
  if (p.grants.some((g) => g.role === 'agency_admin')) return ['one_stop_officer', 'specialist', 'leader', 'agency_admin'];
  return [];
}

export function hasPermission(p: Principal | undefined, perm: Permission): boolean {
  if (perm === 'public') return true;
  if (!p) return false;
  if (perm === 'authenticated') return true;
  if (perm === 'self') return p.kind === 'citizen' || p.kind === 'organisation';
  if (p.kind !== 'officer') return false;
  const roles: readonly OfficerRole[] = permissions[perm];
  return p.grants.some((g) => roles.includes(g.role));
}

/**
 * May this principal use `perm` on data of `agencyId`? A grant applies to its agency and to every agency below
 * it (`ancestorIds` lists the target agency's ancestors); a national operator's grant applies everywhere.
 */
export function hasAgencyPermission(
  p: Principal | undefined,
  perm: Permission,
  agencyId: string,
  ancestorIds: readonly string[] = [],
): boolean {
  if (!p || p.kind !== 'officer') return false;
  const roles: readonly OfficerRole[] = permissions[perm];
  return p.grants.some(
    (g) =>
      roles.includes(g.role) &&
      (g.role === 'national_operator' || g.agencyId === agencyId || ancestorIds.includes(g.agencyId)),
  );
}

export function assertAgencyScope(
  p: Principal | undefined,
  perm: Permission,
  agencyId: string,
  ancestorIds: readonly string[] = [],
): void {
  if (!p) throw new AppError('unauthenticated');
  if (!hasAgencyPermission(p, perm, agencyId, ancestorIds)) {
    throw new AppError('forbidden', { detail: `Not allowed to ${perm} for this agency` });
  }
}
