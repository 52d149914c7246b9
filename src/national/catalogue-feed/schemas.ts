/** The wire shapes of the catalogue feed (the portal's answer is checked by the local system before it applies it). */
import { Type, type Static } from 'typebox';
import { ContentSchema } from '../catalogue/catalogue.ts';

export const PullBody = Type.Object(
  { after: Type.Integer({ minimum: 0 }), limit: Type.Integer({ minimum: 1, maximum: 500 }) },
  { additionalProperties: false },
);

const Day = Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), Type.Null()]);
const Instant = Type.Union([Type.String({ maxLength: 40 }), Type.Null()]);

export const FeedVersion = Type.Object(
  {
    id: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }),
    code: Type.String({ pattern: '^\\d\\.\\d{6}$' }),
    version: Type.Integer({ minimum: 1 }),
    status: Type.Union([Type.Literal('published'), Type.Literal('retired')]),
    effectiveFrom: Day,
    effectiveTo: Day,
    publishedAt: Instant,
    retiredAt: Instant,
    contentHash: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    sector: Type.Object(
      { code: Type.String({ minLength: 1, maxLength: 200 }), name: Type.String({ minLength: 1, maxLength: 2000 }), ministryCode: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]) },
      { additionalProperties: false },
    ),
    content: Type.Object({ ...ContentSchema.properties, agencyCodes: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 200 }) }),
  },
  { additionalProperties: false },
);
export type FeedVersion = Static<typeof FeedVersion>;

export const ChangesBody = Type.Object(
  {
    inReplyTo: Type.String({ minLength: 1, maxLength: 100 }),
    changes: Type.Array(Type.Object({ seq: Type.Integer({ minimum: 1 }), version: FeedVersion }, { additionalProperties: false }), { maxItems: 500 }),
    more: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ChangesBody = Static<typeof ChangesBody>;
