import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import {
  sampleApology,
  sampleControlSlip,
  sampleReceipt,
  sampleRefusal,
  sampleStopNotice,
  sampleSupplement,
  SAMPLE_DOSSIER_CODE,
} from './fixtures.ts';
import {
  classifyTimeliness,
  FORM_TEMPLATES,
  isValidDossierCode,
  renderApology,
  renderControlSlip,
  renderReceipt,
  renderRefusal,
  renderStopNotice,
  renderSupplementRequest,
} from './index.ts';
import { inspectPdf, squash } from './poppler.testkit.ts';
import type { PdfReport } from './poppler.testkit.ts';

/** Checks every form shares: heading, code, names with diacritics, embedded font, template version. */
function expectCommon(pdf: PdfReport, number: keyof typeof FORM_TEMPLATES): void {
  const text = squash(pdf.text);
  const t = FORM_TEMPLATES[number];
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG');
  expect(text).toContain(SAMPLE_DOSSIER_CODE);
  expect(text).toContain('Nguyễn Thị Hồng Nhung');
  expect(text).toContain(t.nameVi.toLocaleUpperCase('vi'));
  expect(text).toContain(`Mẫu số ${number} — ${t.version}`);
  expect(text).toContain(`Trang 1/${pdf.pages}`);
  // Every font line of pdffonts says emb = yes, and it is our Liberation Serif.
  const fontRows = pdf.fonts
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  expect(fontRows.length).toBeGreaterThan(0);
  for (const row of fontRows) {
    expect(row).toMatch(/^LiberationSerif\S*\s+CID TrueType\s+Identity-H\s+yes\s/);
  }
  expect(pdf.info.Keywords).toContain(t.version);
  expect(pdf.info.Subject).toContain(t.version);
  expect(pdf.info.Title).toContain(SAMPLE_DOSSIER_CODE);
  expect(pdf.info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
}

describe('Mẫu số 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả', () => {
  it('prints the applicant, components, due date, fees in words and the QR code', async () => {
    const pdf = inspectPdf(await renderReceipt(sampleReceipt(8)));
    expectCommon(pdf, '01');
    const text = squash(pdf.text);
    expect(text).toContain('Ủy ban nhân dân phường Hạc Thành');
    expect(text).toContain('Thanh Hóa, ngày 24 tháng 4 năm 2025');
    expect(text).toContain('038187042028');
    expect(text).toContain('Trần Minh Khôi');
    expect(text).toContain('Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp');
    expect(text).toContain('Giấy khai sinh của người mẹ');
    expect(text).toContain('Thời gian nhận hồ sơ: 9 giờ 32 phút, ngày 24 tháng 4 năm 2025');
    expect(text).toContain(
      'Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 05 tháng 5 năm 2025',
    );
    expect(text).toContain('1.500.000 đồng');
    expect(text).toContain('Một triệu năm trăm nghìn đồng');
    expect(text).toContain('Thu trước');
    expect(text).toContain('05 ngày làm việc');
    expect(text).toContain('Qua dịch vụ bưu chính công ích');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Lê Văn Thuận');
    // The QR code is an embedded image.
    expect(pdf.images).toMatch(/\bimage\b/);
  });

  it('carries a long component table onto a second page, header repeated', async () => {
    const pdf = inspectPdf(await renderReceipt(sampleReceipt(30)));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expectCommon(pdf, '01');
    const text = squash(pdf.text);
    expect(text).toContain('Phụ lục số 30');
    expect(text).toContain(`Trang 2/${pdf.pages}`);
    const page2 = pdf.text.split('\f')[1] ?? '';
    expect(page2).toContain('Tên giấy tờ');
    expect(squash(page2)).toContain(`mã hồ sơ ${SAMPLE_DOSSIER_CODE} (tiếp theo)`);
  });

  it('says "trả kết quả ngay" when the procedure has no due date, and "không thu" when exempt', async () => {
    const input = { ...sampleReceipt(2), dueAt: null, fees: { items: [], collection: 'exempt' as const } };
    const text = squash(inspectPdf(await renderReceipt(input)).text);
    expect(text).toContain('trả kết quả ngay');
    expect(text).toContain('không thu');
  });
});

describe('Mẫu số 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', () => {
  it('lists every missing item with its reason in one request', async () => {
    const input = sampleSupplement();
    const pdf = inspectPdf(await renderSupplementRequest(input));
    expectCommon(pdf, '02');
    const text = squash(pdf.text);
    for (const item of input.items) {
      expect(text).toContain(item.name);
    }
    expect(text).toContain('Thiếu chữ ký của chủ hộ');
    expect(text).toContain('Chưa nộp bản chính do cơ sở khám bệnh, chữa bệnh cấp');
    expect(text).toContain('với 3 nội dung sau');
    expect(text).toContain('trong một lần');
  });
});

describe('Mẫu số 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ', () => {
  it('states the reason', async () => {
    const pdf = inspectPdf(await renderRefusal(sampleRefusal()));
    expectCommon(pdf, '03');
    expect(squash(pdf.text)).toContain('không đăng ký khai sinh lần thứ hai');
  });
});

describe('Mẫu số 04 — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết', () => {
  it('gives the reason, the old due date and the new appointment, signed', async () => {
    const pdf = inspectPdf(await renderApology(sampleApology()));
    expectCommon(pdf, '04');
    const text = squash(pdf.text);
    expect(text).toContain('Số: 125/UBND-VP');
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung');
    expect(text).toContain('16 giờ 00 phút, ngày 05 tháng 5 năm 2025');
    expect(text).toContain('16 giờ 00 phút, ngày 09 tháng 5 năm 2025');
    expect(text).toContain('gián đoạn kết nối');
    expect(text).toContain('KT. CHỦ TỊCH');
    expect(text).toContain('Hoàng Đức Thắng');
    expect(text).toContain('Nơi nhận:');
  });

  it('refuses a new date that is not after the old one', async () => {
    const input = { ...sampleApology(), newDueAt: '2025-05-05T16:00:00+07:00' };
    await expect(renderApology(input)).rejects.toMatchObject({
      code: 'validation-failed',
      errors: [{ path: 'newDueAt', message: 'must be after oldDueAt' }],
    });
  });
});

describe('Mẫu số 05 — Thông báo dừng giải quyết hồ sơ', () => {
  it('gives the request time and the reason', async () => {
    const pdf = inspectPdf(await renderStopNotice(sampleStopNotice()));
    expectCommon(pdf, '05');
    const text = squash(pdf.text);
    expect(text).toContain('14 giờ 05 phút, ngày 28 tháng 4 năm 2025');
    expect(text).toContain('đề nghị rút hồ sơ');
    expect(text).toContain('Điều 21 Nghị định số 118/2025/NĐ-CP');
    expect(text).toContain('Công an phường Hạc Thành');
  });
});

describe('Mẫu số 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ', () => {
  it('tabulates the hand-overs with their results', async () => {
    const pdf = inspectPdf(await renderControlSlip(sampleControlSlip(4)));
    expectCommon(pdf, '06');
    const text = squash(pdf.text);
    for (const word of ['Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đỗ Thị Ngọc Ánh', '24/04/2025']) {
      expect(text).toContain(word);
    }
  });

  it('flows a long log over two pages or more', async () => {
    const pdf = inspectPdf(await renderControlSlip(sampleControlSlip(24)));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.text.split('\f')[1] ?? '').toContain('Bên giao');
  });

  it('classifies step timeliness by the due day', () => {
    const due = '2025-04-25T17:00:00+07:00';
    expect(classifyTimeliness('2025-04-24T16:00:00+07:00', due)).toBe('early');
    expect(classifyTimeliness('2025-04-25T08:00:00+07:00', due)).toBe('on-time');
    expect(classifyTimeliness('2025-04-25T17:00:00+07:00', due)).toBe('on-time');
    expect(classifyTimeliness('2025-04-25T17:01:00+07:00', due)).toBe('late');
  });
});

