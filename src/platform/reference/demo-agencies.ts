/**
 * The agencies of the demo federation (product.md: a national portal, one ministry, two provinces) and the
 * top agencies of the other ministries, so catalogue entries can name them. Idempotent.
 *
 * Codes: the ministry codes (G01–G24) and the province codes H49 Quảng Ninh and H56 Thanh Hóa are the ones
 * evidenced in real systems (shared data agency-codes-partial/SOURCE.md; G13 and G24 only inferred from
 * result codes; the local catch-all G66 is left out). The department codes (000.00.06/07/08.Hxx) and the
 * commune codes (000.01.31.Hxx, 000.02.31.Hxx) are DEMO codes: no official list of those codes exists in our
 * data, and communes got new codes after 1 July 2025 that we cannot check. Ministry names are the pre-2025
 * names the evidence carries; the March 2025 mergers (e.g. G04 into G17) are not modelled here.
 */
import type { Db } from '../../db/connect.ts';
import { foldName } from './admin-unit.ts';
import {
  adminUnitIdAt,
  findOneStopUnit,
  findOpenAgency,
  insertAgency,
  insertOneStopUnit,
} from './agency.repository.ts';
import { codeLevel, type AgencyKind } from './agency.ts';

interface AgencySpec {
  code: string;
  name: string;
  kind: AgencyKind;
  parent?: string;
  node: string;
  unit?: ['province' | 'commune', string];
  from: string;
}

interface OneStopSpec {
  code: string;
  name: string;
  agency: string;
  unit?: ['province' | 'commune', string];
}

const NATIONAL_FROM = '2020-01-01';
const LOCAL_FROM = '2025-07-01';

const MINISTRIES: [string, string][] = [
  ['G01', 'Bộ Công an'],
  ['G02', 'Bộ Công Thương'],
  ['G03', 'Bộ Giáo dục và Đào tạo'],
  ['G04', 'Bộ Giao thông vận tải'],
  ['G05', 'Bộ Kế hoạch và Đầu tư'],
  ['G06', 'Bộ Khoa học và Công nghệ'],
  ['G07', 'Bộ Lao động - Thương binh và Xã hội'],
  ['G08', 'Bộ Ngoại giao'],
  ['G09', 'Bộ Nội vụ'],
  ['G10', 'Bộ Nông nghiệp và Phát triển nông thôn'],
  ['G11', 'Bộ Quốc phòng'],
  ['G12', 'Bộ Tài chính'],
  ['G13', 'Bộ Tài nguyên và Môi trường'],
  ['G14', 'Bộ Thông tin và Truyền thông'],
  ['G16', 'Bộ Văn hóa, Thể thao và Du lịch'],
  ['G17', 'Bộ Xây dựng'],
  ['G18', 'Bộ Y tế'],
  ['G19', 'Ngân hàng Nhà nước Việt Nam'],
  ['G20', 'Thanh tra Chính phủ'],
  ['G21', 'Ủy ban Dân tộc'],
  ['G24', 'Bảo hiểm xã hội Việt Nam'],
];

function province(
  h: string,
  provinceName: string,
  unit: string,
  communes: [string, string][],
): { agencies: AgencySpec[]; units: OneStopSpec[] } {
  const top = `000.00.00.${h}`;
  const agencies: AgencySpec[] = [
    {
      code: top,
      name: `Ủy ban nhân dân tỉnh ${provinceName}`,
      kind: 'province',
      node: h,
      unit: ['province', unit],
      from: LOCAL_FROM,
    },
    {
      code: `000.00.06.${h}`,
      name: `Sở Tư pháp tỉnh ${provinceName}`,
      kind: 'department',
      parent: top,
      node: h,
      unit: ['province', unit],
      from: LOCAL_FROM,
    },
    {
      code: `000.00.07.${h}`,
      name: `Sở Xây dựng tỉnh ${provinceName}`,
      kind: 'department',
      parent: top,
      node: h,
      unit: ['province', unit],
      from: LOCAL_FROM,
    },
    {
      code: `000.00.08.${h}`,
      name: `Sở Nông nghiệp và Môi trường tỉnh ${provinceName}`,
      kind: 'department',
      parent: top,
      node: h,
      unit: ['province', unit],
      from: LOCAL_FROM,
    },
  ];
  const units: OneStopSpec[] = [
    {
      code: `TTPVHCC.${h}`,
      name: `Trung tâm Phục vụ hành chính công tỉnh ${provinceName}`,
      agency: top,
      unit: ['province', unit],
    },
  ];
  communes.forEach(([communeCode, communeName], i) => {
    const code = `000.0${i + 1}.31.${h}`;
    agencies.push({
      code,
      name: `Ủy ban nhân dân ${communeName}`,
      kind: 'commune',
      parent: top,
      node: h,
      unit: ['commune', communeCode],
      from: LOCAL_FROM,
    });
    units.push({
      code: `MC.${h}.${communeCode}`,
      name: `Bộ phận Một cửa ${communeName}`,
      agency: code,
      unit: ['commune', communeCode],
    });
  });
  return { agencies, units };
}

