/**
 * The civil-service calendar seed: days off and make-up working days per year. Statutory holidays come from the
 * Labour Code 2019 art. 112 with lunar dates from `@dqcai/vn-lunar` (Vietnamese UTC+7 lunar calendar); a holiday
 * on a weekly rest day gives a substitute day off (art. 111 §3). Years for which the Government has issued its
 * yearly notice use that notice instead (the swaps and make-up Saturdays cannot be computed). The calendar is data:
 * administrators edit it when a notice is published.
 */
import { getSolarDate } from '@dqcai/vn-lunar';

export interface CalendarDay {
  date: string;
  kind: 'day_off' | 'working_day';
  occasion: string;
  source: string;
}

const LABOUR_CODE = 'Bộ luật Lao động 2019, Điều 112 và Điều 111 khoản 3; âm lịch theo @dqcai/vn-lunar (ước tính, chờ thông báo hằng năm)';

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

function isWeekend(day: string): boolean {
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6;
}

function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

function lunar(day: number, month: number, year: number): string {
  const s = getSolarDate(day, month, year);
  return iso(s.year, s.month, s.day);
}

/** Statutory estimate for a year without an official notice. */
export function statutoryCalendar(year: number): CalendarDay[] {
  const mung1 = lunar(1, 1, year);
  const blocks: { days: string[]; occasion: string }[] = [
    { days: [iso(year, 1, 1)], occasion: 'Tết Dương lịch' },
    // Five Tết days: the last day of the old lunar year and the first four of the new one (the usual split).
    { days: [addDays(mung1, -1), mung1, addDays(mung1, 1), addDays(mung1, 2), addDays(mung1, 3)], occasion: 'Tết Nguyên đán' },
    { days: [lunar(10, 3, year)], occasion: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { days: [iso(year, 4, 30), iso(year, 5, 1)], occasion: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5' },
  ];
  // Quốc khánh: 2/9 plus the adjacent day that makes the longer break (1/9 when 2/9 is a Tuesday, else 3/9).
  const sep2 = iso(year, 9, 2);
  const sep2wd = new Date(`${sep2}T00:00:00Z`).getUTCDay();
  blocks.push({ days: [sep2, sep2wd === 2 ? iso(year, 9, 1) : iso(year, 9, 3)].sort(), occasion: 'Quốc khánh 2/9' });

  const out = new Map<string, CalendarDay>();
  for (const b of blocks) {
    let substitutes = 0;
    for (const d of b.days) {
      if (isWeekend(d)) substitutes++;
      else out.set(d, { date: d, kind: 'day_off', occasion: b.occasion, source: LABOUR_CODE });
    }
    let next = addDays(b.days[b.days.length - 1]!, 1);
    while (substitutes > 0) {
      if (!isWeekend(next) && !out.has(next)) {
        out.set(next, { date: next, kind: 'day_off', occasion: `Nghỉ bù ${b.occasion}`, source: LABOUR_CODE });
        substitutes--;
      }
      next = addDays(next, 1);
    }
  }
  return [...out.values()].sort((a, b) => a.date.localeCompare(b.date));
}

interface Notice {
  source: string;
  off: { from: string; to?: string; occasion: string }[];
  work: { date: string; occasion: string }[];
}

/** Official yearly notices (domain-vn.md §7.2; shared data holidays-civil-service-vn). Weekends inside a break need no row. */
const NOTICES: Record<number, Notice> = {
  2024: {
    source: 'CV 8662/VPCP-KGVX (03/11/2023), TB 5015/TB-LĐTBXH (22/11/2023), CV 2450/VPCP-KGVX (12/4/2024)',
    off: [
      { from: '2024-01-01', occasion: 'Tết Dương lịch' },
      { from: '2024-02-08', to: '2024-02-14', occasion: 'Tết Nguyên đán Giáp Thìn' },
      { from: '2024-04-18', occasion: 'Giỗ Tổ Hùng Vương' },
      { from: '2024-04-29', to: '2024-05-01', occasion: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5 (thứ Hai 29/4 hoán đổi)' },
      { from: '2024-09-02', to: '2024-09-03', occasion: 'Quốc khánh 2/9' },
    ],
    work: [{ date: '2024-05-04', occasion: 'Làm bù cho thứ Hai 29/4/2024' }],
  },
  2025: {
    source: 'CV 8726/VPCP-KGVX (26/11/2024), TB 6150/TB-BLĐTBXH',
    off: [
      { from: '2025-01-01', occasion: 'Tết Dương lịch' },
      { from: '2025-01-27', to: '2025-01-31', occasion: 'Tết Nguyên đán Ất Tỵ' },
      { from: '2025-04-07', occasion: 'Giỗ Tổ Hùng Vương' },
      { from: '2025-04-30', to: '2025-05-02', occasion: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5 (thứ Sáu 2/5 hoán đổi)' },
      { from: '2025-09-01', to: '2025-09-02', occasion: 'Quốc khánh 2/9' },
    ],
    work: [{ date: '2025-04-26', occasion: 'Làm bù cho thứ Sáu 2/5/2025' }],
  },
  2026: {
    source: 'CV 12729/VPCP-KGVX (25/12/2025); văn bản VPCP tháng 10/2025 chấp thuận đề xuất của Bộ Nội vụ',
    off: [
      { from: '2026-01-01', to: '2026-01-02', occasion: 'Tết Dương lịch (thứ Sáu 2/1 hoán đổi)' },
      { from: '2026-02-16', to: '2026-02-20', occasion: 'Tết Nguyên đán Bính Ngọ' },
      { from: '2026-04-27', occasion: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật)' },
      { from: '2026-04-30', to: '2026-05-01', occasion: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5' },
      { from: '2026-08-31', to: '2026-09-02', occasion: 'Quốc khánh 2/9 (thứ Hai 31/8 hoán đổi)' },
    ],
    work: [
      { date: '2026-01-10', occasion: 'Làm bù cho thứ Sáu 2/1/2026' },
      { date: '2026-08-22', occasion: 'Làm bù cho thứ Hai 31/8/2026' },
    ],
  },
};

/** The seed for a year: the official notice when there is one, else the statutory estimate. */
export function calendarFor(year: number): CalendarDay[] {
  const n = NOTICES[year];
  if (!n) return statutoryCalendar(year);
  const days: CalendarDay[] = [];
  for (const o of n.off) {
    for (const d of range(o.from, o.to ?? o.from)) {
      if (!isWeekend(d)) days.push({ date: d, kind: 'day_off', occasion: o.occasion, source: n.source });
    }
  }
  for (const w of n.work) days.push({ date: w.date, kind: 'working_day', occasion: w.occasion, source: n.source });
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

export const SEEDED_YEARS = [2024, 2025, 2026, 2027] as const;
