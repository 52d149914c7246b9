/**
 * The national Decision 766 index on the portal, computed from what the systems sync (the monitoring read models,
 * apply.ts): the ranking of provinces and ministries, one system's groups and indicators with its trend, and the
 * dossiers behind an indicator (no personal data: code, procedure, agency, reception, status).
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { INDEX_NOTES, systemAnswer, systemKind, type DossierListAnswer, type SystemIndexAnswer } from '../../federation/monitoring/answer.ts';
import { countersOf, EMPTY_BUCKETS, BUCKET_COLUMNS, type BucketSums } from '../../federation/monitoring/counters.ts';
import { indicatorDef, scoreIndex } from '../../federation/monitoring/indicators.ts';
import { parsePeriod, previousPeriod, trendPeriods, type Period } from '../../federation/monitoring/periods.ts';
import { agencyName, findSystem, listSystems, nationalIndicatorDossiers, nationalPeriodSums, officialPoints } from './index.repository.ts';

const TREND_LENGTH = 6;

function periodOrThrow(text: string): Period {
  const p = parsePeriod(text);
  if (!p) {
    throw new AppError('validation-failed', {
      detail: 'period must be a month (2026-11), a quarter (2026-Q4) or a year (2026)',
      errors: [{ path: '/period', message: 'invalid period' }],
    });
  }
  return p;
}

function add(a: BucketSums, b: BucketSums): BucketSums {
  const out = { ...a };
  for (const c of BUCKET_COLUMNS) out[c] += b[c];
  return out;
}

export async function nationalIndex(db: Db, q: { period: string }) {
  const period = periodOrThrow(q.period);
  const prev = previousPeriod(period);
  const [systems, sums] = await Promise.all([listSystems(db), nationalPeriodSums(db, [prev, period])]);
  let nation = { ...EMPTY_BUCKETS };
  const rows = systems.map((s) => {
    const [p0, p1] = sums.get(s.code) ?? [EMPTY_BUCKETS, EMPTY_BUCKETS];
    nation = add(nation, p1!);
    const now = scoreIndex(countersOf(p1!));
    const hadPrevious = sums.has(s.code) && (p0!.received > 0 || p0!.resolved > 0 || p0!.open_delta > 0);
    return {
      code: s.code,
      name: s.name,
      kind: systemKind(s.code),
      points: now.points,
      previousPoints: hadPrevious ? scoreIndex(countersOf(p0!)).points : null,
      rank: 0,
      groups: now.groups.map((g) => ({ key: g.key, name: g.name, max: g.max, points: g.points })),
    };
  });
  rows.sort((a, b) => b.points - a.points || a.code.localeCompare(b.code));
  // equal points share a rank (1, 2, 2, 4)
  rows.forEach((r, i) => (r.rank = i > 0 && rows[i - 1]!.points === r.points ? rows[i - 1]!.rank : i + 1));
  return { period: period.key, previousPeriod: prev.key, systems: rows, nation: scoreIndex(countersOf(nation)), notes: INDEX_NOTES };
}

async function systemOrThrow(db: Db, code: string) {
  const s = await findSystem(db, code);
  if (!s) throw new AppError('system-not-found', { detail: `No connected system ${code}` });
  return s;
}

export async function nationalSystemIndex(db: Db, code: string, q: { period: string; agency?: string }): Promise<SystemIndexAnswer> {
  const period = periodOrThrow(q.period);
  const system = await systemOrThrow(db, code);
  const trend = trendPeriods(period, TREND_LENGTH);
  const sums = (await nationalPeriodSums(db, trend, { node: code, agency: q.agency })).get(code) ?? trend.map(() => EMPTY_BUCKETS);
  let agency: { code: string; name: string } | null = null;
  if (q.agency) {
    const name = await agencyName(db, code, q.agency);
    if (!name) throw new AppError('agency-not-found', { detail: `No dossiers of agency ${q.agency} synced by ${code}` });
    agency = { code: q.agency, name };
  }
  return systemAnswer({
    period: period.key,
    system,
    ...(q.agency ? { agency } : {}),
    sums: sums[sums.length - 1]!,
    trend: trend.map((t, i) => ({ period: t.key, sums: sums[i]! })),
    officialPoints: await officialPoints(db, code, period.key),
  });
}

export async function nationalIndicatorList(
  db: Db,
  code: string,
  key: string,
  q: { period: string; page?: number; agency?: string },
): Promise<DossierListAnswer> {
  const period = periodOrThrow(q.period);
  const def = indicatorDef(key);
  if (!def) throw new AppError('indicator-not-found', { detail: `No indicator ${key}` });
  if (!def.measured || key.startsWith('petition-')) throw new AppError('indicator-not-measured', { detail: `${key} is not measured on dossiers` });
  await systemOrThrow(db, code);
  return nationalIndicatorDossiers(db, code, key, period, q.page ?? 1, q.agency);
}
