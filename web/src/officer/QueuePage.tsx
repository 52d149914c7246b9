/**
 * The officer's work queues (GET /api/v1/dossiers?queue=…): to receive, in progress, due soon, late, waiting for
 * a supplement — a count on every tab, search by dossier code or personal ID, filters by procedure and step,
 * sorting, and the deadline state of each dossier in colour, icon and words. One-stop officers also have the
 * dossiers they received for agencies of other systems ("Nhận hộ hệ thống khác", ReceivedHereTable.tsx).
 */
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Anchor, Badge, Group, NativeSelect, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Page } from '../api/types.ts';
import type { OfficerQueueRow as QueueRow } from './types.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDateTime, formatTotal } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { StatusBadge } from '../components/Badges.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout, useOfficer } from './OfficerLayout.tsx';
import { DueBadge } from './DueBadge.tsx';
import { Scroll } from './Scroll.tsx';
import { hasRole } from './roles.ts';
import { ReceivedHereTable, receivedHereUrl } from './ReceivedHereTable.tsx';

/** The tab of dossiers received at this counter for other systems (a filter, not a queue of the server). */
const RECEIVED_HERE = 'received_here';
const allQueues = ['mine', 'to_receive', 'to_process', 'due_soon', 'late', 'late_acceptance', 'waiting_supplement'] as const;
type Queue = (typeof allQueues)[number];
/**
 * "Việc của tôi" (assigned to me, or waiting at a step my roles take up) comes first for specialists and leaders;
 * a counter starts with what waits for reception. Only counters see "Chờ tiếp nhận" (issue 13.13).
 */
function queuesFor(counter: boolean): readonly Queue[] {
  return counter ? ['to_receive', 'mine', 'to_process', 'due_soon', 'late', 'late_acceptance', 'waiting_supplement'] : ['mine', 'to_process', 'due_soon', 'late', 'waiting_supplement'];
}
const sorts = ['due', 'received', 'code', 'procedure'] as const;
type Sort = (typeof sorts)[number];
const steps = ['reception', 'appraisal', 'approval', 'result', 'return'] as const;

interface Filters {
  q: string;
  procedureCode: string;
  step: string;
}

function queueUrl(queue: Queue, f: Filters, limit: number): string {
  const p = new URLSearchParams({ queue, limit: String(limit) });
  if (f.q) p.set('q', f.q);
  if (/^\d\.\d{6}$/.test(f.procedureCode)) p.set('procedureCode', f.procedureCode);
  if (f.step) p.set('step', f.step);
  return `/api/v1/dossiers?${p}`;
}

function sortRows(rows: QueueRow[], sort: Sort): QueueRow[] {
  const key = (r: QueueRow): string =>
    sort === 'due' ? (r.dueAt ?? '9999') : sort === 'received' ? (r.receivedAt ?? '') : sort === 'code' ? (r.code ?? '') : r.procedureName;
  const out = [...rows].sort((a, b) => key(a).localeCompare(key(b), 'vi'));
  return sort === 'received' ? out.reverse() : out;
}

