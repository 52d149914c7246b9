/**
 * The procedure catalogue's domain: a procedure (national code) and its versions' content, with the TypeBox
 * schemas the admin API and the importers validate against.
 */
import { Type, type Static } from 'typebox';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import { EFormSchema } from '../../federation/eform.ts';
import { LegalBasisItemSchema } from './legal-basis.ts';

/** National part of a procedure code (MaTTHC), e.g. `1.001193`. */
export const PROCEDURE_CODE_RE = /^\d\.\d{6}$/;
/** Full form with the publishing agency, e.g. `1.003560.000.00.00.H56` or `2.002621.H56`. */
const FULL_PROCEDURE_CODE_RE = /^(\d\.\d{6})(?:\.\d{3}\.\d{2}\.\d{2})?\.[A-Z]\d{2}$/;

/** The national code of a procedure code in either form, or undefined when it is not a procedure code. */
export function nationalProcedureCode(raw: string): string | undefined {
  const s = raw.trim();
  if (PROCEDURE_CODE_RE.test(s)) return s;
  return FULL_PROCEDURE_CODE_RE.exec(s)?.[1];
}

/**
 * Catalogue names drop the generic leading "Thủ tục" (every entry is a procedure) and start with a capital,
 * so `Thủ tục đăng ký khai sinh` is listed as `Đăng ký khai sinh`, as citizens search for it.
 */
export function normaliseProcedureName(raw: string): string {
  let s = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const stripped = s.replace(/^thủ tục\s+/i, '');
  if (stripped.length >= 3) s = stripped;
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

export const levels = ['central', 'province', 'district', 'commune'] as const;
export type Level = (typeof levels)[number];
export const onlineLevels = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof onlineLevels)[number];
export const durationUnits = ['working_day', 'working_hour', 'calendar_day'] as const;
export type DurationUnit = (typeof durationUnits)[number];
export const versionStatuses = ['draft', 'published', 'retired'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

const Str = (max: number, min = 0) => Type.String({ maxLength: max, minLength: min });

export const ProcessingTimeSchema = Type.Object(
  {
    duration: Type.Number({ minimum: 0, maximum: 10_000 }),
    unit: Type.Enum(durationUnits),
  },
  { additionalProperties: false },
);
export type ProcessingTime = Static<typeof ProcessingTimeSchema>;

export const ComponentSchema = Type.Object(
  {
    documentTypeCode: Type.Optional(Str(100, 1)),
    name: Str(2000, 1),
    originals: Type.Integer({ minimum: 0, maximum: 100 }),
    copies: Type.Integer({ minimum: 0, maximum: 100 }),
    formTemplate: Type.Optional(Str(500, 1)),
    /** What the source says about the paper beyond its name (when it is needed, that it is shown not filed, …). */
    note: Type.Optional(Str(2000, 1)),
    replacingResultCode: Type.Optional(Str(100, 1)),
    /** Must be provided (from the warehouse or uploaded online); absent = may be omitted. */
    required: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type Component = Static<typeof ComponentSchema>;

export const CaseSchema = Type.Object(
  {
    name: Str(1000, 1),
    components: Type.Array(ComponentSchema, { maxItems: 200 }),
    /** The source's remarks on the whole case (its "Lưu ý"). */
    note: Type.Optional(Str(4000, 1)),
  },
  { additionalProperties: false },
);
export type ProcedureCase = Static<typeof CaseSchema>;

export const FeeSchema = Type.Object(
  {
    code: Type.Optional(Str(100, 1)),
    amount: Type.Integer({ minimum: 0, maximum: 1e12 }),
    description: Str(2000),
  },
  { additionalProperties: false },
);
export type Fee = Static<typeof FeeSchema>;

export const ResultSchema = Type.Object(
  { code: Str(100, 1), name: Str(1000, 1) },
  { additionalProperties: false },
);
export type ProcedureResult = Static<typeof ResultSchema>;

/** The editable content of a version. */
export const ContentSchema = Type.Object(
  {
    name: Str(2000, 1),
    sectorCode: Str(200, 1),
    levels: Type.Array(Type.Enum(levels), { minItems: 1, maxItems: 4, uniqueItems: true }),
    agencyCodes: Type.Array(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 20 }), { maxItems: 100, uniqueItems: true }),
    onlineLevel: Type.Enum(onlineLevels),
    processing: Type.Object(
      { counter: Type.Union([ProcessingTimeSchema, Type.Null()]), online: Type.Union([ProcessingTimeSchema, Type.Null()]) },
      { additionalProperties: false },
    ),
    cases: Type.Array(CaseSchema, { maxItems: 50 }),
    fees: Type.Array(FeeSchema, { maxItems: 50 }),
    results: Type.Array(ResultSchema, { maxItems: 50 }),
    legalBasis: Type.Array(LegalBasisItemSchema, { maxItems: 100 }),
    workflowTemplateRef: Type.Union([Str(200, 1), Type.Null()]),
    /** The declaration e-form (src/federation/eform.ts); absent or null = the procedure has none. */
    eform: Type.Optional(Type.Union([EFormSchema, Type.Null()])),
  },
  { additionalProperties: false },
);
export type ProcedureContent = Static<typeof ContentSchema>;

export const ContentPatchSchema = Type.Partial(ContentSchema, { additionalProperties: false });
export type ProcedureContentPatch = Static<typeof ContentPatchSchema>;

export interface ProcedureVersion extends ProcedureContent {
  id: string;
  code: string;
  version: number;
  status: VersionStatus;
  sectorName: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  publishedAt: string | null;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One hit of the public search. */
export interface SearchItem {
  code: string;
  name: string;
  sectorCode: string;
  sectorName: string;
  levels: Level[];
  onlineLevel: OnlineLevel;
  agencyCodes: string[];
  versionId: string;
}

export interface SearchQuery {
  q: string;
  limit: number;
  offset: number;
  sector?: string | undefined;
  level?: Level | undefined;
  agency?: string | undefined;
  onlineLevel?: OnlineLevel | undefined;
}
