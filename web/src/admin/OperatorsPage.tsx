/**
 * The operators' view of the national portal (permission ops:read, national operators): the national counters as
 * cards, the connected systems with their health, lag and last error, and the hourly message trend. Refreshes
 * itself every minute.
 */
import { useState } from 'react';
import { Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { StatCard } from '../components/StatCard.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout, useOfficer } from '../officer/OfficerLayout.tsx';
import { Scroll } from '../officer/Scroll.tsx';
import { AdminNav } from './AdminNav.tsx';
import { OpsTrend } from './OpsTrend.tsx';
import { formatLag, type Health, type OpsCounters, type OpsSystem } from './ops.ts';

/** Background, text, border: text contrast above 7:1 on its tint; the badge always carries a word. */
const healthTint: Record<Health, [string, string, string]> = {
  ok: ['#e8f5e9', '#1b5e20', '#81c784'],
  lagging: ['#fff3e0', '#7a3300', '#ffb74d'],
  silent: ['#f1f3f5', '#2b3035', '#adb5bd'],
  failing: ['#fdecec', '#7f0f0f', '#e57373'],
  suspended: ['#f1f3f5', '#2b3035', '#adb5bd'],
};

function HealthBadge({ health }: { health: Health }) {
  const { t } = useI18n();
  const [bg, fg, border] = healthTint[health];
  return (
    <Badge
      size="md"
      radius="sm"
      styles={{
        root: {
          background: bg,
          color: fg,
          border: `1px solid ${border}`,
          textTransform: 'none',
          height: 'auto',
          minHeight: 24,
          paddingBlock: 2,
        },
        label: { color: fg, whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' },
      }}
    >
      {t(`o.ops.health.${health}`)}
    </Badge>
  );
}

function Counters({ c, registered }: { c: OpsCounters; registered: number | undefined }) {
  const { t, lang } = useI18n();
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const num = (n: number) => new Intl.NumberFormat(locale).format(n);
  const pct = (x: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(x);
  return (
    <section aria-labelledby="ops-counters">
      <Title order={2} size="h4" mb="sm" id="ops-counters">
        {t('o.ops.counters')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }}>
        <StatCard label={t('o.ops.accounts')} value={num(c.accounts)} testId="ops-accounts" />
        <StatCard
          label={t('o.ops.synchronised')}
          value={num(c.synchronisedDossiers)}
          testId="ops-synchronised"
        />
        <StatCard
          label={t('o.ops.online')}
          value={num(c.onlineDossiers)}
          testId="ops-online"
          {...(c.synchronisedDossiers
            ? { hint: t('o.ops.onlineOfSynced', { p: pct(c.onlineDossiers / c.synchronisedDossiers) }) }
            : {})}
        />
        <StatCard
          label={t('o.ops.onlineShare')}
          value={pct(c.onlineProcedureShare)}
          testId="ops-online-share"
          hint={t('o.ops.onlineShareHint', {
            online: num(c.onlineProcedures),
            published: num(c.publishedProcedures),
          })}
        />
        <StatCard
          label={t('o.ops.connected')}
          value={num(c.connectedSystems)}
          testId="ops-connected"
          {...(registered !== undefined ? { hint: t('o.ops.connectedHint', { n: registered }) } : {})}
        />
      </SimpleGrid>
    </section>
  );
}

function Systems({ systems }: { systems: OpsSystem[] }) {
  const { t, lang } = useI18n();
  const num = (n: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
  if (!systems.length) return <Text data-testid="ops-empty">{t('o.ops.none')}</Text>;
  return (
    <Scroll minWidth={980} label={t('o.scrollTable')}>
      <Table withTableBorder striped verticalSpacing="xs">
        <Table.Caption>{t('o.ops.systemsCaption', { n: systems.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('o.ops.code')}</Table.Th>
            <Table.Th scope="col">{t('o.ops.name')}</Table.Th>
            <Table.Th scope="col">{t('o.ops.status')}</Table.Th>
            <Table.Th scope="col">{t('o.ops.since')}</Table.Th>
            <Table.Th scope="col">{t('o.ops.lastMessage')}</Table.Th>
            <Table.Th scope="col">{t('o.ops.lag')}</Table.Th>
            <Table.Th scope="col">{t('o.ops.events')}</Table.Th>
            <Table.Th scope="col">{t('o.ops.errors')}</Table.Th>
            <Table.Th scope="col">{t('o.ops.lastError')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {systems.map((s) => (
            <Table.Tr key={s.code} data-testid={`ops-system-${s.code}`}>
              <Table.Th scope="row" className="code-mono" style={{ whiteSpace: 'nowrap' }}>
                {s.code}
              </Table.Th>
              <Table.Td>{s.name}</Table.Td>
              <Table.Td>
                <HealthBadge health={s.health} />
              </Table.Td>
              <Table.Td>{formatDateTime(s.connectedSince)}</Table.Td>
              <Table.Td>{s.lastMessageAt ? formatDateTime(s.lastMessageAt) : t('o.ops.never')}</Table.Td>
              <Table.Td>{s.syncLagMs === null ? '—' : formatLag(s.syncLagMs, t, lang)}</Table.Td>
              <Table.Td>{num(s.eventsApplied)}</Table.Td>
              <Table.Td>
                {num(s.errorCount)}
                {s.unauthenticatedRejectsToday > 0 && (
                  <Text size="xs" c="#4a4f55">
                    {t('o.ops.unauthToday', { n: num(s.unauthenticatedRejectsToday) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ maxWidth: 280, overflowWrap: 'anywhere' }}>
                {s.lastError ? (
                  <>
                    <Text size="sm" span>
                      {s.lastErrorTitle ? (lang === 'en' ? s.lastErrorTitle.en : s.lastErrorTitle.vi) : s.lastError}
                    </Text>
                    {s.lastErrorTitle && (
                      <Text size="xs" c="#4a4f55" className="code-mono">
                        {s.lastErrorTitle.code}
                      </Text>
                    )}
                    {s.lastErrorAt && (
                      <Text size="xs" c="#4a4f55">
                        {formatDateTime(s.lastErrorAt)}
                      </Text>
                    )}
                  </>
                ) : (
                  t('o.ops.never')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Scroll>
  );
}

const PERIODS = [24, 72, 168] as const;

export default function OperatorsPage() {
  const { t } = useI18n();
  const officer = useOfficer();
  const [hours, setHours] = useState<number>(24);
  const systems = useQuery({
    queryKey: ['ops-systems', hours],
    enabled: !!officer,
    queryFn: () => api<OpsSystem[]>(`/api/v1/federation/ops/systems?hours=${hours}`),
    refetchInterval: 60_000,
    placeholderData: (prev) => prev,
  });
  const counters = useQuery({
    queryKey: ['ops-counters'],
    enabled: !!officer,
    queryFn: () => api<OpsCounters>('/api/v1/federation/ops/counters'),
    refetchInterval: 60_000,
  });
  usePageTitle(t('o.ops.title'), !!systems.error || !!counters.error);
  const refresh = () => void Promise.all([systems.refetch(), counters.refetch()]);
  return (
    <OfficerLayout>
      <Stack>
        <AdminNav />
        <Title order={1} size="h2">
          {t('o.ops.title')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('o.ops.period')}
            value={String(hours)}
            onChange={(e) => setHours(Number(e.currentTarget.value))}
            data={PERIODS.map((h) => ({ value: String(h), label: t('o.ops.hours', { n: h }) }))}
          />
          <Button variant="default" onClick={refresh} loading={systems.isFetching || counters.isFetching}>
            {t('o.ops.refresh')}
          </Button>
          {systems.dataUpdatedAt > 0 && (
            <Text size="sm" c="#4a4f55" role="status">
              {t('o.ops.updated', { time: formatDateTime(new Date(systems.dataUpdatedAt).toISOString()) })}
            </Text>
          )}
        </Group>
        {counters.error && <ErrorAlert error={counters.error} />}
        {counters.data && <Counters c={counters.data} registered={systems.data?.length} />}
        <section aria-labelledby="ops-systems">
          <Title order={2} size="h4" mb="sm" id="ops-systems">
            {t('o.ops.systems')}
          </Title>
          {systems.error && <ErrorAlert error={systems.error} />}
          {systems.data && <Systems systems={systems.data} />}
        </section>
        {systems.data && systems.data.length > 0 && (
          <OpsTrend systems={systems.data} hours={hours} now={systems.dataUpdatedAt || Date.now()} />
        )}
      </Stack>
    </OfficerLayout>
  );
}
