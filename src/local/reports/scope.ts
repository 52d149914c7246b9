/** Which agencies' figures a report covers: one agency (with everything below it) the officer sees, or all they see. */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findAgencyByCode } from '../../platform/reference/agency.repository.ts';
import { agencySubtreeIds } from '../dossiers/dossier.repository.ts';
import { allAgencyIds, statisticsAgencyIds } from '../dossiers/statistics.service.ts';

export interface ReportScope {
  ids: string[];
  agency: { id: string | null; code: string | null; name: string };
}

export async function scopeOf(db: Db, p: Principal | undefined, agencyCode: string | undefined): Promise<ReportScope> {
  const visible = await statisticsAgencyIds(db, p);
  if (agencyCode) {
    const a = await findAgencyByCode(db, agencyCode);
    if (!a) throw new AppError('agency-not-found', { detail: `No agency ${agencyCode}` });
    if (visible !== 'all' && !visible.includes(a.id)) throw new AppError('forbidden', { detail: 'Not an agency of yours' });
    return { ids: [...(await agencySubtreeIds(db, [a.id]))], agency: { id: a.id, code: a.code, name: a.name } };
  }
  const ids = visible === 'all' ? await allAgencyIds(db) : visible;
  // an officer of one agency: the report is that agency's
  const roots = p?.kind === 'officer' ? [...new Set(p.grants.map((g) => g.agencyCode))] : [];
  const one = roots.length === 1 && visible !== 'all' ? await findAgencyByCode(db, roots[0]!) : undefined;
  return { ids, agency: one ? { id: one.id, code: one.code, name: one.name } : { id: null, code: null, name: 'Các cơ quan, đơn vị' } };
}
