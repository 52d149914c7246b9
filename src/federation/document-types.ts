/**
 * National document types (MaGiayTo), shared by both roles (the catalogue importers on the portal, the once-only
 * mapping on a local system) a procedure component can name, as data: each with the result code
 * (MaKetQua of the procedure that issues it, from the national catalogue) that may stand for it, and the folded
 * name patterns by which the importers recognise it in a component's name. The once-only resolver
 * (src/federation/reuse-rules.ts) matches warehouse documents by these codes; a digitised paper is deposited under
 * its component's document-type code, an issued result under its result code.
 */
import { fold } from '../lib/fold.ts';

export interface NationalDocumentType {
  code: string;
  name: string;
  /** The result code of the national catalogue that issues this document (replacing result code). */
  resultCode?: string;
  /** Folded (no diacritics, lower case) patterns; the first type whose pattern occurs in the name wins. */
  patterns: RegExp[];
}

export const NATIONAL_DOCUMENT_TYPES: readonly NationalDocumentType[] = [
  { code: 'GCS', name: 'Giấy chứng sinh', patterns: [/giay chung sinh/] },
  { code: 'GKS', name: 'Giấy khai sinh', resultCode: 'KQ.G15.000031', patterns: [/giay khai sinh/, /trich luc khai sinh/] },
  { code: 'GCNKH', name: 'Giấy chứng nhận kết hôn', resultCode: 'KQ.G15.000032', patterns: [/giay chung nhan ket hon/, /trich luc (ghi chu )?ket hon/] },
  { code: 'XNTTHN', name: 'Giấy xác nhận tình trạng hôn nhân', resultCode: 'KQ.G15.000038', patterns: [/xac nhan tinh trang hon nhan/] },
  { code: 'TLKT', name: 'Trích lục khai tử', resultCode: 'KQ.G15.000034', patterns: [/trich luc khai tu/] },
  { code: 'GBT', name: 'Giấy báo tử', patterns: [/giay bao tu/] },
  { code: 'LLTP', name: 'Phiếu lý lịch tư pháp', resultCode: 'KQ.G01.000200', patterns: [/phieu ly lich tu phap/] },
  { code: 'GPLX', name: 'Giấy phép lái xe', resultCode: 'KQ.G01.000185', patterns: [/giay phep lai xe/] },
  { code: 'GCNDKDN', name: 'Giấy chứng nhận đăng ký doanh nghiệp', resultCode: 'KQ.G12.001056', patterns: [/giay chung nhan dang ky doanh nghiep/] },
  { code: 'GCNDKHKD', name: 'Giấy chứng nhận đăng ký hộ kinh doanh', resultCode: 'KQ.G12.001350', patterns: [/giay chung nhan dang ky ho kinh doanh/] },
  {
    code: 'GCNQSDD',
    name: 'Giấy chứng nhận quyền sử dụng đất',
    resultCode: 'KQ.G10.001148',
    patterns: [/giay chung nhan quyen su dung dat/, /giay chung nhan quyen so huu nha o/, /giay chung nhan (da|duoc) cap/],
  },
  { code: 'GPXD', name: 'Giấy phép xây dựng', resultCode: 'KQ.G17.000311', patterns: [/giay phep xay dung/] },
  {
    code: 'XNCT',
    name: 'Giấy tờ chứng minh thông tin về cư trú',
    resultCode: 'KQ.G01.000062',
    patterns: [/xac nhan thong tin (ve )?cu tru/, /chung minh (thong tin ve |ve )?(noi )?cu tru/, /giay to .{0,40}(ve|noi) cu tru/],
  },
  {
    code: 'CCCD',
    name: 'Thẻ căn cước / Căn cước công dân',
    resultCode: 'KQ.G01.000023',
    patterns: [/the can cuoc/, /can cuoc cong dan/, /can cuoc dien tu/, /giay chung nhan can cuoc/, /chung minh nhan dan/, /giay to tuy than/],
  },
  { code: 'HC', name: 'Hộ chiếu', patterns: [/ho chieu/] },
];

/** Papers the applicant writes or signs for this dossier (forms, requests, lists): never a national document. */
const OWN_PAPER = /^(thong tin|to khai|mau |don |van ban|giay de nghi|giay cam doan|giay uy quyen|phieu (yeu cau|de nghi|khai|dang ky)|ban ke|bang ke|bao cao|bien ban|danh sach|hop dong|cong van|to trinh|ban cam ket|du thao|ho so|tai lieu|ban ve|so do)/;

/** A component's name folded, without list markers and "Bản sao (có chứng thực) / bản chính …" in front. */
export function foldComponentName(name: string): string {
  let s = fold(name.normalize('NFC')).replace(/\s+/g, ' ').trim();
  s = s.replace(/^([-+*•–]|\(?[a-z0-9]{1,3}[.)])\s*/, '');
  for (let i = 0; i < 3; i++) {
    s = s.replace(/^(ban (sao|chinh|chup)|hoac|va|co chung thuc|dien tu|hop le|tu so goc|tu ban chinh|cua)[\s,;:]*/, '');
  }
  return s;
}

/** A paper the applicant writes or signs for this dossier (a form, a request, a list). */
export function isOwnPaper(name: string): boolean {
  return OWN_PAPER.test(foldComponentName(name));
}

/** The national document type a component's name stands for, if it is one. */
export function documentTypeForName(name: string): NationalDocumentType | undefined {
  const f = foldComponentName(name);
  if (!f || OWN_PAPER.test(f)) return undefined;
  return NATIONAL_DOCUMENT_TYPES.find((t) => t.patterns.some((p) => p.test(f)));
}

export function documentTypeByCode(code: string): NationalDocumentType | undefined {
  return NATIONAL_DOCUMENT_TYPES.find((t) => t.code === code);
}