const thanhHoa = province('H56', 'Thanh Hóa', '38', [
  ['14797', 'Phường Hạc Thành'],
  ['16531', 'Phường Sầm Sơn'],
]);
const quangNinh = province('H49', 'Quảng Ninh', '22', [
  ['06688', 'Phường Hạ Long'],
  ['06673', 'Phường Bãi Cháy'],
]);

export const DEMO_AGENCIES: readonly AgencySpec[] = [
  {
    code: '000.00.00.G22',
    name: 'Văn phòng Chính phủ',
    kind: 'national_portal',
    node: 'NATIONAL',
    from: NATIONAL_FROM,
  },
  { code: '000.00.00.G15', name: 'Bộ Tư pháp', kind: 'ministry', node: 'G15', from: NATIONAL_FROM },
  {
    code: '000.00.01.G15',
    name: 'Cục Hộ tịch, quốc tịch, chứng thực',
    kind: 'department',
    parent: '000.00.00.G15',
    node: 'G15',
    from: NATIONAL_FROM,
  },
  ...thanhHoa.agencies,
  ...quangNinh.agencies,
  ...MINISTRIES.map(([g, name]): AgencySpec => ({
    code: `000.00.00.${g}`,
    name,
    kind: 'ministry',
    node: g,
    from: NATIONAL_FROM,
  })),
];

export const DEMO_ONE_STOP_UNITS: readonly OneStopSpec[] = [
  { code: 'DVCQG', name: 'Cổng Dịch vụ công quốc gia', agency: '000.00.00.G22' },
  { code: 'MC.G15', name: 'Bộ phận Tiếp nhận và Trả kết quả Bộ Tư pháp', agency: '000.00.00.G15' },
  ...thanhHoa.units,
  ...quangNinh.units,
];

/**
 * Create the demo agencies and one-stop units that do not exist yet (by code). Administrative units are
 * linked when present (load them first with seedAdminUnits); otherwise left empty.
 */
export async function seedDemoAgencies(
  db: Db,
): Promise<{ agencies: number; oneStopUnits: number; unchanged: number }> {
  const out = { agencies: 0, oneStopUnits: 0, unchanged: 0 };
  await db.transaction().execute(async (trx) => {
    for (const a of DEMO_AGENCIES) {
      if (await findOpenAgency(trx, a.code)) {
        out.unchanged++;
        continue;
      }
      const parent = a.parent ? await findOpenAgency(trx, a.parent) : undefined;
      await insertAgency(trx, {
        code: a.code,
        name: a.name,
        nameFolded: foldName(a.name),
        level: a.kind === 'national_portal' ? 0 : codeLevel(a.code),
        kind: a.kind,
        parentId: parent?.id ?? null,
        adminUnitId: a.unit ? ((await adminUnitIdAt(trx, a.unit[0], a.unit[1], a.from)) ?? null) : null,
        nodeCode: a.node,
        validFrom: a.from,
      });
      out.agencies++;
    }
    for (const u of DEMO_ONE_STOP_UNITS) {
      if (await findOneStopUnit(trx, u.code)) {
        out.unchanged++;
        continue;
      }
      const agency = (await findOpenAgency(trx, u.agency))!;
      await insertOneStopUnit(trx, {
        agencyId: agency.id,
        code: u.code,
        name: u.name,
        adminUnitId: u.unit
          ? ((await adminUnitIdAt(trx, u.unit[0], u.unit[1], agency.validFrom)) ?? null)
          : null,
        validFrom: agency.validFrom,
      });
      out.oneStopUnits++;
    }
  });
  return out;
}
