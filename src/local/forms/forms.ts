/**
 * Input types shared by the form renderers. Inputs are plain data (no database rows): the caller resolves the
 * agency, the dossier and the people first. Instants are ISO 8601 strings WITH an offset
 * (`2025-04-24T16:00:00+07:00`); they are printed in Vietnam time. Text may arrive in any Unicode
 * normalisation form: the renderers draw NFC.
 */

/** Who issues the document. */
export interface FormAgency {
  /** Governing agency, e.g. "Ủy ban nhân dân phường Hạc Thành" (upper-cased in the heading, as is in the text). */
  agencyName: string;
  /** Issuing unit, e.g. "Bộ phận Một cửa" or "Phòng Văn hóa - Xã hội" (upper case, bold in the heading). */
  unitName: string;
  /** Place on the place-and-date line, e.g. "Thanh Hóa" or "Hạc Thành". */
  place: string;
}

/** The applicant (người nộp) or the dossier owner (chủ hồ sơ). Only `name` is required. */
export interface ApplicantInput {
  /** "Họ và tên", as on the ID card, with diacritics: "Nguyễn Thị Hồng Nhung". */
  name: string;
  /** 12-digit personal ID (checked), a legacy 9-digit CMND, or a passport number (`B1234567`). */
  personalId?: string;
  address?: string;
  phone?: string;
  email?: string;
}

/** The administrative procedure: national code (`1.001193`, `1.001193.000.00.00.H56`, `2.002621.H56`) and name. */
export interface ProcedureRef {
  code: string;
  name: string;
}

/** One paper of the dossier with the number of each kind of copy received. */
export interface DossierComponent {
  /** e.g. "Tờ khai đăng ký khai sinh", "Giấy chứng sinh". */
  name: string;
  /** Bản chính. */
  originals: number;
  /** Bản sao chứng thực. */
  certifiedCopies: number;
  /** Bản photo / bản sao không chứng thực. */
  photocopies: number;
}

/** A named officer, optionally with a position ("Công chức Tư pháp - Hộ tịch"). */
export interface OfficerRef {
  name: string;
  title?: string;
}

/** A signer of a letter: position lines as printed above the signature ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
export interface SignerRef {
  /** Lines above the signature, upper-cased: e.g. ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] or ["GIÁM ĐỐC"]. */
  positionLines: string[];
  name: string;
}
