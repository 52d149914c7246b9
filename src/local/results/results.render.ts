/**
 * PDF of an electronic result, laid out like a Vietnamese administrative document (Decree 30/2020): the
 * governing agency and the issuing agency on the left with "Số: <SoKyHieu>", the national heading on the right,
 * the title, the body, the validity, and the signature block marked as signed electronically. Templates:
 * `generic` (decision / certificate: the paragraphs given) and `birth-extract` (Trích lục khai sinh, bản điện tử).
 */
import { drawHeading, drawSignatures, drawTitle } from '../forms/layout-blocks.ts';
import { FormDocument } from '../forms/layout.ts';
import { formatPlaceDate, formatVnDate } from '../forms/vn-format.ts';
import { BIRTH_EXTRACT_FIELDS, type ResultInput } from './results.ts';

export const RESULT_TEMPLATE_VERSIONS = { generic: 'KQ-CHUNG@1', 'birth-extract': 'KQ-TLKS@1' } as const;

export interface ResultHeading {
  /** Governing agency (upper line), e.g. "Ủy ban nhân dân tỉnh Thanh Hóa"; empty for a top agency. */
  governing: string;
  /** Issuing agency (bold), e.g. "Sở Tư pháp". */
  issuer: string;
  place: string;
}

const vnNoon = (day: string): string => `${day}T12:00:00+07:00`;

export async function renderResult(
  input: ResultInput,
  heading: ResultHeading,
  dossierCode: string,
): Promise<Uint8Array> {
  const template = input.template ?? 'generic';
  const version = RESULT_TEMPLATE_VERSIONS[template];
  const title = template === 'birth-extract' ? 'Trích lục khai sinh' : input.resultTypeName;
  const doc = await FormDocument.create({
    template: { number: 'KQ', nameVi: title, version },
    footer: `Kết quả điện tử — ${version} — hồ sơ ${dossierCode}`,
    title: `${title} — ${input.numberSymbol}`,
    dossierCode,
    issuedAt: vnNoon(input.issueDate),
  });
  await drawHeading(doc, {
    agencyName: heading.governing,
    unitName: heading.issuer,
    leftLines: [[{ text: 'Số: ' }, { text: input.numberSymbol, style: 'bold' }]],
    placeDate: formatPlaceDate(heading.place, vnNoon(input.issueDate)),
  });
  if (template === 'birth-extract') {
    drawTitle(doc, 'Trích lục khai sinh', [[{ text: '(Bản điện tử)', style: 'italic' }]]);
    for (const f of BIRTH_EXTRACT_FIELDS) {
      const v = input.details?.[f.key];
      if (v)
        doc.paragraph([
          { text: `${f.label}: ` },
          { text: v, style: f.key === 'fullName' ? 'bold' : 'regular' },
        ]);
    }
    doc.paragraph(input.abstract, { style: 'italic', spaceAfter: 6 });
  } else {
    drawTitle(doc, input.resultTypeName, [[{ text: input.abstract, style: 'bold' }]]);
    for (const p of input.content ?? []) doc.paragraph(p, { indent: 28, spaceAfter: 4 });
  }
  const validity = input.permanent
    ? `Có hiệu lực từ ${formatVnDate(vnNoon(input.validFrom ?? input.issueDate))}, không thời hạn.`
    : `Có hiệu lực từ ${formatVnDate(vnNoon(input.validFrom ?? input.issueDate))} đến hết ` +
      `${formatVnDate(vnNoon(input.validUntil ?? input.issueDate))}.`;
  doc.paragraph(
    [{ text: validity + (input.scope ? ` Phạm vi hiệu lực: ${input.scope}.` : ''), style: 'italic' }],
    {
      spaceAfter: 10,
    },
  );
  drawSignatures(
    doc,
    [
      {
        over: input.signerPosition.slice(0, -1),
        title: input.signerPosition.at(-1) ?? '',
        note: '(Đã ký số)',
        name: input.signerName,
      },
    ],
    ['Người yêu cầu;', 'Lưu: hồ sơ.'],
  );
  return doc.save();
}
