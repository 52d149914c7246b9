/** A citizen or organisation account of the national portal, as the API presents it. */
import { Type, type Static } from 'typebox';
import type { AccountRow } from './accounts.table.ts';

export const AccountSchema = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('citizen'), Type.Literal('organisation')]),
    personalId: Type.Union([Type.String(), Type.Null()]),
    taxCode: Type.Union([Type.String(), Type.Null()]),
    name: Type.String(),
    birthDate: Type.Union([Type.String(), Type.Null()]),
    gender: Type.Union([Type.Literal('male'), Type.Literal('female'), Type.Null()]),
    loa: Type.Integer({ description: 'Level of assurance reported by the e-ID at the last login (1–3)' }),
    lastLoginAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Account = Static<typeof AccountSchema>;

export function presentAccount(r: AccountRow): Account {
  return {
    id: r.id,
    kind: r.kind,
    personalId: r.personalId,
    taxCode: r.taxCode,
    name: r.name,
    birthDate: r.birthDate,
    gender: r.gender,
    loa: r.loa,
    lastLoginAt: r.lastLoginAt,
  };
}
