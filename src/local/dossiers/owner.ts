/**
 * Whose dossier it is: the account that submitted it online, or the person (personal ID) or organisation (tax
 * code) it is for, as the national e-ID vouches for them — so a dossier received at a counter, or forwarded from
 * the portal, is the owner's too when they log in.
 */
import type { Principal } from '../../platform/identity/principal.ts';
import type { DossierRow } from './dossier.table.ts';

export function isDossierOwner(p: Principal | undefined, d: Pick<DossierRow, 'accountId' | 'ownerIdNumber'> & { ownerType: string }): boolean {
  if (!p || p.kind === 'officer') return false;
  if (d.accountId && d.accountId === p.id) return true;
  if (p.kind === 'citizen') return d.ownerType === 'citizen' && d.ownerIdNumber === p.personalId;
  return d.ownerType !== 'citizen' && d.ownerIdNumber === p.taxCode; // a business, agency or other body by its tax code
}
