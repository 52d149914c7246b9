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

/** A file the citizen sends through the portal travels inside the message (base64): at most this many bytes. */
export const MAX_RELAYED_FILE_BYTES = 4 * 1024 * 1024;

const Owned = <A extends string>(action: A) => ({ action: Type.Literal(action), dossierId: Uuid, principal: RelayPrincipal });

export const RelayBody = Type.Union([
  Type.Object({ action: Type.Literal('evaluation.criteria') }, { additionalProperties: false }),
  /** The dossier as the owner sees it on the holding system's own pages (status, version, supplement asked, papers). */
  Type.Object(Owned('dossier.get'), { additionalProperties: false }),
  /** A file for a component of the owner's open dossier (a page of the supplement), as on the system's own site. */
  Type.Object(
    {
      ...Owned('supplement.file'),
      componentSeq: Type.Integer({ minimum: 1, maximum: 32767 }),
      fileName: Type.String({ minLength: 1, maxLength: 255 }),
      contentType: Type.String({ maxLength: 100 }),
      dataBase64: Type.String({ minLength: 1, maxLength: Math.ceil(MAX_RELAYED_FILE_BYTES / 3) * 4, pattern: '^[A-Za-z0-9+/]*={0,2}$' }),
    },
    { additionalProperties: false },
  ),
  /** The owner's answer to the supplement request (`supplement_received`, with the version they saw). */
  Type.Object(
    { ...Owned('supplement.send'), expectedVersion: Type.Integer({ minimum: 1 }), note: Type.Optional(Type.String({ maxLength: 2000 })) },
    { additionalProperties: false },
  ),
  /** The fee payment requests of the owner's dossier. */
  Type.Object(Owned('payments.list'), { additionalProperties: false }),
  /** Start paying one of them at the holding system's payment platform (INIT → the payment page's URL). */
  Type.Object({ ...Owned('payment.init'), paymentId: Uuid }, { additionalProperties: false }),
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
