/** TypeBox shapes of the monitoring API (shared by the portal's and a local system's routes). */
import { Type } from 'typebox';
import { PERIOD_PATTERN } from './periods.ts';

export const PeriodParam = Type.String({ pattern: PERIOD_PATTERN, maxLength: 7, description: 'Month 2026-11, quarter 2026-Q4 or year 2026' });
export const IndicatorKeyParam = Type.String({ pattern: '^[a-z][a-z-]{1,40}$', maxLength: 41 });
export const PageParam = Type.Integer({ minimum: 1, maximum: 100_000, default: 1 });

const Indicator = Type.Object({
  key: Type.String(),
  name: Type.String(),
  max: Type.Number(),
  points: Type.Number(),
  numerator: Type.Integer(),
  denominator: Type.Integer(),
  ratio: Type.Union([Type.Number(), Type.Null()]),
  source: Type.Union([Type.Literal('official'), Type.Literal('reverse-engineered')]),
  measured: Type.Boolean(),
  metricCode: Type.Union([Type.String(), Type.Null()]),
  formula: Type.String(),
});
const GroupBrief = { key: Type.String(), name: Type.String(), max: Type.Number(), points: Type.Number() };
const Kind = Type.Union([Type.Literal('province'), Type.Literal('ministry')]);

export const SystemIndexSchema = Type.Object({
  period: Type.String(),
  system: Type.Object({ code: Type.String(), name: Type.String(), kind: Kind }),
  agency: Type.Optional(Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()])),
  points: Type.Number(),
  officialPoints: Type.Union([Type.Number(), Type.Null()]),
  groups: Type.Array(Type.Object({ ...GroupBrief, indicators: Type.Array(Indicator) })),
  trend: Type.Array(Type.Object({ period: Type.String(), points: Type.Number() })),
  notes: Type.Array(Type.String()),
});

export const DossierListSchema = Type.Object({
  total: Type.Integer(),
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      procedureName: Type.String(),
      agencyName: Type.String(),
      receivedAt: Type.Union([Type.String(), Type.Null()]),
      status: Type.Integer(),
      counted: Type.Union([Type.Literal('numerator'), Type.Literal('denominator-only')]),
    }),
  ),
});

export const NationalIndexSchema = Type.Object({
  period: Type.String(),
  previousPeriod: Type.String(),
  systems: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      kind: Kind,
      points: Type.Number(),
      previousPoints: Type.Union([Type.Number(), Type.Null()]),
      rank: Type.Integer(),
      groups: Type.Array(Type.Object(GroupBrief)),
    }),
  ),
  nation: Type.Object({ points: Type.Number(), groups: Type.Array(Type.Object({ ...GroupBrief, indicators: Type.Array(Indicator) })) }),
  notes: Type.Array(Type.String()),
});
