/** TypeBox schemas of the reference API (request and response shapes, shown in /openapi.json). */
import { Type } from 'typebox';
import { agencyKinds } from './agency.ts';

export const DateStr = Type.String({ format: 'date', description: 'YYYY-MM-DD (default: today in Vietnam)' });
export const Limit = Type.Integer({ minimum: 1, maximum: 500, default: 50 });
export const Offset = Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 });
export const Q = Type.String({
  minLength: 1,
  maxLength: 100,
  description: 'Part of the name, with or without diacritics',
});
export const Name = Type.String({ minLength: 1, maxLength: 300 });
export const AgencyCode = Type.String({
  minLength: 1,
  maxLength: 50,
  description: 'Electronic agency code, e.g. 000.00.00.H56',
});
export const OneStopCode = Type.String({
  minLength: 1,
  maxLength: 60,
  pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
});
export const UnitLevelS = Type.Union([
  Type.Literal('province'),
  Type.Literal('district'),
  Type.Literal('commune'),
]);
export const UnitRefInput = Type.Object(
  {
    level: Type.Union([Type.Literal('province'), Type.Literal('commune')]),
    code: Type.String({ pattern: '^\\d{2}(\\d{3})?$' }),
  },
  { additionalProperties: false },
);

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const UnitRef = Type.Object({ level: Type.String(), code: Type.String(), name: Type.String() });

export const UnitView = Type.Object({
  level: Type.String(),
  code: Type.String(),
  name: Type.String(),
  fullName: Type.String(),
  parent: Nullable(UnitRef),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
});

export const LinkedUnitView = Type.Object({
  level: Type.String(),
  code: Type.String(),
  fullName: Type.String(),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
  kind: Type.String({ description: 'full: the whole old unit went into the new one; partial: part of it' }),
  effectiveDate: Type.String(),
});

export const UnitDetail = Type.Object({
  ...UnitView.properties,
  replaced: Type.Array(LinkedUnitView, { description: 'Units this one replaced' }),
  replacedBy: Type.Array(LinkedUnitView, { description: 'Units that replaced this one' }),
});

export const AgencyRef = Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer() });

export const AgencyView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer({
    description: "0 = national portal, 1 = ministry / provincial people's committee, 2–4 below",
  }),
  kind: Type.String(),
  nodeCode: Type.String({ description: 'The local system hosting the agency (G15, H56, NATIONAL)' }),
  parentCode: Nullable(Type.String()),
  adminUnit: Nullable(UnitRef),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
});

export const OneStopUnitView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  address: Type.String(),
  agencyCode: Type.String(),
  adminUnit: Nullable(UnitRef),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
});

export const AgencyDetail = Type.Object({
  ...AgencyView.properties,
  ancestors: Type.Array(AgencyRef, { description: 'From the top agency down to the parent' }),
  children: Type.Array(AgencyRef),
  oneStopUnits: Type.Array(OneStopUnitView),
});

export const NewAgencyBody = Type.Object(
  {
    code: AgencyCode,
    name: Name,
    kind: Type.Union(agencyKinds.map((k) => Type.Literal(k))),
    parentCode: Type.Optional(AgencyCode),
    adminUnit: Type.Optional(UnitRefInput),
    nodeCode: Type.Optional(Type.String({ pattern: '^(NATIONAL|[A-Z]\\d{2})$' })),
    validFrom: Type.Optional(DateStr),
  },
  { additionalProperties: false },
);

export const AgencyPatchBody = Type.Object(
  {
    name: Type.Optional(Name),
    code: Type.Optional(AgencyCode),
    parentCode: Type.Optional(AgencyCode),
    effectiveDate: Type.Optional(DateStr),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const RetireBody = Type.Object({ date: Type.Optional(DateStr) }, { additionalProperties: false });

export const NewOneStopBody = Type.Object(
  {
    agencyCode: AgencyCode,
    code: OneStopCode,
    name: Name,
    address: Type.Optional(Type.String({ maxLength: 500 })),
    adminUnit: Type.Optional(UnitRefInput),
    validFrom: Type.Optional(DateStr),
  },
  { additionalProperties: false },
);

export const OneStopPatchBody = Type.Object(
  {
    name: Type.Optional(Name),
    address: Type.Optional(Type.String({ maxLength: 500 })),
    validTo: Type.Optional(Nullable(DateStr)),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Problem = { $ref: 'Problem#' } as const;
