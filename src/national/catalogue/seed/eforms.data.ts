/**
 * The declaration e-forms (tờ khai điện tử) the demo ships with the most used procedures, and which of their papers
 * are required online. Written as data (src/federation/eform.ts) from the official declaration forms: birth
 * (Tờ khai đăng ký khai sinh), marriage (Tờ khai đăng ký kết hôn), death (Tờ khai đăng ký khai tử), residence (Tờ khai
 * thay đổi thông tin cư trú CT01), business household (Giấy đề nghị đăng ký hộ kinh doanh) and certified copy
 * (Phiếu yêu cầu chứng thực). `required` matches a component by the start of its name, so a cleaner catalogue
 * extract keeps the rule.
 */
import type { EForm, EFormField } from '../../../federation/eform.ts';

interface F {
  key: string;
  label: string;
  widget: EFormField['widget'];
  hint?: string;
  optional?: boolean;
  options?: [string, string][];
  pattern?: string;
  max?: number;
  autocomplete?: string;
}

function form(
  title: string,
  pages: { title: string; hint?: string; fields: F[] }[],
  extra: Pick<EForm, 'applicants' | 'results'> = {},
): EForm {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const f of pages.flatMap((p) => p.fields)) {
    properties[f.key] =
      f.widget === 'date'
        ? { type: 'string', format: 'date' }
        : f.options
          ? { type: 'string', enum: f.options.map(([v]) => v) }
          : f.widget === 'personalId'
            ? { type: 'string', pattern: '^\\d{12}$' }
            : { type: 'string', minLength: 1, maxLength: f.max ?? (f.widget === 'textarea' ? 2000 : 200), ...(f.pattern ? { pattern: f.pattern } : {}) };
    if (!f.optional) required.push(f.key);
  }
  return {
    version: 1,
    title,
    schema: { type: 'object', additionalProperties: false, required, properties },
    layout: {
      pages: pages.map((p) => ({
        title: p.title,
        ...(p.hint ? { hint: p.hint } : {}),
        fields: p.fields.map((f) => ({
          key: f.key,
          label: f.label,
          widget: f.widget,
          ...(f.hint || f.optional ? { hint: [f.hint, f.optional ? '(không bắt buộc)' : ''].filter(Boolean).join(' ') } : {}),
          ...(f.options ? { options: f.options.map(([value, label]) => ({ value, label })) } : {}),
          ...(f.autocomplete ? { autocomplete: f.autocomplete } : {}),
        })),
      })),
    },
    ...extra,
  };
}

const NAME_HINT = 'Ghi đúng như trên giấy tờ, có dấu';
const gender: [string, string][] = [
  ['nam', 'Nam'],
  ['nu', 'Nữ'],
];
const person = (prefix: string, who: string, optional = false): F[] => [
  { key: `${prefix}Name`, label: `Họ, chữ đệm, tên ${who}`, widget: 'text', hint: NAME_HINT, optional },
  { key: `${prefix}BirthDate`, label: `Ngày, tháng, năm sinh ${who}`, widget: 'date', optional },
  { key: `${prefix}PersonalId`, label: `Số định danh cá nhân ${who}`, widget: 'personalId', hint: '12 chữ số, in trên thẻ căn cước', optional: true },
  { key: `${prefix}Ethnicity`, label: `Dân tộc ${who}`, widget: 'text', optional: true },
  { key: `${prefix}Residence`, label: `Nơi cư trú ${who}`, widget: 'text', hint: 'Số nhà, đường, xã/phường, tỉnh/thành phố', max: 300, optional },
];