describe('validation', () => {
  async function expectInvalid(p: Promise<unknown>, path: string): Promise<void> {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    const app = err as AppError;
    expect(app.code).toBe('validation-failed');
    expect(app.status).toBe(400);
    expect(app.errors?.map((e) => e.path)).toContain(path);
  }

  it('rejects malformed dossier codes', async () => {
    for (const code of ['H21.65-220914-0011', '000.00.06.H56-251332-0012', '000.00.06.H56-250424-12', '']) {
      await expectInvalid(renderReceipt({ ...sampleReceipt(1), dossierCode: code }), 'dossierCode');
    }
  });

  it('accepts both code shapes of Circular 03 (local, and centralised national with AA)', () => {
    expect(isValidDossierCode('000.00.06.H56-250424-0012')).toBe(true);
    expect(isValidDossierCode('000.00.06.H56-250424-12345')).toBe(true);
    expect(isValidDossierCode('G01.005.01-260125-010001')).toBe(true);
    expect(isValidDossierCode('000.00.06.H56-250230-0012')).toBe(false);
  });

  it('rejects dates without an offset, or a due date before reception', async () => {
    await expectInvalid(renderReceipt({ ...sampleReceipt(1), receivedAt: '2025-04-24 09:32' }), 'receivedAt');
    await expectInvalid(renderReceipt({ ...sampleReceipt(1), dueAt: '2025-04-23T16:00:00+07:00' }), 'dueAt');
    await expectInvalid(
      renderStopNotice({ ...sampleStopNotice(), requestedAt: '2025-04-28T14:05:00' }),
      'requestedAt',
    );
  });

  it('rejects missing required fields', async () => {
    const noName = { ...sampleReceipt(1), applicant: { ...sampleReceipt(1).applicant, name: ' ' } };
    await expectInvalid(renderReceipt(noName), 'applicant.name');
    const { officer: _o, ...noOfficer } = sampleReceipt(1);
    await expectInvalid(renderReceipt(noOfficer as never), 'officer');
    await expectInvalid(renderReceipt({ ...sampleReceipt(1), components: [] }), 'components');
    await expectInvalid(renderSupplementRequest({ ...sampleSupplement(), items: [] }), 'items');
    await expectInvalid(renderRefusal({ ...sampleRefusal(), reasons: [] }), 'reasons');
    await expectInvalid(renderControlSlip({ ...sampleControlSlip(1), handovers: [] }), 'handovers');
  });

  it('rejects bad codes and identifiers', async () => {
    const r = sampleReceipt(1);
    await expectInvalid(
      renderReceipt({ ...r, procedure: { ...r.procedure, code: 'TTHC-01' } }),
      'procedure.code',
    );
    await expectInvalid(
      renderReceipt({ ...r, applicant: { ...r.applicant, personalId: '099187042028' } }),
      'applicant.personalId',
    );
    await expectInvalid(
      renderReceipt({ ...r, applicant: { ...r.applicant, email: 'not-an-email' } }),
      'applicant.email',
    );
    await expectInvalid(renderReceipt({ ...r, trackingUrl: 'javascript:alert(1)' }), 'trackingUrl');
    await expectInvalid(
      renderReceipt({
        ...r,
        components: [{ name: 'Tờ khai', originals: -1, certifiedCopies: 0, photocopies: 0 }],
      }),
      'components[0].originals',
    );
    await expectInvalid(
      renderReceipt({ ...r, fees: { items: [{ name: 'Lệ phí', amount: 1.5 }], collection: 'prepaid' } }),
      'fees.items[0].amount',
    );
  });

  it('draws text given in NFD as NFC', async () => {
    const nfd = { ...sampleRefusal(), applicant: { name: 'Nguyễn Thị Hồng Nhung'.normalize('NFD') } };
    const text = squash(inspectPdf(await renderRefusal(nfd)).text);
    expect(text).toContain('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
  });
});
