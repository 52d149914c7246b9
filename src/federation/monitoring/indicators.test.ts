import { describe, expect, it } from 'vitest';
import { countersOf, EMPTY_BUCKETS } from './counters.ts';
import { GROUPS, INDICATORS, indicatorDef, scoreIndex, scoreIndicator } from './indicators.ts';
import { parsePeriod, periodAt, previousPeriod, trendPeriods } from './periods.ts';

const counters = (over: Partial<typeof EMPTY_BUCKETS>) => countersOf({ ...EMPTY_BUCKETS, ...over });

describe('Decision 766 definitions', () => {
  it('six groups of 18, 20, 12, 10, 18, 22 points; each group’s indicators add up to its maximum; 100 in all', () => {
    expect(GROUPS.map((g) => [g.key, g.max])).toEqual([
      ['publicity', 18], ['progress', 20], ['online', 12], ['payment', 10], ['satisfaction', 18], ['digitisation', 22],
    ]);
    for (const g of GROUPS) expect(INDICATORS.filter((i) => i.group === g.key).reduce((s, i) => s + i.max, 0), g.key).toBe(g.max);
    expect(INDICATORS.reduce((s, i) => s + i.max, 0)).toBe(100);
    expect(new Set(INDICATORS.map((i) => i.key)).size).toBe(INDICATORS.length);
  });

  it('scores as reverse-engineered: satisfaction full at 90 %, reuse full at 80 %, petitions full when there are none', () => {
    const c = counters({ resolved: 10, satisfied: 9, received: 10, reuse_eligible: 10, reused: 8 });
    expect(scoreIndicator(indicatorDef('dossier-satisfaction')!, c)).toMatchObject({ numerator: 9, denominator: 10, ratio: 0.9, points: 6 });
    expect(scoreIndicator(indicatorDef('dossier-satisfaction')!, counters({ resolved: 10, satisfied: 6 })).points).toBe(4);
    expect(scoreIndicator(indicatorDef('reused')!, c)).toMatchObject({ ratio: 0.8, points: 2 });
    expect(scoreIndicator(indicatorDef('reused')!, counters({ reuse_eligible: 10, reused: 4 })).points).toBe(1);
    expect(scoreIndicator(indicatorDef('petition-on-time')!, c)).toMatchObject({ numerator: 0, denominator: 0, ratio: null, points: 6 });
    expect(scoreIndicator(indicatorDef('dossier-satisfaction')!, counters({}))).toMatchObject({ ratio: null, points: 0 });
  });

  it('progress counts results early or on time plus open dossiers still within their due date, over all handled', () => {
    // 6 resolved (4 on time), 4 open at the end (1 within its due date): 5 / 10 → 10 points
    const c = counters({ resolved: 6, resolved_on_time: 4, open_delta: 4, open_in_time_delta: 1 });
    expect(scoreIndicator(indicatorDef('on-time')!, c)).toMatchObject({ numerator: 5, denominator: 10, ratio: 0.5, points: 10 });
  });

  it('an indicator the system does not measure scores 0 and says so; the index is the capped sum of its groups', () => {
    const s = scoreIndicator(indicatorDef('publish-on-time')!, counters({ received: 5 }));
    expect(s).toMatchObject({ measured: false, numerator: 0, denominator: 0, ratio: null, points: 0, source: 'official' });
    const idx = scoreIndex(counters({}));
    expect(idx.points).toBe(12); // only the two petition indicators (no petitions: full points)
    expect(idx.groups.find((g) => g.key === 'satisfaction')!.points).toBe(12);
  });
});

describe('periods', () => {
  it('reads months, quarters and years in Vietnam time, and refuses anything else', () => {
    expect(parsePeriod('2026-11')).toMatchObject({ kind: 'month', firstMonth: '2026-11-01', endMonth: '2026-12-01' });
    expect(parsePeriod('2026-11')!.start.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(parsePeriod('2026-Q4')).toMatchObject({ kind: 'quarter', firstMonth: '2026-10-01', endMonth: '2027-01-01' });
    expect(parsePeriod('2026')).toMatchObject({ kind: 'year', firstMonth: '2026-01-01', endMonth: '2027-01-01' });
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '26', '2026-1', 'x', '1999']) expect(parsePeriod(bad), bad).toBeNull();
  });

  it('the previous period, the trend and the period of an instant', () => {
    expect(previousPeriod(parsePeriod('2026-01')!).key).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-Q1')!).key).toBe('2025-Q4');
    expect(previousPeriod(parsePeriod('2026')!).key).toBe('2025');
    expect(trendPeriods(parsePeriod('2026-Q2')!, 4).map((p) => p.key)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodAt('month', new Date('2026-11-30T17:30:00Z')).key).toBe('2026-12'); // 00:30 on 1 December in Vietnam
  });
});
