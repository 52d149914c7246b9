/**
 * One system's (or one agency's) Decision 766 index for a period: total and official points, the trend over the
 * periods, and each group with its indicators (numerator, denominator, ratio, points, whether the formula is
 * reverse-engineered), each drillable to its dossiers. Shared by the portal's page per system and the officer's.
 */
import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../i18n/index.tsx';
import { StatCard } from '../components/StatCard.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { Tag } from './Tag.tsx';
import { fmtPercent, fmtPoints, periodLabel } from './period.ts';
import type { SystemIndex } from './types.ts';

export function SystemIndexView({
  data,
  dossiersLink,
  exportUrl,
}: {
  data: SystemIndex;
  dossiersLink: (key: string) => string;
  /** The per-system endpoint: its indicator table downloads as CSV / XLSX. */
  exportUrl: string;
}) {
  const { t, lang } = useI18n();
  const reverse = data.groups.some((g) => g.indicators.some((i) => i.source === 'reverse-engineered'));
  const trend = data.trend.map((p) => ({ period: periodLabel(p.period, lang), [t('m.points')]: p.points }));
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <StatCard label={t('m.sys.points')} value={`${fmtPoints(data.points, lang)}/100`} testId="system-points" />
        <StatCard
          label={t('m.sys.official')}
          value={data.officialPoints === null ? '—' : fmtPoints(data.officialPoints, lang)}
          {...(data.officialPoints === null ? { hint: t('m.sys.officialNone') } : {})}
          testId="official-points"
        />
      </SimpleGrid>
      {trend.length > 1 && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('m.sys.trend')}
          </Title>
          <div role="img" aria-label={data.trend.map((p) => `${periodLabel(p.period, lang)}: ${fmtPoints(p.points, lang)}`).join(', ')}>
            <LineChart h={200} data={trend} dataKey="period" series={[{ name: t('m.points'), color: '#1565c0' }]} yAxisProps={{ domain: [0, 100] }} />
          </div>
        </Paper>
      )}
      {reverse && (
        <Alert color="yellow" variant="light" title={t('m.ind.reverse')} data-testid="reverse-note">
          <Text c="#3d3000">{t('m.ind.reverseNote')}</Text>
        </Alert>
      )}
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('m.sys.groups')}
        </Title>
        <ExportLinks url={exportUrl} name={data.system.name} testId="system-export" />
      </Group>
      {data.groups.map((g) => (
        <Paper withBorder p="md" key={g.key} data-testid={`group-${g.key}`}>
          <Title order={3} size="h4" mb="xs">
            {g.name} — {t('m.group.points', { points: fmtPoints(g.points, lang), max: g.max })}
          </Title>
          <Table.ScrollContainer minWidth={720}>
            <Table striped>
              <Table.Caption>{g.name}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('m.ind.name')}</Table.Th>
                  <Table.Th scope="col">{t('m.ind.source')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('m.ind.numerator')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('m.ind.denominator')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('m.ind.ratio')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('m.ind.points')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('m.ind.dossiers')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.indicators.map((i) => (
                  <Table.Tr key={i.key} data-testid={`indicator-${i.key}`}>
                    <Table.Td>
                      {i.name}
                      {i.formula && (
                        <Text size="xs" c="#4a4f55">
                          {i.formula}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {i.source === 'reverse-engineered' ? (
                        <Tag tone="yellow">{t('m.ind.reverse')}</Tag>
                      ) : (
                        <Tag tone="green">{t('m.ind.official')}</Tag>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{i.numerator}</Table.Td>
                    <Table.Td ta="right">{i.denominator}</Table.Td>
                    <Table.Td ta="right">{fmtPercent(i.ratio, lang)}</Table.Td>
                    <Table.Td ta="right">
                      {fmtPoints(i.points, lang)}/{i.max}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={dossiersLink(i.key)} aria-label={t('m.ind.dossiersOf', { name: i.name })}>
                        {t('m.ind.dossiers')}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ))}
    </Stack>
  );
}
