/**
 * The wire contract of a procedure version's declaration e-form (tờ khai điện tử) as data: a JSON Schema for the answers (a flat object
 * of named fields) and a small layout (pages of labelled fields, Vietnamese) the citizen wizard renders, plus which
 * applicants the procedure accepts and which result facts the answers fill. Answers are validated with Ajv (the
 * validator the HTTP layer uses) against the version the dossier pins; errors name each field by its label.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormatsModule from 'ajv-formats';
import { Type, type Static } from 'typebox';
import { AppError, type FieldError } from '../errors.ts';

const Str = (max: number, min = 1) => Type.String({ maxLength: max, minLength: min });
export const FIELD_KEY = '^[a-zA-Z][a-zA-Z0-9]{0,39}$';
export const widgets = ['text', 'textarea', 'date', 'radio', 'select', 'personalId'] as const;
export const applicantKinds = ['self', 'other', 'organisation'] as const;
export type ApplicantKind = (typeof applicantKinds)[number];

export const EFormFieldSchema = Type.Object(
  {
    key: Type.String({ pattern: FIELD_KEY, maxLength: 40 }),
    label: Str(300),
    hint: Type.Optional(Str(500)),
    widget: Type.Enum(widgets),
    options: Type.Optional(Type.Array(Type.Object({ value: Str(200), label: Str(300) }, { additionalProperties: false }), { maxItems: 100 })),
    autocomplete: Type.Optional(Str(50)),
  },
  { additionalProperties: false },
);
export type EFormField = Static<typeof EFormFieldSchema>;

export const EFormSchema = Type.Object(
  {
    /** The definition's own version (a new one ships with a new procedure version). */
    version: Type.Integer({ minimum: 1, maximum: 10_000 }),
    title: Str(300),
    /** JSON Schema (draft 7 subset Ajv compiles) of the answers: `type: object`, `additionalProperties: false`. */
    schema: Type.Object({}, { additionalProperties: true }),
    layout: Type.Object(
      {
        pages: Type.Array(
          Type.Object(
            { title: Str(300), hint: Type.Optional(Str(1000)), fields: Type.Array(EFormFieldSchema, { minItems: 1, maxItems: 30 }) },
            { additionalProperties: false },
          ),
          { minItems: 1, maxItems: 40 },
        ),
      },
      { additionalProperties: false },
    ),
    /** Who may be the dossier's owner ("Hồ sơ này của ai?"); default self and another person. */
    applicants: Type.Optional(Type.Array(Type.Enum(applicantKinds), { minItems: 1, maxItems: 3, uniqueItems: true })),
    /** Result template → { result fact: answer key }, e.g. birth-extract.fullName ← childName. */
    results: Type.Optional(Type.Record(Type.String({ maxLength: 40 }), Type.Record(Type.String({ maxLength: 40 }), Type.String({ pattern: FIELD_KEY, maxLength: 40 })))),
  },
  { additionalProperties: false },
);
export type EForm = Static<typeof EFormSchema>;
export type Declaration = Record<string, unknown>;

/** Bounds: a definition and one dossier's answers. */
export const MAX_EFORM_BYTES = 65_536;
export const MAX_DECLARATION_BYTES = 32_768;

const ajvFormats = ajvFormatsModule as unknown as (a: Ajv) => Ajv;
const ajv = ajvFormats(new Ajv({ allErrors: true, strict: true, coerceTypes: false, useDefaults: false }));
const compiled = new Map<string, ValidateFunction>();

function compile(form: EForm): ValidateFunction {
  const key = JSON.stringify(form.schema);
  let v = compiled.get(key);
  if (!v) {
    if (compiled.size > 500) compiled.clear();
    v = ajv.compile(form.schema);
    compiled.set(key, v);
  }
  return v;
}

/** A definition the catalogue may publish: it compiles, its answers are a closed object, every field is laid out once. */
export function checkEFormDefinition(form: EForm): FieldError[] {
  const errors: FieldError[] = [];
  if (JSON.stringify(form).length > MAX_EFORM_BYTES) return [{ path: '/eform', message: `larger than ${MAX_EFORM_BYTES} bytes` }];
  const s = form.schema as { type?: unknown; additionalProperties?: unknown; properties?: Record<string, unknown> };
  if (s.type !== 'object' || s.additionalProperties !== false || !s.properties)
    errors.push({ path: '/eform/schema', message: 'must be type object with properties and additionalProperties false' });
  try {
    compile(form);
  } catch (err) {
    errors.push({ path: '/eform/schema', message: (err as Error).message.slice(0, 300) });
  }
  const seen = new Set<string>();
  form.layout.pages.forEach((p, i) =>
    p.fields.forEach((f, j) => {
      if (seen.has(f.key)) errors.push({ path: `/eform/layout/pages/${i}/fields/${j}`, message: `${f.key} laid out twice` });
      seen.add(f.key);
      if (!s.properties?.[f.key]) errors.push({ path: `/eform/layout/pages/${i}/fields/${j}`, message: `${f.key} is not in the schema` });
    }),
  );
  for (const k of Object.keys(s.properties ?? {}))
    if (!seen.has(k)) errors.push({ path: '/eform/layout', message: `${k} has no place in the layout` });
  return errors;
}

