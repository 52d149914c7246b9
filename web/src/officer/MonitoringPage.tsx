/**
 * The officer's monitoring dashboard per agency and period: the system's (or agency's) Decision 766 index with its
 * indicators drillable to the dossiers, received / resolved and the online share over time with charts (each with
 * its figures as a table), and the lists of late and at-risk dossiers of now; every table downloads as CSV / XLSX.
 */
import '@mantine/charts/styles.css';
import '../monitoring/messages.ts';
import { BarChart, LineChart } from '@mantine/charts';
import { Anchor, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDate } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { PeriodPicker } from '../monitoring/PeriodPicker.tsx';
import { ExportLinks } from '../monitoring/ExportLinks.tsx';
import { SystemIndexView } from '../monitoring/SystemIndexView.tsx';
import { currentPeriod, fmtPercent } from '../monitoring/period.ts';
import type { SystemIndex } from '../monitoring/types.ts';
import { DueBadge } from './DueBadge.tsx';
import { OfficerLayout, useOfficer } from './OfficerLayout.tsx';

interface WatchRow {
  id: string;
  code: string | null;
  procedureName: string;
  agencyCode: string;
  agencyName: string;
  status: number;
  receivedAt: string | null;
  dueAt: string | null;
}
interface Monitoring {
  period: string;
  periodLabel: string;
  agency: { code: string | null; name: string };
  unit: 'day' | 'month';
  series: { bucket: string; received: number; receivedOnline: number; resolved: number; resolvedOnTime: number; onlineShare: number | null; onTimeShare: number | null }[];
  late: { total: number; items: WatchRow[] };
  atRisk: { total: number; items: WatchRow[] };
}