const birth = form(
  'Tờ khai đăng ký khai sinh',
  [
    {
      title: 'Thông tin người được khai sinh',
      fields: [
        { key: 'childName', label: 'Họ, chữ đệm, tên người được khai sinh', widget: 'text', hint: NAME_HINT },
        { key: 'childBirthDate', label: 'Ngày, tháng, năm sinh', widget: 'date' },
        { key: 'childGender', label: 'Giới tính', widget: 'radio', options: gender },
        { key: 'childEthnicity', label: 'Dân tộc', widget: 'text', hint: 'Ví dụ: Kinh' },
        { key: 'childNationality', label: 'Quốc tịch', widget: 'text', hint: 'Ví dụ: Việt Nam' },
      ],
    },
    {
      title: 'Nơi sinh và quê quán',
      fields: [
        { key: 'childPlaceOfBirth', label: 'Nơi sinh', widget: 'text', hint: 'Tên cơ sở y tế, xã/phường, tỉnh/thành phố', max: 300 },
        { key: 'childHometown', label: 'Quê quán', widget: 'text', hint: 'Theo quê quán của cha hoặc mẹ', max: 300, optional: true },
      ],
    },
    { title: 'Thông tin người mẹ', fields: person('mother', 'người mẹ') },
    {
      title: 'Thông tin người cha',
      hint: 'Bỏ trống nếu chưa xác định được cha.',
      fields: person('father', 'người cha', true),
    },
    {
      title: 'Người đi khai sinh',
      fields: [
        {
          key: 'declarantRelation',
          label: 'Quan hệ với người được khai sinh',
          widget: 'radio',
          options: [
            ['me', 'Mẹ'],
            ['cha', 'Cha'],
            ['ong-ba', 'Ông, bà'],
            ['nguoi-than', 'Người thân thích khác'],
          ],
        },
      ],
    },
  ],
  {
    applicants: ['self', 'other'],
    results: {
      'birth-extract': {
        fullName: 'childName',
        birthDate: 'childBirthDate',
        gender: 'childGender',
        ethnicity: 'childEthnicity',
        nationality: 'childNationality',
        placeOfBirth: 'childPlaceOfBirth',
        hometown: 'childHometown',
        motherName: 'motherName',
        fatherName: 'fatherName',
      },
    },
  },
);

const marriage = form(
  'Tờ khai đăng ký kết hôn',
  [
    { title: 'Thông tin bên nữ', fields: person('wife', 'bên nữ') },
    { title: 'Thông tin bên nam', fields: person('husband', 'bên nam') },
    {
      title: 'Cam đoan của hai bên',
      fields: [
        {
          key: 'voluntary',
          label: 'Hai bên tự nguyện kết hôn, đáp ứng đủ điều kiện kết hôn và không vi phạm quy định cấm kết hôn',
          widget: 'radio',
          options: [['co', 'Chúng tôi cam đoan như trên']],
        },
      ],
    },
  ],
  { applicants: ['self'] },
);

const death = form(
  'Tờ khai đăng ký khai tử',
  [
    {
      title: 'Thông tin người đã chết',
      fields: [
        { key: 'deceasedName', label: 'Họ, chữ đệm, tên người đã chết', widget: 'text', hint: NAME_HINT },
        { key: 'deceasedBirthDate', label: 'Ngày, tháng, năm sinh', widget: 'date' },
        { key: 'deceasedGender', label: 'Giới tính', widget: 'radio', options: gender },
        { key: 'deceasedPersonalId', label: 'Số định danh cá nhân', widget: 'personalId', hint: '12 chữ số', optional: true },
        { key: 'deceasedResidence', label: 'Nơi cư trú cuối cùng', widget: 'text', max: 300 },
      ],
    },
    {
      title: 'Thời gian, nơi chết',
      fields: [
        { key: 'deathDate', label: 'Ngày chết', widget: 'date' },
        { key: 'deathPlace', label: 'Nơi chết', widget: 'text', max: 300 },
        { key: 'deathCause', label: 'Nguyên nhân chết', widget: 'textarea', optional: true },
      ],
    },
    {
      title: 'Người đi khai tử',
      fields: [{ key: 'declarantRelation', label: 'Quan hệ với người đã chết', widget: 'text', hint: 'Ví dụ: con, vợ, chồng' }],
    },
  ],
  { applicants: ['self', 'other'] },
);

