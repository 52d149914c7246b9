/** Status and channel badges: always a word (colour is never the only signal), dark text on a light tint. */
import { Badge } from '@mantine/core';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import type { OnlineLevel } from '../api/types.ts';

const statusColour: Record<number, string> = { 1: 'gray', 2: 'blue', 3: 'red', 4: 'blue', 5: 'orange', 6: 'orange', 7: 'gray', 8: 'red', 9: 'green', 10: 'green' };

/** Background, text and border per colour: text contrast above 7:1 on its tint. */
const tints: Record<string, [string, string, string]> = {
  gray: ['#f1f3f5', '#2b3035', '#adb5bd'],
  blue: ['#e7f1fd', '#0b3d91', '#74a9e8'],
  green: ['#e8f5e9', '#1b5e20', '#81c784'],
  orange: ['#fff3e0', '#7a3300', '#ffb74d'],
  red: ['#fdecec', '#7f0f0f', '#e57373'],
};

function tint(colour: string) {
  const [bg, fg, border] = tints[colour] ?? tints.gray!;
  return { root: { background: bg, color: fg, border: `1px solid ${border}`, textTransform: 'none' as const, height: 'auto', minHeight: 24, whiteSpace: 'normal' as const }, label: { color: fg } };
}

export function StatusBadge({ status }: { status: number }) {
  const { t } = useI18n();
  const key = `status.${status}` as MessageKey;
  return (
    <Badge size="lg" radius="sm" styles={tint(statusColour[status] ?? 'gray')}>
      {t(key)}
    </Badge>
  );
}

export function OnlineBadge({ level }: { level: OnlineLevel }) {
  const { t } = useI18n();
  const colour = level === 'full' ? 'green' : level === 'partial' ? 'blue' : 'gray';
  return (
    <Badge size="md" radius="sm" styles={tint(colour)}>
      {t(`online.${level}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useI18n();
  return (
    <Badge size="md" radius="sm" styles={tint('red')} leftSection={<span aria-hidden="true">⚠</span>}>
      {t('my.overdue')}
    </Badge>
  );
}
