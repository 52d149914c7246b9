/**
 * The standard one-stop forms of Phụ lục I, Circular 03/2025/TT-VPCP (law-2025.md §7). Each rendered document
 * is stamped with its `version` (`TT03-2025/<number>@<revision>`) in the PDF metadata and the footer, so a
 * stored document always says which template produced it. Bump the revision when the layout or wording of a
 * template changes; never reuse a version string for different content.
 *
 * Form 07 (Sổ theo dõi hồ sơ, the register) is a list per counter and period, not a per-dossier document
 * (form-07-register.ts, src/local/register).
 * Legacy numbering (Circular 01/2018: 04 = Phiếu xin lỗi, 05 = kiểm soát, 06 = sổ) is in LEGACY_TT01_NUMBERS.
 */

export type FormNumber = '01' | '02' | '03' | '04' | '05' | '06' | '07';

export interface FormTemplate {
  number: FormNumber;
  /** Name as in Phụ lục I of Circular 03/2025/TT-VPCP. */
  nameVi: string;
  nameEn: string;
  /** Stamped on every document: `TT03-2025/01@1`. */
  version: string;
}

export const FORM_TEMPLATES: Readonly<Record<FormNumber, FormTemplate>> = {
  '01': {
    number: '01',
    nameVi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    nameEn: 'Receipt of dossier and appointment for the result',
    version: 'TT03-2025/01@2',
  },
  '02': {
    number: '02',
    nameVi: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    nameEn: 'Request to supplement and complete the dossier',
    version: 'TT03-2025/02@1',
  },
  '03': {
    number: '03',
    nameVi: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    nameEn: 'Refusal to receive and process the dossier',
    version: 'TT03-2025/03@2',
  },
  '04': {
    number: '04',
    nameVi: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
    nameEn: 'Apology and request to extend the processing time',
    version: 'TT03-2025/04@1',
  },
  '05': {
    number: '05',
    nameVi: 'Thông báo dừng giải quyết hồ sơ',
    nameEn: 'Notice of stopping the processing of the dossier',
    version: 'TT03-2025/05@2',
  },
  '06': {
    number: '06',
    nameVi: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    nameEn: 'Control slip of the dossier processing',
    version: 'TT03-2025/06@1',
  },
  '07': {
    number: '07',
    nameVi: 'Sổ theo dõi hồ sơ',
    nameEn: 'Register of dossiers',
    version: 'TT03-2025/07@1',
  },
};

/** Circular 01/2018/TT-VPCP form number → Circular 03/2025 form number (for imported legacy documents). */
export const LEGACY_TT01_NUMBERS: Readonly<Record<string, FormNumber | '07'>> = {
  '01': '01',
  '02': '02',
  '03': '03',
  '04': '04',
  '05': '06',
  '06': '07',
};
