/**
 * Synthetic procedures for benchmarks: realistic Vietnamese names built from verbs × objects × qualifiers of
 * the real catalogue's vocabulary, deterministic for a seed, inserted in bulk (one multi-row insert per
 * chunk). Codes use the `9.` prefix, which the national catalogue does not use, so they never collide with
 * real procedures.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Level, OnlineLevel, ProcedureContent } from './catalogue.ts';
import { contentColumns, vnToday } from './catalogue.service.ts';
import { upsertSector } from './catalogue.repository.ts';
import { sectorCodeFor } from './import/import.ts';

const VERBS = [
  'Cấp', 'Cấp lại', 'Cấp đổi', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Đăng ký', 'Đăng ký lại', 'Đăng ký thay đổi',
  'Xác nhận', 'Công nhận', 'Thẩm định', 'Phê duyệt', 'Chấp thuận', 'Thông báo', 'Giải quyết', 'Hủy bỏ', 'Cho phép',
];
const OBJECTS: [string, string][] = [
  ['giấy phép kinh doanh dịch vụ lữ hành', 'Du lịch'], ['giấy chứng nhận quyền sử dụng đất', 'Đất đai'],
  ['giấy phép khai thác khoáng sản', 'Địa chất và khoáng sản'], ['chứng chỉ hành nghề kiến trúc', 'Kiến trúc'],
  ['giấy phép xả nước thải vào nguồn nước', 'Tài nguyên nước'], ['giấy chứng nhận đủ điều kiện an toàn thực phẩm', 'An toàn thực phẩm'],
  ['giấy phép hoạt động in', 'Xuất bản, in và phát hành'], ['chứng chỉ năng lực hoạt động xây dựng', 'Hoạt động xây dựng'],
  ['giấy phép lao động cho người nước ngoài', 'Việc làm'], ['giấy chứng nhận đăng ký hợp tác xã', 'Kinh tế hợp tác'],
  ['giấy phép vận tải đường bộ', 'Đường bộ'], ['giấy chứng nhận cơ sở đủ điều kiện chăn nuôi', 'Chăn nuôi'],
  ['giấy phép hoạt động khám bệnh, chữa bệnh', 'Khám bệnh, chữa bệnh'], ['quyết định thành lập trường mầm non', 'Giáo dục và đào tạo'],
  ['giấy phép biểu diễn nghệ thuật', 'Nghệ thuật biểu diễn'], ['giấy chứng nhận đăng ký đầu tư', 'Đầu tư tại Việt Nam'],
  ['giấy phép môi trường', 'Môi trường'], ['giấy phép sử dụng vật liệu nổ công nghiệp', 'Vật liệu nổ công nghiệp'],
  ['chứng chỉ hành nghề dược', 'Dược phẩm'], ['giấy phép thành lập văn phòng đại diện', 'Thương mại quốc tế'],
  ['trợ cấp xã hội hằng tháng', 'Bảo trợ xã hội'], ['hồ sơ người có công với cách mạng', 'Người có công'],
  ['giấy phép thăm dò nước dưới đất', 'Tài nguyên nước'], ['giấy chứng nhận kiểm dịch động vật', 'Thú y'],
];
const QUALIFIERS = [
  '', '', 'cho tổ chức', 'cho cá nhân', 'cho doanh nghiệp có vốn đầu tư nước ngoài', 'trong trường hợp bị mất, hư hỏng',
  'do thay đổi nội dung', '(thực hiện tại cấp tỉnh)', '(thực hiện tại cấp xã)', '(thực hiện tại cấp trung ương)',
  'đối với hộ gia đình', 'theo hình thức trực tuyến', 'khi hết thời hạn', 'tại khu vực biên giới', 'có yếu tố nước ngoài',
  'cho người khuyết tật', 'đối với công trình cấp III, cấp IV', 'trong khu công nghiệp, khu kinh tế',
];
const AGENCIES = ['000.00.00.H56', '000.00.06.H56', '000.00.07.H56', '000.00.08.H56', '000.01.31.H56', '000.00.00.H49', '000.00.07.H49', '000.01.31.H49'];
const LEVEL_SETS: Level[][] = [['province'], ['commune'], ['central'], ['province', 'commune'], ['central', 'province']];
const ONLINE: OnlineLevel[] = ['full', 'partial', 'partial', 'none'];

/** mulberry32: a small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticProcedure extends ProcedureContent {
  code: string;
  sectorName: string;
}

export function generateSyntheticProcedures(n: number, seed = 1): SyntheticProcedure[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: SyntheticProcedure[] = [];
  const names = new Set<string>();
  for (let i = 0; out.length < n && i < n * 20; i++) {
    const [obj, sectorName] = pick(OBJECTS);
    const q = pick(QUALIFIERS);
    const name = [pick(VERBS), obj, q].filter(Boolean).join(' ');
    const unique = names.has(name) ? `${name} (${out.length + 1})` : name;
    names.add(unique);
    const duration = 1 + Math.floor(rand() * 30);
    out.push({
      code: `9.${String(out.length + 1).padStart(6, '0')}`,
      name: unique,
      sectorName,
      sectorCode: sectorCodeFor(sectorName),
      levels: pick(LEVEL_SETS),
      agencyCodes: [pick(AGENCIES)],
      onlineLevel: pick(ONLINE),
      processing: { counter: { duration, unit: 'working_day' }, online: { duration, unit: 'working_day' } },
      cases: [{ name: 'Trường hợp chung', components: [{ name: 'Đơn đề nghị theo mẫu', originals: 1, copies: 0 }] }],
      fees: rand() < 0.5 ? [] : [{ amount: 50_000 * (1 + Math.floor(rand() * 10)), description: 'Lệ phí' }],
      results: [{ code: `KQ.H56.${String(out.length + 1).padStart(6, '0')}`, name: `Kết quả: ${obj}` }],
      legalBasis: [],
      workflowTemplateRef: null,
    });
  }
  return out;
}

/** Insert synthetic procedures as published versions, 500 rows per statement. Returns how many were inserted. */
export async function insertSyntheticProcedures(db: Db, procs: SyntheticProcedure[], onChunk?: (n: number) => void): Promise<number> {
  const sectors = new Map(procs.map((p) => [p.sectorCode, p.sectorName]));
  for (const [code, name] of sectors) await upsertSector(db, { code, name, ministryCode: null });
  const today = vnToday();
  let inserted = 0;
  for (let i = 0; i < procs.length; i += 500) {
    const chunk = procs.slice(i, i + 500);
    await db.transaction().execute(async (trx) => {
      const ids = await trx
        .insertInto('procedures')
        .values(chunk.map((p) => ({ code: p.code })))
        .onConflict((oc) => oc.column('code').doNothing())
        .returning(['id', 'code'])
        .execute();
      const byCode = new Map(chunk.map((p) => [p.code, p]));
      if (!ids.length) return;
      await trx
        .insertInto('procedureVersions')
        .values(
          ids.map(({ id, code }) => {
            const { code: _c, sectorName: _s, ...content } = byCode.get(code)!;
            return { procedureId: id, code, version: 1, status: 'published' as const, effectiveFrom: today, publishedAt: sql<string>`now()`, ...contentColumns(content) };
          }),
        )
        .execute();
      inserted += ids.length;
    });
    onChunk?.(chunk.length);
  }
  return inserted;
}
