/**
 * A local system's own Decision 766 index (GET /api/v1/statistics/index): computed from its stored facts for the
 * officer's agencies (every agency where they hold a role and everything below; a national operator or a holder
 * of a role at the system's top agency sees all), or one agency among them.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { systemAnswer, type DossierListAnswer, type SystemIndexAnswer } from '../../federation/monitoring/answer.ts';
import { indicatorDef } from '../../federation/monitoring/indicators.ts';
import { parsePeriod, trendPeriods, type Period } from '../../federation/monitoring/periods.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findAgencyByCode } from '../../platform/reference/agency.repository.ts';
import { agencySubtreeIds } from '../dossiers/dossier.repository.ts';
import { statisticsAgencyIds } from '../dossiers/statistics.service.ts';
import { localIndicatorDossiers, localPeriodSums, systemName, type AgencyScope } from './index.repository.ts';

export const TREND_LENGTH = 6;

export function periodOrThrow(text: string): Period {
  const p = parsePeriod(text);
  if (!p) {
    throw new AppError('validation-failed', {
      detail: 'period must be a month (2026-11), a quarter (2026-Q4) or a year (2026)',
      errors: [{ path: '/period', message: 'invalid period' }],
    });
  }
  return p;
}

async function scopeOf(db: Db, p: Principal | undefined, agencyCode?: string): Promise<{ scope: AgencyScope; agency: { code: string; name: string } | null }> {
  const visible = await statisticsAgencyIds(db, p);
  if (!agencyCode) return { scope: visible, agency: null };
  const a = await findAgencyByCode(db, agencyCode);
  if (!a) throw new AppError('agency-not-found', { detail: `No agency ${agencyCode}` });
  if (visible !== 'all' && !visible.includes(a.id)) throw new AppError('forbidden', { detail: 'Not an agency of yours' });
  return { scope: await agencySubtreeIds(db, [a.id]), agency: { code: a.code, name: a.name } };
}

export async function localIndex(
  db: Db,
  p: Principal | undefined,
  nodeCode: string,
  q: { period: string; agency?: string },
): Promise<SystemIndexAnswer> {
  const period = periodOrThrow(q.period);
  const { scope, agency } = await scopeOf(db, p, q.agency);
  const trend = trendPeriods(period, TREND_LENGTH);
  const sums = await localPeriodSums(db, scope, trend);
  const code = nodeCode || 'LOCAL';
  return systemAnswer({
    period: period.key,
    system: { code, name: (await systemName(db, code)) ?? code },
    agency,
    sums: sums[sums.length - 1]!,
    trend: trend.map((t, i) => ({ period: t.key, sums: sums[i]! })),
    officialPoints: null,
  });
}

export function measuredIndicatorOrThrow(key: string) {
  const def = indicatorDef(key);
  if (!def) throw new AppError('indicator-not-found', { detail: `No indicator ${key}` });
  if (!def.measured || !def.count || key.startsWith('petition-'))
    throw new AppError('indicator-not-measured', { detail: `${key} is not measured on dossiers` });
  return def;
}

export async function localIndexDossiers(
  db: Db,
  p: Principal | undefined,
  key: string,
  q: { period: string; agency?: string; page?: number },
): Promise<DossierListAnswer> {
  const period = periodOrThrow(q.period);
  measuredIndicatorOrThrow(key);
  const { scope } = await scopeOf(db, p, q.agency);
  return localIndicatorDossiers(db, scope, key, period, q.page ?? 1);
}
