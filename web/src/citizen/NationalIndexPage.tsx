/**
 * The public service index on the portal (/chi-so-phuc-vu), like the national page people know: the ranking of
 * provinces and ministries by their Decision 766 points for a period, with the trend on the previous period and
 * the six groups; a sortable table (click a column heading), filtered by kind, downloadable as CSV / XLSX.
 */
import '../monitoring/messages.ts';
import { Fragment, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Anchor, Group, NativeSelect, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { PeriodPicker } from '../monitoring/PeriodPicker.tsx';
import { ExportLinks } from '../monitoring/ExportLinks.tsx';
import { currentPeriod, fmtPoints } from '../monitoring/period.ts';
import type { NationalIndex } from '../monitoring/types.ts';

type Row = NationalIndex['systems'][number];
type SortKey = 'rank' | 'name' | 'points' | 'trend' | `g:${string}`;

function Trend({ row }: { row: Row }) {
  const { t, lang } = useI18n();
  if (row.previousPoints === null) return <Text span c="#4a4f55">{t('m.trend.none')}</Text>;
  const d = Math.round((row.points - row.previousPoints) * 100) / 100;
  const n = fmtPoints(Math.abs(d), lang);
  if (d === 0) return <Text span>= <span className="visually-hidden">{t('m.trend.same')}</span></Text>;
  return (
    <Text span c={d > 0 ? '#1b5e20' : '#b71c1c'} fw={600} title={t(d > 0 ? 'm.trend.up' : 'm.trend.down', { n })}>
      <span aria-hidden="true">{d > 0 ? '▲' : '▼'} {n}</span>
      <span className="visually-hidden">{t(d > 0 ? 'm.trend.up' : 'm.trend.down', { n })}</span>
    </Text>
  );
}

export default function NationalIndexPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? currentPeriod('quarter');
  const [kind, setKind] = useState<'' | 'province' | 'ministry'>('');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'rank', desc: false });
  const index = useQuery({
    queryKey: ['national-index', period],
    queryFn: () => api<NationalIndex>(`/api/v1/national/index?period=${encodeURIComponent(period)}`),
  });
  usePageTitle(t('m.index.title'), !!index.error);
  const groups = index.data?.systems[0]?.groups ?? [];
  const rows = useMemo(() => {
    const value = (r: Row): number | string => {
      if (sort.key === 'rank') return r.rank;
      if (sort.key === 'name') return r.name;
      if (sort.key === 'points') return r.points;
      if (sort.key === 'trend') return r.previousPoints === null ? -Infinity : r.points - r.previousPoints;
      return r.groups.find((g) => `g:${g.key}` === sort.key)?.points ?? 0;
    };
    const list = (index.data?.systems ?? []).filter((r) => !kind || r.kind === kind);
    return [...list].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === 'string' ? x.localeCompare(String(y), 'vi') : x - (y as number);
      return sort.desc ? -c : c;
    });
  }, [index.data, kind, sort]);
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <Table.Th scope="col" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
        <UnstyledButton
          onClick={() => setSort({ key, desc: active ? !sort.desc : key !== 'rank' && key !== 'name' })}
          aria-label={t('m.sortBy', { col: label })}
          fw={700}
          fz="sm"
        >
          {label} <span aria-hidden="true">{active ? (sort.desc ? '▼' : '▲') : '↕'}</span>
        </UnstyledButton>
      </Table.Th>
    );
  };
  const exportUrl = `/api/v1/national/index?period=${encodeURIComponent(period)}`;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('m.index.title')}
      </Title>
      <Text>{t('m.index.intro')}</Text>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <PeriodPicker value={period} onChange={(p) => setParams({ ky: p })} />
          <NativeSelect
            label={t('m.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as typeof kind)}
            data={[
              { value: '', label: t('m.kind.all') },
              { value: 'province', label: t('m.kind.province') },
              { value: 'ministry', label: t('m.kind.ministry') },
            ]}
          />
        </Group>
        <ExportLinks url={exportUrl} name={t('m.ranking')} testId="index-export" />
      </Group>
      {index.error && <ErrorAlert error={index.error} />}
      {index.data && rows.length === 0 && <Text>{t('m.noSystems')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover data-testid="ranking">
            <Table.Caption>{t('m.ranking')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {header('rank', t('m.rank'))}
                {header('name', t('m.system'))}
                {header('points', t('m.points'))}
                {header('trend', t('m.trend'))}
                {groups.map((g) => (
                  <Fragment key={g.key}>{header(`g:${g.key}`, `${g.name} (${g.max})`)}</Fragment>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.code} data-testid={`rank-${r.code}`}>
                  <Table.Td>{r.rank}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/chi-so-phuc-vu/${encodeURIComponent(r.code)}?ky=${encodeURIComponent(period)}`}>
                      {r.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td fw={700}>{fmtPoints(r.points, lang)}</Table.Td>
                  <Table.Td>
                    <Trend row={r} />
                  </Table.Td>
                  {r.groups.map((g) => (
                    <Table.Td key={g.key}>{fmtPoints(g.points, lang)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
