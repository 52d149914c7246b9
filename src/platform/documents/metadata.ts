/**
 * Metadata of a digitised copy (domain-vn.md §5.2, GiayToSoHoa). `DigitisationInput` is what the officer enters
 * about the paper; `DigitisationMetadata` adds what the system knows (owner, dossier, who digitised it, where,
 * when, state) and is what the composed PDF carries. `digitisationKeys` maps each field to its §5.2 name, used as
 * the element names of the XMP packet (namespace `motcua:`) and as custom keys of the PDF Info dictionary.
 */
import { Type, type Static } from 'typebox';
import { AppError, type FieldError } from '../../errors.ts';

const text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const date = Type.String({ format: 'date', maxLength: 10 });

/** What the officer states about the paper being digitised. */
export const DigitisationInputSchema = Type.Object(
  {
    /** MaGiayTo: document-type code of the national catalogue (defaults to the component's). */
    documentTypeCode: Type.Optional(Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' })),
    /** SoKyHieu: number and symbol, e.g. "123/2024/QĐ-UBND". */
    number: Type.Optional(text(100)),
    /** TrichYeuNoiDung: abstract. */
    abstract: text(1000),
    /** NgayBanHanh */
    issuedOn: Type.Optional(date),
    /** CoQuanBanHanh */
    issuer: Type.Optional(text(300)),
    /** NguoiKy */
    signer: Type.Optional(text(200)),
    /** ThoiHanHieuLuc: last day of validity. */
    validUntil: Type.Optional(date),
    /** ThoiHanVinhVien: valid without end. */
    permanent: Type.Optional(Type.Boolean()),
    /** PhamViHieuLuc: where it is valid, e.g. "Toàn quốc". */
    validityScope: Type.Optional(text(300)),
    /** Extra search words. */
    keywords: Type.Optional(Type.Array(text(60), { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type DigitisationInput = Static<typeof DigitisationInputSchema>;

/** TrangThaiSoHoa: 0 not digitised, 1 digitised, 2 reused from a component, 3 reused from a result. */
export const DigitisationStateSchema = Type.Union([Type.Literal(0), Type.Literal(1), Type.Literal(2), Type.Literal(3)]);
export type DigitisationState = Static<typeof DigitisationStateSchema>;

/** The full §5.2 set carried by a digitised copy. */
export const DigitisationMetadataSchema = Type.Object(
  {
    ...DigitisationInputSchema.properties,
    /** Title of the document (the component's name). */
    title: text(500),
    permanent: Type.Boolean(),
    /** MaDinhDanh: owner's personal ID or tax code. */
    ownerId: text(20),
    /** ChuGiayTo */
    ownerName: text(300),
    /** NguoiSoHoa */
    digitisedBy: text(200),
    /** ThoiGianSoHoa (ISO 8601 with offset). */
    digitisedAt: Type.String({ format: 'date-time', maxLength: 40 }),
    /** DonViSoHoa: the one-stop unit or agency that digitised it. */
    digitisingUnit: text(300),
    /** MaHoSo: origin dossier code. */
    dossierCode: Type.Optional(text(60)),
    /** MaTTHC: procedure code. */
    procedureCode: Type.Optional(text(30)),
    /** TrangThaiSoHoa */
    state: DigitisationStateSchema,
  },
  { additionalProperties: false },
);
export type DigitisationMetadata = Static<typeof DigitisationMetadataSchema>;

/** Each field's name in §5.2 (the XMP element and custom Info key). */
export const digitisationKeys = {
  title: 'TenGiayTo',
  documentTypeCode: 'MaGiayTo',
  number: 'SoKyHieu',
  abstract: 'TrichYeuNoiDung',
  issuedOn: 'NgayBanHanh',
  issuer: 'CoQuanBanHanh',
  signer: 'NguoiKy',
  validUntil: 'ThoiHanHieuLuc',
  permanent: 'ThoiHanVinhVien',
  validityScope: 'PhamViHieuLuc',
  keywords: 'TuKhoa',
  ownerId: 'MaDinhDanh',
  ownerName: 'ChuGiayTo',
  digitisedBy: 'NguoiSoHoa',
  digitisedAt: 'ThoiGianSoHoa',
  digitisingUnit: 'DonViSoHoa',
  dossierCode: 'MaHoSo',
  procedureCode: 'MaTTHC',
  state: 'TrangThaiSoHoa',
} as const satisfies Record<keyof DigitisationMetadata, string>;

/** Rules the schema cannot say: a permanent paper has no end date; validity does not end before issue. */
export function checkDigitisationInput(m: DigitisationInput): void {
  const errors: FieldError[] = [];
  if (!m.abstract.trim()) errors.push({ path: '/abstract', message: 'must not be blank' });
  if (m.permanent && m.validUntil) errors.push({ path: '/validUntil', message: 'must be absent when permanent' });
  if (m.validUntil && m.issuedOn && m.validUntil < m.issuedOn)
    errors.push({ path: '/validUntil', message: 'must not be before issuedOn' });
  if (errors.length) throw new AppError('validation-failed', { errors });
}

/** The input with every text in Unicode NFC (some keyboards and scanners' software send decomposed marks). */
export function normaliseDigitisationInput(m: DigitisationInput): DigitisationInput {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) {
    if (typeof v === 'string') {
      const t = v.normalize('NFC').trim();
      if (t || k === 'abstract') out[k] = t; // a blank optional text is no text
    } else if (Array.isArray(v)) out[k] = v.map((x: string) => x.normalize('NFC').trim()).filter(Boolean);
    else out[k] = v;
  }
  return out as DigitisationInput;
}
