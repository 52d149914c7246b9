/** The wire shape of a citizen's action relayed by the portal to the system holding the dossier. */
import { Type, type Static } from 'typebox';

const Uuid = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' });

export const RelayPrincipal = Type.Union([
  Type.Object(
    { kind: Type.Literal('citizen'), id: Type.String({ minLength: 1, maxLength: 100 }), personalId: Type.String({ pattern: '^[0-9]{9,12}$' }), name: Type.String({ maxLength: 200 }), loa: Type.Integer({ minimum: 1, maximum: 3 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('organisation'), id: Type.String({ minLength: 1, maxLength: 100 }), taxCode: Type.String({ pattern: '^[0-9-]{10,14}$' }), name: Type.String({ maxLength: 500 }), loa: Type.Integer({ minimum: 1, maximum: 3 }) },
    { additionalProperties: false },
  ),
]);

export const RelayBody = Type.Union([
  Type.Object({ action: Type.Literal('evaluation.criteria') }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('evaluation.get'), dossierId: Uuid, principal: RelayPrincipal }, { additionalProperties: false }),
  Type.Object(
    {
      action: Type.Literal('evaluation.submit'),
      dossierId: Uuid,
      principal: RelayPrincipal,
      input: Type.Object(
        {
          scores: Type.Record(Type.String({ pattern: '^[A-Za-z0-9_.-]{1,20}$' }), Type.Integer({ minimum: -1000, maximum: 1000 }), { maxProperties: 60 }),
          comments: Type.Optional(Type.String({ maxLength: 2000 })),
        },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false },
  ),
]);
export type RelayBody = Static<typeof RelayBody>;
