/**
 * The request schemas of a dossier's reception that several entry points share: counter and online reception
 * (dossier.routes.ts), the legacy import, the portal's online submission (federation/routing) and the counter
 * reception forwarded to another system (federation/counter-routing).
 */
import { Type } from 'typebox';
import { AGENCY_CODE_PATTERN } from '../lib/vn-ids.ts';

export const Text = (max = 500) => Type.String({ minLength: 1, maxLength: max });

export const ProcedureCode = Type.String({ pattern: '^\\d\\.\\d{6}$', maxLength: 8 });
export const AgencyCode = Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 });
export const CaseCode = Type.String({ maxLength: 50 });

/** The person or organisation the dossier is for. */
export const Owner = Type.Object(
  {
    type: Type.Union([
      Type.Literal('citizen'),
      Type.Literal('business'),
      Type.Literal('agency'),
      Type.Literal('other'),
    ]),
    idNumber: Type.String({ minLength: 9, maxLength: 14, pattern: '^[0-9-]+$' }),
    name: Text(200),
    birthDate: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9 +().-]*$' })),
    email: Type.Optional(Type.String({ maxLength: 200, format: 'email' })),
  },
  { additionalProperties: false },
);

/** Who hands the dossier in on the owner's behalf, with the authorisation. */
export const Submitter = Type.Object(
  { name: Text(200), idNumber: Type.String({ maxLength: 14 }), authorisation: Text(500) },
  { additionalProperties: false },
);

/** The fields of one paper component: its name, document type and how many of each form were handed in. */
export const componentFields = {
  name: Text(300),
  documentTypeCode: Type.Optional(Type.String({ maxLength: 50 })),
  originals: Type.Integer({ minimum: 0, maximum: 99 }),
  certifiedCopies: Type.Integer({ minimum: 0, maximum: 99 }),
  photocopies: Type.Integer({ minimum: 0, maximum: 99 }),
};

export const Components = Type.Array(Type.Object(componentFields, { additionalProperties: false }), {
  maxItems: 100,
});

/** The answers to the procedure version's declaration e-form (src/federation/eform.ts), by field key. */
export const DeclarationBody = Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,39}$' }), Type.String({ maxLength: 2000 }), {
  maxProperties: 100,
});

/** Files the owner uploaded to their warehouse, each a page of a component (its position in `components`). */
export const Attachments = Type.Array(
  Type.Object({ componentSeq: Type.Integer({ minimum: 1, maximum: 100 }), documentId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
  { maxItems: 100 },
);

/** Components taken from the owner's warehouse (once-only, src/local/reuse): by position or document type. */
export const ReuseEntries = Type.Array(
  Type.Object(
    {
      componentSeq: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
      documentTypeCode: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
      documentId: Type.String({ format: 'uuid' }),
    },
    { additionalProperties: false },
  ),
  { maxItems: 100 },
);
