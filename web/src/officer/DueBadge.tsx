/** The deadline state of a dossier at a glance: colour AND icon AND words (WCAG 1.4.1). */
import { Badge } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';

export type DueState = 'late' | 'soon' | 'ok' | 'none';

const OPEN = new Set([1, 2, 4, 5, 6]);
const SOON_MS = 2 * 86_400_000;

export function dueState(status: number, dueAt: string | null | undefined, now = Date.now()): DueState {
  if (!dueAt || !OPEN.has(status)) return 'none';
  const due = Date.parse(dueAt);
  if (due < now) return 'late';
  return due - now <= SOON_MS ? 'soon' : 'ok';
}

/** Whole days between now and the due date (negative: late by that many days). */
export function daysLeft(dueAt: string, now = Date.now()): number {
  const d = (Date.parse(dueAt) - now) / 86_400_000;
  return d >= 0 ? Math.floor(d) : -Math.ceil(-d);
}

/** The Vietnam calendar day (YYYY-MM-DD) and time (HH:MM) of an instant (UTC+7, no daylight saving). */
function vnDayTime(ms: number): [string, string] {
  const iso = new Date(ms + 7 * 3600_000).toISOString();
  return [iso.slice(0, 10), iso.slice(11, 16)];
}

/**
 * A due date today or tomorrow reads as the day and the time ("Hạn hôm nay, 17:00"), never "còn 0 ngày"; null when
 * it is further away (or past).
 */
export function dueDayWords(dueAt: string, now = Date.now()): { day: 'today' | 'tomorrow'; time: string } | null {
  const due = Date.parse(dueAt);
  if (due < now) return null;
  const [dueDay, time] = vnDayTime(due);
  if (dueDay === vnDayTime(now)[0]) return { day: 'today', time };
  if (dueDay === vnDayTime(now + 86_400_000)[0]) return { day: 'tomorrow', time };
  return null;
}

const look = {
  late: { bg: '#fdecec', fg: '#7f0f0f', border: '#e57373', icon: '⚠' },
  soon: { bg: '#fff3e0', fg: '#7a3300', border: '#ffb74d', icon: '⏰' },
  ok: { bg: '#e8f5e9', fg: '#1b5e20', border: '#81c784', icon: '✓' },
};

export function DueBadge({ status, dueAt }: { status: number; dueAt: string | null | undefined }) {
  const { t } = useI18n();
  const s = dueState(status, dueAt);
  if (s === 'none' || !dueAt) return null;
  const l = look[s];
  const n = daysLeft(dueAt);
  const near = s === 'late' ? null : dueDayWords(dueAt);
  const text = near
    ? t(near.day === 'today' ? 'o.due.today' : 'o.due.tomorrow', { time: near.time })
    : s === 'late'
      ? t('o.due.late', { n: Math.max(1, -n) })
      : s === 'soon'
        ? t('o.due.soon', { n })
        : t('o.due.ok', { n });
  return (
    <Badge
      size="md"
      radius="sm"
      leftSection={<span aria-hidden="true">{l.icon}</span>}
      styles={{ root: { background: l.bg, color: l.fg, border: `1px solid ${l.border}`, textTransform: 'none', height: 'auto', minHeight: 24, whiteSpace: 'normal' }, label: { color: l.fg } }}
    >
      {text}
    </Badge>
  );
}
