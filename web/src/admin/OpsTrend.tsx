/**
 * Messages accepted and refused per hour, for all systems or one: a bar chart with the same numbers in a table for
 * screen readers (the chart itself is one image with a text alternative).
 */
import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { NativeSelect, Paper, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { hourSeries, type OpsSystem } from './ops.ts';

/** "14:00 27/11" in Vietnam time. */
const hourLabel = (iso: string) => formatDateTime(iso).slice(0, 11);

export function OpsTrend({ systems, hours, now }: { systems: OpsSystem[]; hours: number; now: number }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const chosen = code ? systems.filter((s) => s.code === code) : systems;
  const points = hourSeries(chosen, hours, now);
  const received = t('o.ops.received');
  const rejected = t('o.ops.rejected');
  const data = points.map((p) => ({ hour: hourLabel(p.hour), [received]: p.received, [rejected]: p.rejected }));
  const total = points.reduce((a, p) => ({ received: a.received + p.received, rejected: a.rejected + p.rejected }), { received: 0, rejected: 0 });
  const busy = points.filter((p) => p.received || p.rejected);
  const name = code ? (systems.find((s) => s.code === code)?.name ?? code) : t('o.ops.allSystems');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('o.ops.trend')}
      </Title>
      {systems.length > 1 && (
        <NativeSelect
          label={t('o.ops.system')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          data={[{ value: '', label: t('o.ops.allSystems') }, ...systems.map((s) => ({ value: s.code, label: `${s.code} – ${s.name}` }))]}
          w={{ base: '100%', sm: 420 }}
          mb="sm"
        />
      )}
      <Text size="sm" mb="xs" data-testid="ops-trend-total">
        {t('o.ops.totals', { received: total.received, rejected: total.rejected })}
      </Text>
      <div role="img" aria-label={t('o.ops.trendLabel', { system: name })}>
        <BarChart
          h={220}
          data={data}
          dataKey="hour"
          type="stacked"
          series={[
            { name: received, color: '#1565c0' },
            { name: rejected, color: '#b71c1c' },
          ]}
          withLegend
          tickLine="y"
          xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 24 }}
          yAxisProps={{ allowDecimals: false }}
        />
      </div>
      {busy.length ? (
        <details>
          <summary>{t('o.dash.table')}</summary>
          <Table>
            <Table.Caption>{`${t('o.ops.trend')} – ${name}`}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('o.ops.hour')}</Table.Th>
                <Table.Th scope="col">{received}</Table.Th>
                <Table.Th scope="col">{rejected}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {busy.map((p) => (
                <Table.Tr key={p.hour}>
                  <Table.Td>{formatDateTime(p.hour)}</Table.Td>
                  <Table.Td>{p.received}</Table.Td>
                  <Table.Td>{p.rejected}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </details>
      ) : (
        <Text>{t('o.ops.noTraffic')}</Text>
      )}
    </Paper>
  );
}