const residence = form(
  'Tờ khai thay đổi thông tin cư trú (CT01)',
  [
    {
      title: 'Nơi đăng ký thường trú',
      fields: [
        { key: 'newAddress', label: 'Địa chỉ đăng ký thường trú', widget: 'text', hint: 'Số nhà, đường, thôn/tổ dân phố, xã/phường, tỉnh/thành phố', max: 300 },
        { key: 'householdHeadName', label: 'Họ, chữ đệm, tên chủ hộ', widget: 'text', hint: 'Chủ hộ là người đứng tên trong sổ hộ khẩu tại nơi đăng ký' },
        { key: 'householdHeadPersonalId', label: 'Số định danh cá nhân của chủ hộ', widget: 'personalId', hint: '12 chữ số', optional: true },
        { key: 'relationToHead', label: 'Quan hệ với chủ hộ', widget: 'text', hint: 'Ví dụ: chủ hộ, vợ, con' },
      ],
    },
    {
      title: 'Nội dung đề nghị',
      fields: [{ key: 'request', label: 'Nội dung đề nghị', widget: 'textarea', hint: 'Ví dụ: đăng ký thường trú cùng gia đình', optional: true }],
    },
  ],
  { applicants: ['self', 'other'] },
);

const household = form(
  'Giấy đề nghị đăng ký hộ kinh doanh',
  [
    {
      title: 'Hộ kinh doanh',
      fields: [
        { key: 'businessName', label: 'Tên hộ kinh doanh', widget: 'text', hint: 'Ví dụ: Hộ kinh doanh Tạp hóa Minh An' },
        { key: 'businessAddress', label: 'Địa chỉ trụ sở', widget: 'text', max: 300 },
        { key: 'businessPhone', label: 'Điện thoại', widget: 'text', pattern: '^[0-9 +().-]{8,20}$', max: 20, optional: true, autocomplete: 'tel' },
      ],
    },
    {
      title: 'Ngành nghề và vốn',
      fields: [
        { key: 'businessLines', label: 'Ngành, nghề kinh doanh', widget: 'textarea' },
        { key: 'capital', label: 'Vốn kinh doanh (đồng)', widget: 'text', pattern: '^[0-9][0-9. ]{0,17}$', max: 20, hint: 'Chỉ ghi số, ví dụ: 50.000.000' },
        { key: 'employees', label: 'Số lao động', widget: 'text', pattern: '^[0-9]{1,4}$', max: 4, optional: true },
      ],
    },
  ],
  { applicants: ['self', 'other'] },
);

const certifiedCopy = form(
  'Phiếu yêu cầu chứng thực bản sao',
  [
    {
      title: 'Giấy tờ cần chứng thực',
      fields: [
        { key: 'documentName', label: 'Tên giấy tờ, văn bản cần chứng thực', widget: 'text', hint: 'Ví dụ: Bằng tốt nghiệp trung học phổ thông' },
        { key: 'copies', label: 'Số bản sao cần chứng thực', widget: 'text', pattern: '^[1-9][0-9]?$', max: 2, hint: 'Từ 1 đến 99' },
        { key: 'purpose', label: 'Mục đích sử dụng', widget: 'text', optional: true },
      ],
    },
  ],
  { applicants: ['self', 'other', 'organisation'] },
);

/** By national procedure code: the e-form and the components required online (by the start of their name). */
export const seedEForms: Record<string, { eform: EForm; required: RegExp[] }> = {
  '1.001193': { eform: birth, required: [/^[-*\s]*Giấy chứng sinh/i] },
  '1.000894': { eform: marriage, required: [] },
  '1.000656': { eform: death, required: [/^[-*\s]*Giấy báo tử/i] },
  '1.004222': { eform: residence, required: [] },
  '1.001612': { eform: household, required: [] },
  '2.000815': { eform: certifiedCopy, required: [/^[-*\s]*Bản chính giấy tờ, văn bản làm cơ sở/i] },
};
