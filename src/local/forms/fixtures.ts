/**
 * Realistic Vietnamese sample data for the form tests and for previewing the layout (Thanh Hóa, 2025).
 * Names and numbers are invented; the personal ID has a valid shape (038 = Thanh Hóa).
 */
import type { ReceiptInput } from './form-01-receipt.ts';
import type { SupplementRequestInput } from './form-02-supplement.ts';
import type { RefusalInput } from './form-03-refusal.ts';
import type { ApologyInput } from './form-04-apology.ts';
import type { StopNoticeInput } from './form-05-stop.ts';
import type { ControlSlipInput, HandoverInput } from './form-06-control-slip.ts';
import type { ApplicantInput, DossierComponent, FormAgency } from './forms.ts';

export const SAMPLE_AGENCY: FormAgency = {
  agencyName: 'Ủy ban nhân dân phường Hạc Thành',
  unitName: 'Bộ phận Một cửa',
  place: 'Thanh Hóa',
};

export const SAMPLE_APPLICANT: ApplicantInput = {
  name: 'Nguyễn Thị Hồng Nhung',
  personalId: '038187042028',
  address: 'Số 12, ngõ 45 đường Trần Phú, tổ dân phố Đông Sơn, phường Hạc Thành, tỉnh Thanh Hóa',
  phone: '0912 345 678',
  email: 'hongnhung.nguyen@example.vn',
};

export const SAMPLE_DOSSIER_CODE = '000.00.06.H56-250424-0012';
export const SAMPLE_TRACKING_URL = 'https://dichvucong.thanhhoa.gov.vn/tra-cuu?ma=000.00.06.H56-250424-0012';

export const SAMPLE_PROCEDURE = {
  code: '1.001193.000.00.00.H56',
  name: 'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi (liên thông)',
};

const BASE_COMPONENTS: DossierComponent[] = [
  { name: 'Tờ khai đăng ký khai sinh theo mẫu', originals: 1, certifiedCopies: 0, photocopies: 0 },
  {
    name: 'Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp',
    originals: 1,
    certifiedCopies: 0,
    photocopies: 0,
  },
  { name: 'Giấy khai sinh của người mẹ (đối chiếu)', originals: 0, certifiedCopies: 1, photocopies: 0 },
  {
    name: 'Văn bản ủy quyền có chứng thực trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh cho trẻ em',
    originals: 1,
    certifiedCopies: 0,
    photocopies: 0,
  },
  { name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', originals: 1, certifiedCopies: 0, photocopies: 0 },
  { name: 'Tờ khai tham gia bảo hiểm y tế (mẫu TK1-TS)', originals: 1, certifiedCopies: 0, photocopies: 0 },
  {
    name: 'Giấy tờ chứng minh chỗ ở hợp pháp của cha, mẹ (Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở)',
    originals: 0,
    certifiedCopies: 1,
    photocopies: 1,
  },
  { name: 'Giấy chứng nhận kết hôn của cha, mẹ', originals: 0, certifiedCopies: 1, photocopies: 0 },
];

/** `n` components: the eight real ones, then numbered annexes ("Phụ lục số 9 …"), to force a page break. */
export function sampleComponents(n: number): DossierComponent[] {
  const out: DossierComponent[] = [];
  for (let k = 0; k < n; k++) {
    out.push(
      BASE_COMPONENTS[k] ?? {
        name: `Phụ lục số ${k + 1}: bản kê khai thông tin bổ sung về nơi cư trú của người đề nghị (nếu có)`,
        originals: 1,
        certifiedCopies: 0,
        photocopies: k % 3,
      },
    );
  }
  return out;
}

export const SAMPLE_OFFICER = { name: 'Lê Văn Thuận', title: 'Công chức Tư pháp - Hộ tịch' };

export const SAMPLE_RECEIVED_AT = '2025-04-24T09:32:00+07:00';
export const SAMPLE_DUE_AT = '2025-05-05T16:00:00+07:00';

export function sampleReceipt(components = 8): ReceiptInput {
  return {
    agency: SAMPLE_AGENCY,
    dossierCode: SAMPLE_DOSSIER_CODE,
    applicant: SAMPLE_APPLICANT,
    owner: { name: 'Trần Minh Khôi', address: 'Tổ dân phố Đông Sơn, phường Hạc Thành, tỉnh Thanh Hóa' },
    procedure: SAMPLE_PROCEDURE,
    components: sampleComponents(components),
    processingTime: { amount: 5, unit: 'working-days' },
    receivedAt: SAMPLE_RECEIVED_AT,
    dueAt: SAMPLE_DUE_AT,
    fees: {
      items: [
        { name: 'Lệ phí đăng ký khai sinh', amount: 0 },
        { name: 'Phí cấp bản sao trích lục hộ tịch (10 bản)', amount: 1_500_000 },
      ],
      collection: 'prepaid',
    },
    resultDelivery: {
      method: 'post',
      address: 'Số 12, ngõ 45 đường Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa',
    },
    officer: SAMPLE_OFFICER,
    trackingUrl: SAMPLE_TRACKING_URL,
  };
}

export function sampleSupplement(): SupplementRequestInput {
  return {
    agency: SAMPLE_AGENCY,
    dossierCode: SAMPLE_DOSSIER_CODE,
    applicant: SAMPLE_APPLICANT,
    procedure: SAMPLE_PROCEDURE,
    receivedAt: SAMPLE_RECEIVED_AT,
    issuedAt: '2025-04-24T10:15:00+07:00',
    stage: 'reception',
    items: [
      {
        name: 'Giấy khai sinh của người mẹ',
        reason: 'Bản sao không có chứng thực; cần bản sao chứng thực hoặc bản chính để đối chiếu',
      },
      { name: 'Giấy chứng sinh', reason: 'Chưa nộp bản chính do cơ sở khám bệnh, chữa bệnh cấp' },
      {
        name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)',
        reason: 'Thiếu chữ ký của chủ hộ tại mục ý kiến của chủ hộ',
      },
    ],
    officer: SAMPLE_OFFICER,
    contact: 'Bộ phận Một cửa phường Hạc Thành, số điện thoại 0237 3 852 000',
  };
}

