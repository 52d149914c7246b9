/** Who is calling: an officer (with roles scoped to agencies), a citizen or an organisation. */

export const officerRoles = ['one_stop_officer', 'specialist', 'leader', 'agency_admin', 'national_operator'] as const;
export type OfficerRole = (typeof officerRoles)[number];

export interface RoleGrant {
  role: OfficerRole;
  agencyId: string;
  agencyCode: string;
}

export interface OfficerPrincipal {
  kind: 'officer';
  id: string;
  username: string;
  name: string;
  grants: RoleGrant[];
}

export interface CitizenPrincipal {
  kind: 'citizen';
  id: string;
  personalId: string;
  name: string;
  /** Level of assurance from the e-ID (1–3). */
  loa: number;
}

export interface OrganisationPrincipal {
  kind: 'organisation';
  id: string;
  taxCode: string;
  name: string;
  loa: number;
}

export type Principal = OfficerPrincipal | CitizenPrincipal | OrganisationPrincipal;