const labelsOf = (form: EForm) => new Map(form.layout.pages.flatMap((p) => p.fields.map((f) => [f.key, f.label] as const)));

function message(e: ErrorObject, label: string): string {
  switch (e.keyword) {
    case 'required':
      return `${label}: chưa nhập`;
    case 'format':
      return e.params.format === 'date' ? `${label}: không phải ngày hợp lệ` : `${label}: không đúng định dạng`;
    case 'enum':
      return `${label}: chọn một trong các lựa chọn`;
    case 'minLength':
      return `${label}: chưa nhập`;
    case 'maxLength':
      return `${label}: quá dài`;
    case 'pattern':
      return `${label}: không đúng định dạng`;
    case 'additionalProperties':
      return `${label}: không có trong tờ khai`;
    default:
      return `${label}: ${e.message ?? 'không hợp lệ'}`;
  }
}

/** Trim and NFC-normalise every string answer; drop empty ones (an empty answer is "not given"). */
export function normaliseDeclaration(data: Declaration): Declaration {
  const out: Declaration = {};
  for (const [k, v] of Object.entries(data)) {
    const value = typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : v;
    if (value === '' || value === null || value === undefined) continue;
    out[k] = value;
  }
  return out;
}

/** The answers' field errors against the form (one per field, in layout order); [] when valid. */
export function declarationErrors(form: EForm, data: Declaration): FieldError[] {
  if (JSON.stringify(data).length > MAX_DECLARATION_BYTES) return [{ path: '', message: `Tờ khai lớn hơn ${MAX_DECLARATION_BYTES} byte` }];
  const validate = compile(form);
  if (validate(data)) return [];
  const labels = labelsOf(form);
  const order = [...labels.keys()];
  const byField = new Map<string, FieldError>();
  for (const e of validate.errors ?? []) {
    const key =
      e.keyword === 'required'
        ? String(e.params.missingProperty)
        : e.keyword === 'additionalProperties'
          ? String(e.params.additionalProperty)
          : e.instancePath.split('/')[1] ?? '';
    if (!byField.has(key)) byField.set(key, { path: `/${key}`, message: message(e, labels.get(key) ?? key) });
  }
  return [...byField.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([, v]) => v);
}

/** Validated, normalised answers, or 422 `declaration-invalid` listing every field. */
export function validDeclaration(form: EForm, data: Declaration | undefined): Declaration {
  const d = normaliseDeclaration(data ?? {});
  const errors = declarationErrors(form, d);
  if (errors.length) throw new AppError('declaration-invalid', { detail: errors.map((e) => e.message).join('; '), errors });
  return d;
}

/** The facts of a result template filled from the answers (dates shown dd/mm/yyyy). */
export function resultFactsFrom(form: EForm | null | undefined, template: string, data: Declaration | null | undefined): Record<string, string> {
  const map = form?.results?.[template];
  if (!map || !data) return {};
  const labelOf = new Map(form.layout.pages.flatMap((p) => p.fields.map((f) => [f.key, f] as const)));
  const out: Record<string, string> = {};
  for (const [fact, key] of Object.entries(map)) {
    const v = data[key];
    if (typeof v !== 'string' || !v) continue;
    const field = labelOf.get(key);
    const option = field?.options?.find((o) => o.value === v);
    out[fact] = field?.widget === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}` : (option?.label ?? v);
  }
  return out;
}

/** At most this many declared facts are printed on the receipt (Form 01): it stays one page. */
export const MAX_RECEIPT_FACTS = 8;

function shown(field: EFormField | undefined, v: string): string {
  const option = field?.options?.find((o) => o.value === v);
  return field?.widget === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}` : (option?.label ?? v);
}

/**
 * The main facts of a declaration for the receipt (Form 01), in the form's words: every answer of its first page
 * (whose dossier it is: the child, the spouse, the household…) and the names given on later pages (mother, father,
 * the other spouse…), free text left out, dates dd/mm/yyyy, choices by their label; at most MAX_RECEIPT_FACTS.
 */
export function receiptFactsFrom(form: EForm | null | undefined, data: Declaration | null | undefined): { label: string; value: string }[] {
  if (!form || !data) return [];
  const out: { label: string; value: string }[] = [];
  form.layout.pages.forEach((page, i) => {
    for (const f of page.fields) {
      const v = data[f.key];
      if (typeof v !== 'string' || !v.trim() || f.widget === 'textarea') continue;
      if (i > 0 && !/Name$/.test(f.key)) continue;
      out.push({ label: f.label, value: shown(f, v.trim()) });
    }
  });
  return out.slice(0, MAX_RECEIPT_FACTS);
}
