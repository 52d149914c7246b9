/** Chooses a period of the monitoring contract: its kind (month, quarter, year), then one of the recent ones. */
import { Group, NativeSelect } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';
import { currentPeriod, kindOf, periodLabel, recentPeriods, type PeriodKind } from './period.ts';

export function PeriodPicker({ value, onChange }: { value: string; onChange: (p: string) => void }) {
  const { t, lang } = useI18n();
  const kind = kindOf(value);
  const options = recentPeriods(kind, kind === 'month' ? 12 : kind === 'quarter' ? 8 : 4);
  if (!options.includes(value)) options.push(value);
  return (
    <Group align="flex-end" gap="sm">
      <NativeSelect
        label={t('m.period.kind')}
        value={kind}
        onChange={(e) => onChange(currentPeriod(e.currentTarget.value as PeriodKind))}
        data={[
          { value: 'month', label: t('m.period.month') },
          { value: 'quarter', label: t('m.period.quarter') },
          { value: 'year', label: t('m.period.year') },
        ]}
      />
      <NativeSelect
        label={t('m.period')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        data={options.map((p) => ({ value: p, label: periodLabel(p, lang) }))}
        data-testid="period"
      />
    </Group>
  );
}