function QueueTable({ queue, filters, sort }: { queue: Queue; filters: Filters; sort: Sort }) {
  const { t } = useI18n();
  const list = useQuery({
    queryKey: ['queue', queue, filters],
    queryFn: () => api<Page<QueueRow>>(queueUrl(queue, filters, 100)),
    placeholderData: (prev) => prev,
  });
  const rows = useMemo(() => sortRows(list.data?.items ?? [], sort), [list.data, sort]);
  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.data) return <Text role="status">{t('common.loading')}</Text>;
  if (!rows.length) return <Text py="md">{t('officer.empty')}</Text>;
  return (
    <Scroll minWidth={860} label={t('o.scrollTable')}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Caption>
          {t('officer.caption', { queue: t(`officer.queue.${queue}` as MessageKey) })}
          {list.data.total > rows.length ? ` — ${t('o.queue.shown', { n: rows.length, total: formatTotal(list.data) })}` : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('my.code')}</Table.Th>
            <Table.Th scope="col">{t('my.procedure')}</Table.Th>
            <Table.Th scope="col">{t('officer.owner')}</Table.Th>
            <Table.Th scope="col">{t('my.status')}</Table.Th>
            <Table.Th scope="col">{t('officer.step')}</Table.Th>
            <Table.Th scope="col">{t('dossier.receivedAt')}</Table.Th>
            <Table.Th scope="col">{t('my.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor component={Link} to={`/can-bo/ho-so/${d.id}`} className="code-mono">
                  {d.code ?? t('o.queue.open')}
                </Anchor>
              </Table.Td>
              <Table.Td>{d.procedureName}</Table.Td>
              <Table.Td>{d.ownerName}</Table.Td>
              <Table.Td>
                <StatusBadge status={d.status} />
              </Table.Td>
              <Table.Td>
                {d.step ? t(`o.step.${d.step}` as MessageKey) || d.step : ''}
                {d.assignee && (
                  <Text size="sm" c="#4a4f55">
                    {d.assignee.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDateTime(d.receivedAt)}</Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <span>{formatDateTime(d.dueAt)}</span>
                  <DueBadge status={d.status} dueAt={d.dueAt} />
                  {d.lateAcceptance && (
                    <Badge color="red" variant="light">
                      {t('officer.queue.late_acceptance')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Scroll>
  );
}

export default function QueuePage() {
  const { t } = useI18n();
  const officer = useOfficer();
  const [params, setParams] = useSearchParams();
  const counter = hasRole(officer, 'one_stop_officer');
  const queues = queuesFor(counter);
  const tab = params.get('hang-doi') ?? '';
  const current = (queues as readonly string[]).includes(tab) || (counter && tab === RECEIVED_HERE) ? tab : queues[0]!;
  const [search, setSearch] = useState('');
  const [procedure, setProcedure] = useState('');
  const [step, setStep] = useState('');
  const [sort, setSort] = useState<Sort>('due');
  const [q] = useDebouncedValue(search.replace(/[\s]+/g, '').toUpperCase(), 300);
  const [procedureCode] = useDebouncedValue(procedure.trim(), 300);
  const filters: Filters = { q, procedureCode, step };
  const counts = useQueries({
    queries: allQueues.map((queue) => ({
      queryKey: ['queue-count', queue, filters],
      enabled: !!officer && queues.includes(queue),
      queryFn: () => api<Page<QueueRow>>(queueUrl(queue, filters, 1)),
    })),
  });
  const hereCount = useQuery({
    queryKey: ['queue-count', RECEIVED_HERE, q],
    enabled: counter,
    queryFn: () => api<Page<QueueRow>>(receivedHereUrl(q, 1)),
  });
  usePageTitle(t('officer.workspace'));
  return (
    <OfficerLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('officer.workspace')}
        </Title>
        <Group align="flex-end" wrap="wrap" gap="sm">
          <TextInput
            label={t('officer.search')}
            description={t('o.queue.searchHint')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maxLength={40}
            w={{ base: '100%', sm: 320 }}
            spellCheck={false}
          />
          <TextInput
            label={t('o.queue.procedure')}
            description={t('o.queue.procedureHint')}
            value={procedure}
            onChange={(e) => setProcedure(e.currentTarget.value)}
            maxLength={8}
            w={{ base: '100%', sm: 180 }}
            error={procedure.trim() && !/^\d\.\d{6}$/.test(procedure.trim()) ? t('o.queue.procedureInvalid') : undefined}
          />
          <NativeSelect
            label={t('officer.step')}
            description={t('o.queue.stepHint')}
            value={step}
            onChange={(e) => setStep(e.currentTarget.value)}
            data={[{ value: '', label: t('o.queue.anyStep') }, ...steps.map((s) => ({ value: s, label: t(`o.step.${s}` as MessageKey) }))]}
            w={{ base: '100%', sm: 200 }}
          />
          <NativeSelect
            label={t('o.queue.sort')}
            description={t('o.queue.sortHint')}
            value={sort}
            onChange={(e) => setSort(e.currentTarget.value as Sort)}
            data={sorts.map((s) => ({ value: s, label: t(`o.sort.${s}` as MessageKey) }))}
            w={{ base: '100%', sm: 220 }}
          />
        </Group>
        <Tabs value={current} onChange={(v) => v && setParams({ 'hang-doi': v }, { replace: true })} keepMounted={false}>
          <Tabs.List>
            {queues.map((queue) => {
              const page = counts[allQueues.indexOf(queue)]?.data;
              const n = page?.total;
              const alarm = (queue === 'late' || queue === 'late_acceptance' || queue === 'due_soon') && !!n;
              return (
                <Tabs.Tab
                  key={queue}
                  value={queue}
                  c={alarm ? (queue === 'due_soon' ? '#7a3300' : '#9a1414') : undefined}
                  fw={alarm ? 700 : undefined}
                  leftSection={alarm ? <span aria-hidden="true">{queue === 'due_soon' ? '⏰' : '⚠'}</span> : undefined}
                >
                  {t(`officer.queue.${queue}` as MessageKey)}
                  {page ? ` (${formatTotal(page)})` : ''}
                </Tabs.Tab>
              );
            })}
            {counter && (
              <Tabs.Tab value={RECEIVED_HERE}>
                {t('o.queue.receivedHere')}
                {hereCount.data ? ` (${formatTotal(hereCount.data)})` : ''}
              </Tabs.Tab>
            )}
          </Tabs.List>
          {queues.map((queue) => (
            <Tabs.Panel key={queue} value={queue} pt="md">
              <QueueTable queue={queue} filters={filters} sort={sort} />
            </Tabs.Panel>
          ))}
          {counter && (
            <Tabs.Panel value={RECEIVED_HERE} pt="md">
              <ReceivedHereTable q={q} />
            </Tabs.Panel>
          )}
        </Tabs>
      </Stack>
    </OfficerLayout>
  );
}
