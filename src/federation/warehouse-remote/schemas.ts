/**
 * The bodies of the warehouse messages (message-types.ts WAREHOUSE_MESSAGE_TYPES), checked on the portal before
 * anything is read or written: the shapes of warehouse-port.ts, strings bounded, unknown fields refused.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { AppError } from '../../errors.ts';

const S = (max: number) => Type.String({ maxLength: max });
const N = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);
const Obj = <T extends Record<string, TSchema>>(p: T) => Type.Object(p, { additionalProperties: false });
const Sha = Type.String({ pattern: '^[0-9a-f]{64}$' });
const Id = Type.String({ minLength: 1, maxLength: 100 });

const Owner = Obj({ kind: Type.Union([Type.Literal('citizen'), Type.Literal('organisation')]), id: S(20) });
const Requester = Obj({
  kind: Type.Union([Type.Literal('officer'), Type.Literal('owner'), Type.Literal('system')]),
  id: S(100),
  name: S(300),
  agencyCode: N(40),
});
const Access = Obj({
  requester: Requester,
  dossierRef: N(100),
  dossierCode: N(100),
  purpose: S(500),
  consentId: N(100),
  legalBasis: N(500),
});
const TypeCodes = Type.Array(S(50), { maxItems: 200 });

export const DepositBody = Obj({
  typeCode: S(50),
  name: S(500),
  numberSymbol: N(100),
  abstract: N(2000),
  issuer: Obj({ code: N(40), name: N(300) }),
  signer: N(300),
  issueDate: N(10),
  validUntil: N(10),
  permanent: Type.Boolean(),
  validityScope: S(20),
  provenance: Type.Union([Type.Literal('issued'), Type.Literal('digitised'), Type.Literal('uploaded')]),
  signatureStatus: S(50),
  origin: Obj({ dossierCode: N(100), procedureCode: N(20), sectorCode: N(50) }),
  verificationCode: N(100),
  owner: Owner,
  /** By reference: the portal pulls the content from the sender (POST {baseUrl}/api/v1/federation/files). */
  file: Obj({ sha256: Sha, size: Type.Integer({ minimum: 0 }), mime: S(100) }),
  depositor: Requester,
  idempotencyKey: Type.Optional(N(200)),
});

export const StatusBody = Obj({
  requester: Requester,
  documentId: Id,
  status: Type.Union([Type.Literal('replaced'), Type.Literal('revoked')]),
  reason: S(2000),
});
export const FindBody = Obj({ access: Access, query: Obj({ owner: Owner, typeCodes: Type.Optional(TypeCodes) }) });
export const FetchBody = Obj({ access: Access, documentId: Id, part: Type.Union([Type.Literal('metadata'), Type.Literal('file')]) });
export const CoverageBody = Obj({ access: Access, query: Obj({ owner: Owner, typeCodes: TypeCodes }) });
export const ConsentBody = Obj({
  owner: Owner,
  channel: Type.Union([Type.Literal('online'), Type.Literal('counter')]),
  dossierRef: S(100),
  dossierCode: N(100),
  agencyCode: S(40),
  purpose: S(500),
  documentIds: Type.Union([Type.Array(Id, { maxItems: 200 }), Type.Null()]),
  recordedBy: Requester,
});
export const ChallengeBody = Obj({ owner: Owner, dossierRef: S(100), agencyCode: S(40), purpose: S(500), requestedBy: Requester });
export const ConfirmBody = Obj({ challengeId: Id, code: Type.String({ pattern: '^\\d{6}$' }), requester: Requester });
export const BindBody = Obj({ consentId: Id, requester: Requester, dossierRef: S(100), dossierCode: N(100) });
export const WithdrawBody = Obj({ consentId: Id, requester: Requester });
export const FindConsentBody = Obj({ consentId: Id });
export const FilePullBody = Obj({ sha256: Sha });

export type Requester = Static<typeof Requester>;
export type Access = Static<typeof Access>;

/** The body checked against its schema; `message-malformed` (400) with the first errors otherwise. */
export function bodyOf<T extends TSchema>(schema: T, body: unknown): Static<T> {
  if (Value.Check(schema, body)) return body;
  const errors = [...Value.Errors(schema, body)].slice(0, 5).map((e) => ({ path: e.instancePath || '/', message: e.message }));
  throw new AppError('message-malformed', { detail: 'The message body does not have the expected shape', errors });
}