export function sampleRefusal(): RefusalInput {
  return {
    agency: SAMPLE_AGENCY,
    dossierCode: SAMPLE_DOSSIER_CODE,
    applicant: SAMPLE_APPLICANT,
    procedure: SAMPLE_PROCEDURE,
    receivedAt: SAMPLE_RECEIVED_AT,
    issuedAt: '2025-04-24T10:40:00+07:00',
    reasons: [
      'Trẻ em đã được đăng ký khai sinh tại Ủy ban nhân dân xã Đông Tiến ngày 02 tháng 4 năm 2025; không đăng ký khai sinh lần thứ hai',
    ],
    officer: SAMPLE_OFFICER,
  };
}

export function sampleApology(): ApologyInput {
  return {
    agency: {
      agencyName: 'Ủy ban nhân dân phường Hạc Thành',
      unitName: 'Văn phòng HĐND và UBND',
      place: 'Thanh Hóa',
    },
    documentNumber: '125/UBND-VP',
    dossierCode: SAMPLE_DOSSIER_CODE,
    applicant: SAMPLE_APPLICANT,
    procedure: SAMPLE_PROCEDURE,
    receivedAt: SAMPLE_RECEIVED_AT,
    oldDueAt: SAMPLE_DUE_AT,
    newDueAt: '2025-05-09T16:00:00+07:00',
    reason: 'hệ thống cơ sở dữ liệu hộ tịch điện tử bị gián đoạn kết nối từ ngày 28 tháng 4 năm 2025',
    issuedAt: '2025-05-02T08:00:00+07:00',
    signer: { positionLines: ['KT. Chủ tịch', 'Phó Chủ tịch'], name: 'Hoàng Đức Thắng' },
  };
}

export function sampleStopNotice(): StopNoticeInput {
  return {
    agency: SAMPLE_AGENCY,
    dossierCode: SAMPLE_DOSSIER_CODE,
    applicant: SAMPLE_APPLICANT,
    procedure: SAMPLE_PROCEDURE,
    receivedAt: SAMPLE_RECEIVED_AT,
    requestedAt: '2025-04-28T14:05:00+07:00',
    channel: 'counter',
    reason: 'Gia đình thay đổi nơi cư trú, đề nghị rút hồ sơ để nộp tại nơi cư trú mới',
    issuedAt: '2025-04-28T15:30:00+07:00',
    signer: { positionLines: ['Trưởng Bộ phận Một cửa'], name: 'Phạm Thị Thu Hà' },
    resolvingAgencyName: 'Công an phường Hạc Thành',
  };
}

const UNITS = [
  'Bộ phận Một cửa',
  'Công chức Tư pháp - Hộ tịch',
  'Công an phường Hạc Thành',
  'Bảo hiểm xã hội tỉnh Thanh Hóa',
];
const PEOPLE = ['Lê Văn Thuận', 'Đỗ Thị Ngọc Ánh', 'Trịnh Quốc Việt', 'Nguyễn Hữu Phước'];

/** A control slip with `n` hand-overs (cycling through the units of the linked procedure). */
export function sampleControlSlip(n = 6): ControlSlipInput {
  const handovers: HandoverInput[] = [];
  for (let k = 0; k < n; k++) {
    const date = new Date(Date.UTC(2025, 3, 24 + Math.floor(k / 3))).toISOString().slice(0, 10);
    const d = (h: number): string => `${date}T${String(h).padStart(2, '0')}:15:00+07:00`;
    handovers.push({
      step: [
        'Tiếp nhận và chuyển hồ sơ',
        'Thẩm định, đăng ký khai sinh',
        'Đăng ký thường trú',
        'Cấp thẻ bảo hiểm y tế',
      ][k % 4]!,
      giver: { name: PEOPLE[k % 4]!, unit: UNITS[k % 4]! },
      receiver: { name: PEOPLE[(k + 1) % 4]!, unit: UNITS[(k + 1) % 4]! },
      givenAt: d(8 + (k % 3) * 2),
      receivedAt: d(9 + (k % 3) * 2),
      dueAt: d(17),
      result: (['early', 'on-time', 'late'] as const)[k % 3],
      ...(k % 3 === 2 ? { note: 'Chậm do chờ xác minh thông tin cư trú' } : {}),
    });
  }
  return {
    agency: SAMPLE_AGENCY,
    dossierCode: SAMPLE_DOSSIER_CODE,
    applicant: SAMPLE_APPLICANT,
    procedure: SAMPLE_PROCEDURE,
    receivedAt: SAMPLE_RECEIVED_AT,
    dueAt: SAMPLE_DUE_AT,
    issuedAt: SAMPLE_RECEIVED_AT,
    handovers,
  };
}
