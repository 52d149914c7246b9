/**
 * Electronic results of a dossier: the input an officer gives when issuing one, the templates (a generic
 * administrative decision/certificate, and the birth registration extract), and the view returned by the API.
 * The metadata follow domain-vn.md §5.2 (LoaiVanBanKetQua, SoKyHieu, TrichYeu, NguoiKy, CoQuanBanHanh,
 * NgayBanHanh, NgayKy, NgayCoHieuLuc/NgayHetHieuLuc/ThoiHanVinhVien, PhamViHieuLuc).
 */
import { AppError, type FieldError } from '../../errors.ts';

export const resultTemplates = ['generic', 'birth-extract'] as const;
export type ResultTemplate = (typeof resultTemplates)[number];

export interface ResultInput {
  /** MaKetQua / LoaiVanBanKetQua, e.g. "KQ.G15.000342". */
  resultTypeCode: string;
  /** "Trích lục khai sinh", "Quyết định …". */
  resultTypeName: string;
  template?: ResultTemplate;
  /** SoKyHieu: "123/TLKS-STP". */
  numberSymbol: string;
  /** TrichYeu. */
  abstract: string;
  signerName: string;
  /** Lines above the signature: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  signerPosition: string[];
  /** NgayBanHanh, YYYY-MM-DD. */
  issueDate: string;
  /** NgayCoHieuLuc (default: the issue date). */
  validFrom?: string;
  /** NgayHetHieuLuc; required unless permanent. */
  validUntil?: string;
  permanent: boolean;
  /** PhamViHieuLuc: "Toàn quốc". */
  scope?: string;
  /** Generic template: the body paragraphs (articles of a decision, the content of a certificate). */
  content?: string[];
  /** Birth extract: the registered facts (see BIRTH_EXTRACT_FIELDS). */
  details?: Partial<Record<string, string>>;
}

/** The facts printed on a birth registration extract, in order; `required` ones must be given. */
export const BIRTH_EXTRACT_FIELDS: readonly { key: string; label: string; required: boolean }[] = [
  { key: 'fullName', label: 'Họ, chữ đệm, tên', required: true },
  { key: 'birthDate', label: 'Ngày, tháng, năm sinh', required: true },
  { key: 'gender', label: 'Giới tính', required: true },
  { key: 'ethnicity', label: 'Dân tộc', required: false },
  { key: 'nationality', label: 'Quốc tịch', required: false },
  { key: 'placeOfBirth', label: 'Nơi sinh', required: true },
  { key: 'hometown', label: 'Quê quán', required: false },
  { key: 'personalId', label: 'Số định danh cá nhân', required: false },
  { key: 'motherName', label: 'Họ, chữ đệm, tên người mẹ', required: false },
  { key: 'fatherName', label: 'Họ, chữ đệm, tên người cha', required: false },
  { key: 'registrationPlace', label: 'Nơi đăng ký khai sinh', required: false },
  { key: 'registrationDate', label: 'Ngày đăng ký', required: false },
];

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Rules the schema cannot say: dates in order, validity end or permanent, the template's required facts. */
export function checkResultInput(input: ResultInput): ResultInput {
  const errors: FieldError[] = [];
  const validFrom = input.validFrom ?? input.issueDate;
  for (const [k, v] of [
    ['issueDate', input.issueDate],
    ['validFrom', validFrom],
    ['validUntil', input.validUntil],
  ] as const) {
    if (v !== undefined && (!DAY.test(v) || Number.isNaN(Date.parse(v))))
      errors.push({ path: `/${k}`, message: 'not a date' });
  }
  if (input.permanent && input.validUntil)
    errors.push({ path: '/validUntil', message: 'a permanent result has no end' });
  if (!input.permanent && !input.validUntil)
    errors.push({ path: '/validUntil', message: 'required unless permanent' });
  if (input.validUntil && input.validUntil < validFrom)
    errors.push({ path: '/validUntil', message: 'before validFrom' });
  const template = input.template ?? 'generic';
  if (template === 'birth-extract') {
    const allowed = new Set(BIRTH_EXTRACT_FIELDS.map((f) => f.key));
    for (const f of BIRTH_EXTRACT_FIELDS) {
      if (f.required && !input.details?.[f.key]?.trim())
        errors.push({ path: `/details/${f.key}`, message: 'required' });
    }
    for (const k of Object.keys(input.details ?? {})) {
      if (!allowed.has(k)) errors.push({ path: `/details/${k}`, message: 'unknown field' });
    }
  } else if (!input.content?.length) {
    errors.push({ path: '/content', message: 'the generic template needs at least one paragraph' });
  }
  if (errors.length) throw new AppError('validation-failed', { errors });
  const nfc = (s: string) => s.normalize('NFC').trim();
  return {
    ...input,
    template,
    resultTypeName: nfc(input.resultTypeName),
    numberSymbol: nfc(input.numberSymbol),
    abstract: nfc(input.abstract),
    signerName: nfc(input.signerName),
    signerPosition: input.signerPosition.map(nfc),
    validFrom,
    ...(input.scope ? { scope: nfc(input.scope) } : {}),
    ...(input.content ? { content: input.content.map(nfc) } : {}),
    ...(input.details
      ? {
          details: Object.fromEntries(
            Object.entries(input.details).flatMap(([k, v]) => (v === undefined ? [] : [[k, nfc(v)]])),
          ),
        }
      : {}),
  };
}

/** A result as the API and other features see it (findResult). */
export interface IssuedResult {
  id: string;
  dossierId: string;
  dossierCode: string | null;
  resultTypeCode: string;
  resultTypeName: string;
  template: string;
  numberSymbol: string;
  abstract: string;
  signerName: string;
  /** The signer's position lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"). */
  signerPosition: string[];
  issuer: { id: string; code: string; name: string };
  issueDate: string;
  signedAt: string;
  validFrom: string;
  validUntil: string | null;
  permanent: boolean;
  scope: string | null;
  details: Record<string, string>;
  ownerIdNumber: string;
  status: 'valid' | 'replaced' | 'revoked';
  replacesId: string | null;
  replacedBy: string | null;
  revokedReason: string | null;
  changedAt: string | null;
  /** XXXX-XXXX-XXXX. */
  verificationCode: string;
  /** SHA-256 of the signed PDF, its name in ctx.blobs. */
  blobSha256: string;
  signedDocumentId: string;
}