function WatchTable({ title, list, none, exportUrl, testId }: { title: string; list: Monitoring['late']; none: string; exportUrl: string; testId: string }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title} ({list.total})
        </Title>
        <ExportLinks url={exportUrl} name={title} />
      </Group>
      {list.items.length === 0 ? (
        <Text>{none}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>
              {title}
              {list.total > list.items.length ? ` — ${t('o.mon.shown', { shown: list.items.length, total: list.total })}` : ''}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('m.dossiers.code')}</Table.Th>
                <Table.Th scope="col">{t('m.dossiers.procedure')}</Table.Th>
                <Table.Th scope="col">{t('m.dossiers.agency')}</Table.Th>
                <Table.Th scope="col">{t('m.dossiers.status')}</Table.Th>
                <Table.Th scope="col">{t('o.mon.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/can-bo/ho-so/${d.id}`}>
                      {d.code ?? d.id.slice(0, 8)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{d.procedureName}</Table.Td>
                  <Table.Td>{d.agencyName}</Table.Td>
                  <Table.Td>{t(`status.${d.status}` as MessageKey)}</Table.Td>
                  <Table.Td>
                    {formatDate(d.dueAt)} <DueBadge status={d.status} dueAt={d.dueAt} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

export default function MonitoringPage() {
  const { t, lang } = useI18n();
  const officer = useOfficer();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? currentPeriod('month');
  const agency = params.get('agency') ?? '';
  const q = new URLSearchParams({ period, ...(agency ? { agency } : {}) }).toString();
  const index = useQuery({ queryKey: ['o-index', q], enabled: !!officer, queryFn: () => api<SystemIndex>(`/api/v1/statistics/index?${q}`), retry: false });
  const mon = useQuery({ queryKey: ['o-monitoring', q], enabled: !!officer, queryFn: () => api<Monitoring>(`/api/v1/statistics/monitoring?${q}`) });
  usePageTitle(t('o.mon.title'), !!mon.error);
  const agencies = [...new Set(officer?.grants.map((g) => g.agencyCode) ?? [])];
  const set = (k: string, v: string) => setParams({ ky: period, ...(agency ? { agency } : {}), [k]: v });
  const m = mon.data;
  const bucketLabel = (b: string) => (m?.unit === 'day' ? formatDate(b).slice(0, 5) : `${b.slice(5)}/${b.slice(0, 4)}`);
  const bars = (m?.series ?? []).map((s) => ({ bucket: bucketLabel(s.bucket), [t('o.mon.received')]: s.received, [t('o.mon.resolved')]: s.resolved }));
  const shares = (m?.series ?? [])
    .filter((s) => s.onlineShare !== null)
    .map((s) => ({ bucket: bucketLabel(s.bucket), [t('o.mon.share')]: Math.round((s.onlineShare ?? 0) * 1000) / 10 }));
  const monUrl = `/api/v1/statistics/monitoring?${q}`;
  return (
    <OfficerLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('o.mon.title')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <PeriodPicker value={period} onChange={(p) => set('ky', p)} />
          <NativeSelect
            label={t('o.agency')}
            value={agency}
            onChange={(e) => set('agency', e.currentTarget.value)}
            data={[{ value: '', label: t('o.mon.allAgencies') }, ...agencies.map((a) => ({ value: a, label: a }))]}
          />
        </Group>
        {mon.error && <ErrorAlert error={mon.error} />}
        {m && (
          <>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <WatchTable title={t('o.mon.late')} list={m.late} none={t('o.mon.noneLate')} exportUrl={`${monUrl}&table=late`} testId="late-list" />
              <WatchTable title={t('o.mon.atRisk')} list={m.atRisk} none={t('o.mon.noneAtRisk')} exportUrl={`${monUrl}&table=at-risk`} testId="at-risk-list" />
            </SimpleGrid>
            <Paper withBorder p="md">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4">
                  {t('o.mon.throughput')}
                </Title>
                <ExportLinks url={`${monUrl}&table=series`} name={t('o.mon.throughput')} testId="series-export" />
              </Group>
              {m.series.length === 0 ? (
                <Text>{t('o.mon.noneInPeriod')}</Text>
              ) : (
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  <div role="img" aria-label={`${t('o.mon.throughput')}: ${m.series.map((s) => `${bucketLabel(s.bucket)} ${s.received}/${s.resolved}`).join(', ')}`}>
                    <BarChart
                      h={220}
                      data={bars}
                      dataKey="bucket"
                      series={[
                        { name: t('o.mon.received'), color: '#1565c0' },
                        { name: t('o.mon.resolved'), color: '#2e7d32' },
                      ]}
                      withLegend
                    />
                  </div>
                  <div role="img" aria-label={`${t('o.mon.onlineShare')}: ${shares.map((s) => `${s.bucket} ${s[t('o.mon.share')]}%`).join(', ')}`}>
                    <LineChart h={220} data={shares} dataKey="bucket" series={[{ name: t('o.mon.share'), color: '#6a1b9a' }]} yAxisProps={{ domain: [0, 100] }} withLegend />
                  </div>
                </SimpleGrid>
              )}
              {m.series.length > 0 && (
                <details>
                  <summary>{t('m.chart.table')}</summary>
                  <Table>
                    <Table.Caption>{t('o.mon.throughput')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{m.unit === 'day' ? t('o.mon.day') : t('o.mon.month')}</Table.Th>
                        <Table.Th scope="col">{t('o.mon.received')}</Table.Th>
                        <Table.Th scope="col">{t('o.mon.online')}</Table.Th>
                        <Table.Th scope="col">{t('o.mon.onlineShare')}</Table.Th>
                        <Table.Th scope="col">{t('o.mon.resolved')}</Table.Th>
                        <Table.Th scope="col">{t('o.mon.onTime')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {m.series.map((s) => (
                        <Table.Tr key={s.bucket}>
                          <Table.Td>{m.unit === 'day' ? formatDate(s.bucket) : bucketLabel(s.bucket)}</Table.Td>
                          <Table.Td>{s.received}</Table.Td>
                          <Table.Td>{s.receivedOnline}</Table.Td>
                          <Table.Td>{fmtPercent(s.onlineShare, lang)}</Table.Td>
                          <Table.Td>{s.resolved}</Table.Td>
                          <Table.Td>{fmtPercent(s.onTimeShare, lang)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </details>
              )}
            </Paper>
          </>
        )}
        <Title order={2} size="h3">
          {t('o.mon.index')}
        </Title>
        {index.error && <ErrorAlert error={index.error} />}
        {index.data && (
          <SystemIndexView
            data={index.data}
            exportUrl={`/api/v1/statistics/index?${q}`}
            dossiersLink={(key) => `/can-bo/giam-sat/chi-tieu/${encodeURIComponent(key)}?${new URLSearchParams({ ky: period, ...(agency ? { agency } : {}) })}`}
          />
        )}
      </Stack>
    </OfficerLayout>
  );
}
