/**
 * The agency dashboard: dossiers received, resolved early / on time / late, pending and the online share for a
 * period, over the agencies the officer sees (their grants and everything below) or one agency among them.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findAgencyByCode } from '../../platform/reference/agency.repository.ts';
import { agencySubtreeIds } from './dossier.repository.ts';
import { dossierStatistics } from './statistics.repository.ts';

/**
 * Agencies whose figures this officer sees: every agency where they hold any role (an agency administrator sees its
 * agencies' figures without reading a dossier) and every agency below; a national operator sees all.
 */
export async function statisticsAgencyIds(db: Db, p: Principal | undefined): Promise<string[] | 'all'> {
  if (!p || p.kind !== 'officer') return [];
  if (p.grants.some((g) => g.role === 'national_operator')) return 'all';
  return [...(await agencySubtreeIds(db, [...new Set(p.grants.map((g) => g.agencyId))]))];
}

/** Longest period one request may cover (a year and a day, for leap years). */
const MAX_DAYS = 366;

export async function agencyStatistics(
  db: Db,
  p: Principal | undefined,
  q: { from: string; to: string; agencyCode?: string },
  now: Date = new Date(),
) {
  const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
  if (Number.isNaN(days) || days < 0 || days >= MAX_DAYS) {
    throw new AppError('validation-failed', {
      detail: `from must not be after to, and the period at most ${MAX_DAYS} days`,
      errors: [{ path: '/to', message: 'invalid period' }],
    });
  }
  const visible = await statisticsAgencyIds(db, p);
  let ids: string[];
  let agency: { code: string; name: string } | null = null;
  if (q.agencyCode) {
    const a = await findAgencyByCode(db, q.agencyCode);
    if (!a) throw new AppError('agency-not-found', { detail: `No agency ${q.agencyCode}` });
    if (visible !== 'all' && !visible.includes(a.id))
      throw new AppError('forbidden', { detail: 'Not an agency of yours' });
    ids = [...(await agencySubtreeIds(db, [a.id]))];
    agency = { code: a.code, name: a.name };
  } else {
    ids = visible === 'all' ? await allAgencyIds(db) : visible;
  }
  const s = await dossierStatistics(db, ids, { from: q.from, to: q.to }, now);
  // The early / on-time share counts only results that had a due date.
  const timed = s.resolvedEarly + s.resolvedOnTime + s.resolvedLate;
  return {
    from: q.from,
    to: q.to,
    agency,
    ...s,
    onlineShare: s.received ? s.receivedOnline / s.received : 0,
    // results of dossiers with no due date (a procedure without a time limit) are resolved but neither early, on
    // time nor late: counted apart, and the share is null when no result had a due date (issue 13.13)
    resolvedWithoutDue: s.resolved - timed,
    onTimeShare: timed ? (s.resolvedEarly + s.resolvedOnTime) / timed : null,
  };
}

export async function allAgencyIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('agencies').select('id').where('validTo', 'is', null).execute();
  return rows.map((r) => r.id);
}
