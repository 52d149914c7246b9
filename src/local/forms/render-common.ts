/**
 * What every form renderer does the same way: open the document with its template, draw the heading and the
 * title, and write "Label: value" lines and the applicant's identity lines.
 */
import { drawHeading, drawTitle } from './layout-blocks.ts';
import { FormDocument } from './layout.ts';
import type { FontStyle, Run } from './layout.ts';
import type { ApplicantInput, FormAgency } from './forms.ts';
import { FORM_TEMPLATES } from './templates.ts';
import type { FormNumber } from './templates.ts';
import { formatPlaceDate } from './vn-format.ts';

export interface StartSpec {
  agency: FormAgency;
  dossierCode: string;
  /** Date printed on the place-and-date line. */
  issuedAt: string;
  /** Lines under the agency block; default "Mã hồ sơ: <code>". */
  leftLines?: Run[][];
  qr?: { url: string; caption: string };
  /** Lines centred under the title. */
  sublines?: Run[][];
  /** Title override (default: the template's name). */
  title?: string;
}

export async function startForm(number: FormNumber, spec: StartSpec): Promise<FormDocument> {
  const template = FORM_TEMPLATES[number];
  const doc = await FormDocument.create({
    template,
    title: `${template.nameVi} — ${spec.dossierCode}`,
    dossierCode: spec.dossierCode,
    issuedAt: spec.issuedAt,
  });
  await drawHeading(doc, {
    agencyName: spec.agency.agencyName,
    unitName: spec.agency.unitName,
    leftLines: spec.leftLines ?? [[{ text: 'Mã hồ sơ: ' }, { text: spec.dossierCode, style: 'bold' }]],
    placeDate: formatPlaceDate(spec.agency.place, spec.issuedAt),
    ...(spec.qr ? { qr: spec.qr } : {}),
  });
  drawTitle(doc, spec.title ?? template.nameVi, spec.sublines);
  return doc;
}

/** "Label: value" as one justified paragraph. */
export function field(
  doc: FormDocument,
  label: string,
  value: string,
  valueStyle: FontStyle = 'regular',
): void {
  doc.paragraph([{ text: `${label}: ` }, { text: value, style: valueStyle }]);
}

/** The applicant's name (bold), ID, address, phone and e-mail — only the lines that have data. */
export function applicantLines(doc: FormDocument, a: ApplicantInput, nameLabel = 'Ông/Bà'): void {
  field(doc, nameLabel, a.name, 'bold');
  if (a.personalId) field(doc, 'Số định danh cá nhân/Hộ chiếu', a.personalId);
  if (a.address) field(doc, 'Địa chỉ', a.address);
  const contact = [a.phone ? `Số điện thoại: ${a.phone}` : '', a.email ? `Thư điện tử: ${a.email}` : '']
    .filter(Boolean)
    .join('; ');
  if (contact) doc.paragraph(contact);
}

/** Unit names that say nothing of whose unit they are ("Bộ phận Một cửa"): the agency's name follows them. */
const GENERIC_UNITS = ['bộ phận một cửa', 'bộ phận tiếp nhận và trả kết quả'];

/**
 * The issuing unit as named in sentences: "Bộ phận Một cửa Ủy ban nhân dân phường Hạc Thành" for a generic unit
 * name, the unit's own name when it already names itself ("Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa",
 * "Bộ phận Một cửa Phường Hạ Long") — never two agency names run together.
 */
export function unitInSentence(agency: FormAgency): string {
  const unit = agency.unitName.normalize('NFC').trim();
  if (GENERIC_UNITS.includes(unit.toLocaleLowerCase('vi'))) return `${unit} ${agency.agencyName}`;
  return unit;
}
