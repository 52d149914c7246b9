/**
 * The monitoring API's tables (tasks/contract17.md) as export tables: the national ranking, one system's
 * indicators, the dossiers behind an indicator. Structural types: the shapes of src/federation/monitoring/schemas.ts.
 */
import type { Cell, ExportTable } from './table-export.ts';

interface GroupPoints {
  key: string;
  name: string;
  max: number;
  points: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const pct = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 100);
const KIND: Record<string, string> = { province: 'Tỉnh, thành phố', ministry: 'Bộ, ngành' };

export function nationalIndexTable(r: {
  period: string;
  previousPeriod: string;
  systems: { code: string; name: string; kind: string; points: number; previousPoints: number | null; rank: number; groups: GroupPoints[] }[];
}): ExportTable {
  const groups = r.systems[0]?.groups ?? [];
  return {
    name: `chi-so-phuc-vu-${r.period}`,
    sheet: 'Xếp hạng',
    title: ['Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)', `Kỳ: ${r.period} (kỳ trước: ${r.previousPeriod})`],
    columns: [
      { key: 'rank', label: 'Hạng', width: 8 },
      { key: 'code', label: 'Mã hệ thống', width: 12 },
      { key: 'name', label: 'Tỉnh, thành phố / Bộ, ngành', width: 36 },
      { key: 'kind', label: 'Loại', width: 18 },
      { key: 'points', label: 'Điểm (100)' },
      { key: 'previousPoints', label: 'Điểm kỳ trước' },
      { key: 'change', label: 'Tăng, giảm' },
      ...groups.map((g) => ({ key: `g:${g.key}`, label: `${g.name} (${g.max})`, width: 22 })),
    ],
    rows: r.systems.map((s) => {
      const row: Record<string, Cell> = {
        rank: s.rank,
        code: s.code,
        name: s.name,
        kind: KIND[s.kind] ?? s.kind,
        points: round2(s.points),
        previousPoints: s.previousPoints === null ? null : round2(s.previousPoints),
        change: s.previousPoints === null ? null : round2(s.points - s.previousPoints),
      };
      for (const g of s.groups) row[`g:${g.key}`] = round2(g.points);
      return row;
    }),
  };
}

export function systemIndexTable(r: {
  period: string;
  system: { code: string; name: string };
  agency?: { code: string; name: string } | null | undefined;
  points: number;
  officialPoints: number | null;
  groups: (GroupPoints & {
    indicators: { key: string; name: string; max: number; points: number; numerator: number; denominator: number; ratio: number | null; source: string }[];
  })[];
}): ExportTable {
  const who = r.agency ? `${r.agency.name} (${r.system.name})` : r.system.name;
  return {
    name: `chi-so-${r.system.code}${r.agency ? `-${r.agency.code}` : ''}-${r.period}`,
    sheet: 'Chỉ tiêu',
    title: [
      `Chỉ số phục vụ người dân, doanh nghiệp — ${who}`,
      `Kỳ: ${r.period}. Tổng điểm: ${round2(r.points)}/100${r.officialPoints === null ? '' : `; điểm công bố: ${round2(r.officialPoints)}`}`,
    ],
    columns: [
      { key: 'group', label: 'Nhóm chỉ số', width: 28 },
      { key: 'key', label: 'Mã chỉ tiêu', width: 24 },
      { key: 'name', label: 'Chỉ tiêu', width: 48 },
      { key: 'source', label: 'Nguồn công thức', width: 18 },
      { key: 'numerator', label: 'Tử số' },
      { key: 'denominator', label: 'Mẫu số' },
      { key: 'ratio', label: 'Tỉ lệ (%)' },
      { key: 'points', label: 'Điểm' },
      { key: 'max', label: 'Tối đa' },
    ],
    rows: r.groups.flatMap((g) =>
      g.indicators.map((i) => ({
        group: g.name,
        key: i.key,
        name: i.name,
        source: i.source === 'reverse-engineered' ? 'Suy luận ngược' : 'Chính thức',
        numerator: i.numerator,
        denominator: i.denominator,
        ratio: pct(i.ratio),
        points: round2(i.points),
        max: i.max,
      })),
    ),
  };
}

export function indicatorDossiersTable(
  r: { total: number; items: { code: string; procedureName: string; agencyName: string; receivedAt: string | null; status: number; counted: string }[] },
  what: { system: string; key: string; period: string; page: number },
): ExportTable {
  return {
    name: `ho-so-${what.system}-${what.key}-${what.period}${what.page > 1 ? `-trang-${what.page}` : ''}`,
    sheet: 'Hồ sơ',
    title: [`Hồ sơ của chỉ tiêu ${what.key} — ${what.system}, kỳ ${what.period}`, `Tổng số: ${r.total} hồ sơ`],
    columns: [
      { key: 'code', label: 'Mã hồ sơ', width: 28 },
      { key: 'procedureName', label: 'Thủ tục', width: 40 },
      { key: 'agencyName', label: 'Cơ quan', width: 32 },
      { key: 'receivedAt', label: 'Ngày tiếp nhận', width: 18 },
      { key: 'status', label: 'Trạng thái (mã DVCQG)' },
      { key: 'counted', label: 'Được tính vào', width: 16 },
    ],
    rows: r.items.map((d) => ({
      ...d,
      receivedAt: d.receivedAt ? new Date(Date.parse(d.receivedAt) + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : null,
      counted: d.counted === 'numerator' ? 'Tử số' : 'Chỉ mẫu số',
    })),
  };
}
