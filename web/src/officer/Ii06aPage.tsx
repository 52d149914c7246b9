/**
 * Biểu số II.06a of an agency and period (GET /api/v1/reports/ii06a): the table on screen, its CSV / XLSX and the
 * PDF signed by the agency.
 */
import '../monitoring/messages.ts';
import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { PeriodPicker } from '../monitoring/PeriodPicker.tsx';
import { ExportLinks } from '../monitoring/ExportLinks.tsx';
import { currentPeriod } from '../monitoring/period.ts';
import { OfficerLayout, useOfficer } from './OfficerLayout.tsx';

interface Row {
  sectorCode: string;
  sectorName: string;
  receivedTotal: number;
  receivedOnline: number;
  receivedDirect: number;
  receivedPostal: number;
  carriedOver: number;
  resolvedTotal: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pendingTotal: number;
  pendingOnTime: number;
  pendingLate: number;
}
interface Report {
  period: string;
  periodLabel: string;
  from: string;
  to: string;
  agency: { code: string | null; name: string };
  rows: Row[];
  total: Row;
}

const COLS = [
  'receivedTotal',
  'receivedOnline',
  'receivedDirect',
  'receivedPostal',
  'carriedOver',
  'resolvedTotal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingTotal',
  'pendingOnTime',
  'pendingLate',
] as const;

export default function Ii06aPage() {
  const { t } = useI18n();
  const officer = useOfficer();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? currentPeriod('month');
  const agencies = [...new Set(officer?.grants.map((g) => g.agencyCode) ?? [])];
  const agency = params.get('agency') ?? agencies[0] ?? '';
  const q = new URLSearchParams({ period, ...(agency ? { agency } : {}) }).toString();
  const report = useQuery({ queryKey: ['o-ii06a', q], enabled: !!officer, queryFn: () => api<Report>(`/api/v1/reports/ii06a?${q}`) });
  usePageTitle(t('o.ii06a.title'), !!report.error);
  const r = report.data;
  const th = (label: string, extra: Record<string, unknown> = {}) => (
    <Table.Th ta="center" {...extra}>
      {label}
    </Table.Th>
  );
  const line = (x: Row, k: number | null) => (
    <Table.Tr key={x.sectorCode || 'total'} fw={k === null ? 700 : undefined} data-testid={k === null ? 'ii06a-total' : undefined}>
      <Table.Td>{k === null ? '' : k + 1}</Table.Td>
      <Table.Th scope="row" fw={k === null ? 700 : 400}>
        {x.sectorName}
      </Table.Th>
      {COLS.map((c) => (
        <Table.Td key={c} ta="right">
          {x[c]}
        </Table.Td>
      ))}
    </Table.Tr>
  );
  return (
    <OfficerLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('o.ii06a.title')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <PeriodPicker value={period} onChange={(p) => setParams({ ky: p, ...(agency ? { agency } : {}) })} />
          {agencies.length > 1 && (
            <NativeSelect
              label={t('o.agency')}
              value={agency}
              onChange={(e) => setParams({ ky: period, agency: e.currentTarget.value })}
              data={agencies.map((a) => ({ value: a, label: a }))}
            />
          )}
        </Group>
        <Group>
          <Button component="a" href={`/api/v1/reports/ii06a.pdf?${q}`} target="_blank" rel="noopener">
            {t('o.ii06a.pdf')}
          </Button>
          <ExportLinks url={`/api/v1/reports/ii06a?${q}`} name="II.06a" testId="ii06a-export" />
        </Group>
        {report.error && <ErrorAlert error={report.error} />}
        {r && (
          <>
            <Text>
              {r.agency.name} — {r.periodLabel}
            </Text>
            <Table.ScrollContainer minWidth={960}>
              <Table withTableBorder withColumnBorders>
                <Table.Caption>{t('o.ii06a.title')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {th('STT', { rowSpan: 2, scope: 'col' })}
                    {th(t('o.ii06a.sector'), { rowSpan: 2, scope: 'col' })}
                    {th(t('o.ii06a.received'), { colSpan: 5, scope: 'colgroup' })}
                    {th(t('o.ii06a.resolved'), { colSpan: 4, scope: 'colgroup' })}
                    {th(t('o.ii06a.pending'), { colSpan: 3, scope: 'colgroup' })}
                  </Table.Tr>
                  <Table.Tr>
                    {[
                      'o.ii06a.total',
                      'o.ii06a.online',
                      'o.ii06a.direct',
                      'o.ii06a.postal',
                      'o.ii06a.carried',
                      'o.ii06a.total',
                      'o.ii06a.early',
                      'o.ii06a.onTime',
                      'o.ii06a.late',
                      'o.ii06a.total',
                      'o.ii06a.within',
                      'o.ii06a.late',
                    ].map((k, i) => (
                      <Table.Th key={i} ta="center" scope="col">
                        {t(k as 'o.ii06a.total')}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.rows.map((x, k) => line(x, k))}
                  {line(r.total, null)}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="sm">{t('o.ii06a.note')}</Text>
          </>
        )}
      </Stack>
    </OfficerLayout>
  );
}
