/**
 * A legal basis of a procedure as structured data: the document's number and symbol ("123/2015/NĐ-CP"), its type
 * (Luật, Nghị định, Thông tư, …), its name, its date and its issuer. Versions published before this structure keep
 * plain strings; `legalDocumentOf` reads either.
 */
import { Type, type Static } from 'typebox';

/** A document number and symbol: `123/2015/NĐ-CP`, `66.7/2025/NQ-CP`, `60/2014/QH13`, `1234/QĐ-TTg`. */
export const LEGAL_NUMBER_RE =
  /^\d{1,5}(?:\.\d{1,3})?\/(?:\d{4}\/)?(?:TTg|[A-ZĐ]{0,6}QH\d{2}|[A-ZĐ]{1,10})(?:-(?:TTg|[A-ZĐ]{0,6}QH\d{2}|[A-ZĐ]{1,10}))*$/u;

export const LegalDocumentSchema = Type.Object(
  {
    number: Type.String({ minLength: 1, maxLength: 60 }),
    type: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    /** ISO date (YYYY-MM-DD) the document was signed. */
    date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    issuer: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type LegalDocument = Static<typeof LegalDocumentSchema>;

/** A legal basis item as stored: structured, or (versions before the structure) a line of text. */
export const LegalBasisItemSchema = Type.Union([Type.String({ minLength: 1, maxLength: 1000 }), LegalDocumentSchema]);
export type LegalBasisItem = Static<typeof LegalBasisItemSchema>;

const TYPE_BY_SYMBOL: Record<string, string> = {
  'NĐ': 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  'QĐ': 'Quyết định',
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  CT: 'Chỉ thị',
};

const ISSUER_BY_SYMBOL: Record<string, string> = {
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  BTC: 'Bộ Tài chính',
  BTP: 'Bộ Tư pháp',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
  BXD: 'Bộ Xây dựng',
  BGTVT: 'Bộ Giao thông vận tải',
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BTNMT: 'Bộ Tài nguyên và Môi trường',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BYT: 'Bộ Y tế',
  BCT: 'Bộ Công Thương',
  BNV: 'Bộ Nội vụ',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
  BHXH: 'Bảo hiểm xã hội Việt Nam',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
};

/** Type and issuer read from the symbol of a number (`NĐ-CP` → Nghị định, Chính phủ; `QH13` → Luật, Quốc hội). */
export function fromSymbol(number: string): { type?: string; issuer?: string } {
  const parts = number.split('/').pop()!.split('-');
  const first = parts[0] ?? '';
  if (/^QH\d{2}$/.test(first)) return { type: 'Luật', issuer: 'Quốc hội' };
  if (/^UBTVQH\d{2}$/.test(first)) return { type: 'Pháp lệnh', issuer: 'Ủy ban Thường vụ Quốc hội' };
  const type = TYPE_BY_SYMBOL[first];
  const issuers = parts.slice(1).map((p) => ISSUER_BY_SYMBOL[p]).filter((x): x is string => !!x);
  return { ...(type ? { type } : {}), ...(issuers.length ? { issuer: issuers.join(' - ') } : {}) };
}

/** The structured form of a stored item (a plain line gives its first document number, if any). */
export function legalDocumentOf(item: LegalBasisItem): LegalDocument | undefined {
  if (typeof item !== 'string') return item;
  const m = /\d{1,5}(?:\.\d{1,3})?\/(?:\d{4}\/)?[A-ZĐ][A-ZĐa-z0-9-]*[A-ZĐg0-9]/u.exec(item);
  if (!m) return undefined;
  const name = item.replace(m[0], '').replace(/\s+/g, ' ').trim();
  return { number: m[0], ...fromSymbol(m[0]), ...(name ? { name } : {}) };
}

/** One line for people: "Nghị định 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ — name". */
export function formatLegalDocument(item: LegalBasisItem): string {
  if (typeof item === 'string') return item;
  const date = item.date ? ` ngày ${item.date.slice(8, 10)}/${item.date.slice(5, 7)}/${item.date.slice(0, 4)}` : '';
  const head = `${item.type ? `${item.type} ` : ''}${item.number}${date}${item.issuer ? ` của ${item.issuer}` : ''}`;
  return item.name ? `${head} — ${item.name}` : head;
}
