/** The wire shapes of the verification look-up across systems (checked on both sides). */
import { Type, type Static } from 'typebox';
import { RegistryEntry } from '../../platform/signing/verification.routes.ts';

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });
const Code = Type.String({ pattern: '^[0-9A-HJKMNP-TV-Z]{12}$' });

export const LookupBody = Type.Union([
  Type.Object({ code: Code }, { additionalProperties: false }),
  Type.Object({ sha256: Sha256 }, { additionalProperties: false }),
]);
export type LookupQuery = Static<typeof LookupBody>;

const Pem = Type.String({ minLength: 100, maxLength: 20_000, pattern: '^-----BEGIN CERTIFICATE-----' });

export const Found = Type.Object(
  {
    entry: RegistryEntry,
    node: Type.String({ pattern: '^[A-Z0-9]{2,20}$' }),
    cas: Type.Array(Pem, { maxItems: 20 }),
  },
  { additionalProperties: false },
);

export const AnswerBody = Type.Object(
  { inReplyTo: Type.String({ minLength: 1, maxLength: 100 }), found: Type.Union([Found, Type.Null()]) },
  { additionalProperties: false },
);
export type VerificationAnswer = Static<typeof AnswerBody>;
