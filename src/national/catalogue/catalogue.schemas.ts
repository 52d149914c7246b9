/** HTTP schemas of the catalogue routes (request shapes come from catalogue.ts). */
import { Type } from 'typebox';
import { ContentSchema, levels, onlineLevels, versionStatuses } from './catalogue.ts';

export const CodeParams = Type.Object({ code: Type.String({ maxLength: 60 }) }, { additionalProperties: false });
export const VersionParams = Type.Object(
  { code: Type.String({ maxLength: 60 }), versionId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const VersionSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  version: Type.Integer(),
  status: Type.Enum(versionStatuses),
  sectorName: Type.String(),
  effectiveFrom: Type.Union([Type.String(), Type.Null()]),
  effectiveTo: Type.Union([Type.String(), Type.Null()]),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
  retiredAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  ...ContentSchema.properties,
  agencyCodes: Type.Array(Type.String()),
});

export const CreateBody = Type.Object(
  { code: Type.String({ maxLength: 60 }), ...ContentSchema.properties, agencyCodes: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 100 }) },
  { additionalProperties: false },
);
export const PatchBody = Type.Partial(
  Type.Object({ ...ContentSchema.properties, agencyCodes: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 100 }) }),
  { additionalProperties: false, minProperties: 1 },
);
export const PublishBody = Type.Object(
  { effectiveFrom: Type.Optional(Type.String({ format: 'date' })) },
  { additionalProperties: false },
);

export const SearchQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Text, with or without diacritics (≤ 200 characters)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, default: 0 })),
    sector: Type.Optional(Type.String({ maxLength: 200 })),
    level: Type.Optional(Type.Enum(levels)),
    agency: Type.Optional(Type.String({ maxLength: 40 })),
    onlineLevel: Type.Optional(Type.Enum(onlineLevels)),
  },
  { additionalProperties: false },
);

export const SearchResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      sectorCode: Type.String(),
      sectorName: Type.String(),
      levels: Type.Array(Type.String()),
      onlineLevel: Type.String(),
      agencyCodes: Type.Array(Type.String()),
      versionId: Type.String(),
    }),
  ),
  total: Type.Integer(),
});

export const ImportQuery = Type.Object(
  { format: Type.Union([Type.Literal('laythutuc'), Type.Literal('csv')]) },
  { additionalProperties: false },
);
export const ImportReportSchema = Type.Object({
  imported: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  rejected: Type.Array(
    Type.Object({ row: Type.Integer(), code: Type.Optional(Type.String()), reasons: Type.Array(Type.String()) }),
  ),
  quality: Type.Array(
    Type.Object({ row: Type.Integer(), code: Type.Optional(Type.String()), notes: Type.Array(Type.String()) }),
    { description: 'The quality report: per imported procedure, what is missing or suspicious' },
  ),
  documentTypes: Type.Object({ mapped: Type.Integer(), unmapped: Type.Integer() }),
});

export const SectorsResponse = Type.Object({
  items: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), ministryCode: Type.Union([Type.String(), Type.Null()]) }),
  ),
});
