/**
 * The agency dashboard (GET /api/v1/dossiers/statistics): received, resolved early / on time / late, pending and
 * the online share for a period, with charts — each chart has the same numbers as a table for screen readers.
 */
import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart, DonutChart } from '@mantine/charts';
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDate } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { StatCard } from '../components/StatCard.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout, useOfficer } from './OfficerLayout.tsx';
import type { Statistics } from './types.ts';
import { VnDateInput } from '../components/VnDateInput.tsx';

const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const percent = (x: number, lang: string) =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(x);

export default function DashboardPage() {
  const { t, lang } = useI18n();
  const officer = useOfficer();
  const today = vnToday();
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [agency, setAgency] = useState('');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const stats = useQuery({
    queryKey: ['o-stats', from, to, agency],
    enabled: !!officer && valid,
    queryFn: () =>
      api<Statistics>(
        `/api/v1/dossiers/statistics?${new URLSearchParams({ from, to, ...(agency ? { agencyCode: agency } : {}) })}`,
      ),
    placeholderData: (prev) => prev,
  });
  usePageTitle(t('o.dash.title'), !!stats.error || !valid);
  const preset = (days: number | 'month' | 'year') => {
    setTo(today);
    if (days === 'month') setFrom(`${today.slice(0, 7)}-01`);
    else if (days === 'year') setFrom(`${today.slice(0, 4)}-01-01`);
    else setFrom(new Date(Date.parse(today) - (days - 1) * 86_400_000).toISOString().slice(0, 10));
  };
  const s = stats.data;
  const agencies = [...new Set(officer?.grants.map((g) => g.agencyCode) ?? [])];
  const donut = s
    ? [
        { name: t('o.timeliness.early'), value: s.resolvedEarly, color: '#2e7d32' },
        { name: t('o.timeliness.on_time'), value: s.resolvedOnTime, color: '#1565c0' },
        { name: t('o.timeliness.late'), value: s.resolvedLate, color: '#b71c1c' },
      ]
    : [];
  const days = (s?.byDay ?? []).map((d) => ({
    day: formatDate(d.day).slice(0, 5),
    [t('o.dash.received')]: d.received,
    [t('o.dash.resolved')]: d.resolved,
  }));
  return (
    <OfficerLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('o.dash.title')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <VnDateInput label={t('o.dash.from')} value={from} onChange={setFrom} error={!valid ? t('o.dash.badPeriod') : undefined} />
          <VnDateInput label={t('o.dash.to')} value={to} onChange={setTo} />
          <NativeSelect
            label={t('o.agency')}
            value={agency}
            onChange={(e) => setAgency(e.currentTarget.value)}
            data={[
              { value: '', label: t('o.dash.allAgencies') },
              ...agencies.map((a) => ({ value: a, label: a })),
            ]}
          />
          <Group gap="xs">
            <Button variant="default" onClick={() => preset(7)}>
              {t('o.dash.last7')}
            </Button>
            <Button variant="default" onClick={() => preset('month')}>
              {t('o.dash.thisMonth')}
            </Button>
            <Button variant="default" onClick={() => preset('year')}>
              {t('o.dash.thisYear')}
            </Button>
          </Group>
        </Group>
        {stats.error && <ErrorAlert error={stats.error} />}
        {s && (
          <>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              <StatCard
                label={t('o.dash.received')}
                value={s.received}
                testId="stat-received"
                hint={t('o.dash.channels', {
                  counter: s.receivedCounter,
                  online: s.receivedOnline,
                  post: s.receivedPost,
                })}
              />
              <StatCard
                label={t('o.dash.resolved')}
                value={s.resolved}
                testId="stat-resolved"
                hint={s.onTimeShare === null ? (s.resolved ? t('o.dash.noDueShare') : undefined) : t('o.dash.onTimeShare', { p: percent(s.onTimeShare, lang) })}
              />
              <StatCard
                label={t('o.dash.pending')}
                value={s.pending}
                testId="stat-pending"
                hint={t('o.dash.pendingLate', { n: s.pendingLate })}
              />
              <StatCard
                label={t('o.dash.onlineShare')}
                value={percent(s.onlineShare, lang)}
                testId="stat-online"
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('o.dash.byTimeliness')}
                </Title>
                {s.resolvedEarly + s.resolvedOnTime + s.resolvedLate ? (
                  <div role="img" aria-label={donut.map((x) => `${x.name}: ${x.value}`).join(', ')}>
                    <DonutChart
                      data={donut}
                      withLabels
                      withLabelsLine={false}
                      size={180}
                      thickness={30}
                      mx="auto"
                    />
                  </div>
                ) : (
                  <Text>{s.resolved ? t('o.dash.noneTimed') : t('o.dash.noneResolved')}</Text>
                )}
                {s.resolvedWithoutDue > 0 && (
                  <Text size="sm" data-testid="stat-without-due">
                    {t('o.dash.withoutDue', { n: s.resolvedWithoutDue })}
                  </Text>
                )}
                <ul className="plain-list">
                  {donut.map((x) => (
                    <li key={x.name}>
                      <span
                        aria-hidden="true"
                        style={{
                          display: 'inline-block',
                          width: 12,
                          height: 12,
                          background: x.color,
                          marginRight: 8,
                        }}
                      />
                      {x.name}: <strong>{x.value}</strong>
                    </li>
                  ))}
                </ul>
              </Paper>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('o.dash.byDay')}
                </Title>
                {days.length ? (
                  <>
                    <div role="img" aria-label={t('o.dash.byDayLabel')}>
                      <BarChart
                        h={220}
                        data={days}
                        dataKey="day"
                        series={[
                          { name: t('o.dash.received'), color: '#1565c0' },
                          { name: t('o.dash.resolved'), color: '#2e7d32' },
                        ]}
                        withLegend
                      />
                    </div>
                    <details>
                      <summary>{t('o.dash.table')}</summary>
                      <Table>
                        <Table.Caption>{t('o.dash.byDay')}</Table.Caption>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th scope="col">{t('o.dash.day')}</Table.Th>
                            <Table.Th scope="col">{t('o.dash.received')}</Table.Th>
                            <Table.Th scope="col">{t('o.dash.resolved')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {s.byDay.map((d) => (
                            <Table.Tr key={d.day}>
                              <Table.Td>{formatDate(d.day)}</Table.Td>
                              <Table.Td>{d.received}</Table.Td>
                              <Table.Td>{d.resolved}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </details>
                  </>
                ) : (
                  <Text>{t('o.dash.noneInPeriod')}</Text>
                )}
              </Paper>
            </SimpleGrid>
          </>
        )}
      </Stack>
    </OfficerLayout>
  );
}
