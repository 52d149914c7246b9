/** The officer's work queues (GET /api/v1/dossiers?queue=…): to receive, in progress, due soon, late, supplement. */
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Group, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useSession } from '../api/session.ts';
import type { Page, QueueRow } from '../api/types.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { OverdueBadge, StatusBadge } from '../components/Badges.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout } from './OfficerLayout.tsx';

const queues = ['to_receive', 'to_process', 'due_soon', 'late', 'waiting_supplement'] as const;
type Queue = (typeof queues)[number];

function QueueTable({ queue, q }: { queue: Queue; q: string }) {
  const { t } = useI18n();
  const list = useQuery({
    queryKey: ['queue', queue, q],
    queryFn: () => api<Page<QueueRow>>(`/api/v1/dossiers?${new URLSearchParams({ queue, limit: '50', ...(q ? { q } : {}) })}`),
    placeholderData: (prev) => prev,
  });
  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.data) return <Text role="status">{t('common.loading')}</Text>;
  if (!list.data.items.length) return <Text py="md">{t('officer.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Caption>{t('officer.caption', { queue: t(`officer.queue.${queue}` as MessageKey) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('my.code')}</Table.Th>
            <Table.Th scope="col">{t('my.procedure')}</Table.Th>
            <Table.Th scope="col">{t('officer.owner')}</Table.Th>
            <Table.Th scope="col">{t('my.status')}</Table.Th>
            <Table.Th scope="col">{t('dossier.receivedAt')}</Table.Th>
            <Table.Th scope="col">{t('my.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td className={d.code ? 'code-mono' : undefined}>{d.code ?? t('my.noCode')}</Table.Td>
              <Table.Td>{d.procedureName}</Table.Td>
              <Table.Td>{d.ownerName}</Table.Td>
              <Table.Td>
                <StatusBadge status={d.status} />
              </Table.Td>
              <Table.Td>{formatDateTime(d.receivedAt)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <span style={d.late ? { color: '#9a1414', fontWeight: 700 } : undefined}>{formatDateTime(d.dueAt)}</span>
                  {d.late && <OverdueBadge />}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function QueuePage() {
  const { t } = useI18n();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const current = (queues as readonly string[]).includes(params.get('hang-doi') ?? '') ? (params.get('hang-doi') as Queue) : 'to_receive';
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.replace(/\s+/g, ''), 300);
  const isOfficer = session.data?.kind === 'officer';
  const counts = useQueries({
    queries: queues.map((queue) => ({
      queryKey: ['queue-count', queue],
      enabled: isOfficer,
      queryFn: () => api<Page<QueueRow>>(`/api/v1/dossiers?queue=${queue}&limit=1`),
    })),
  });
  usePageTitle(t('officer.workspace'));

  if (session.isPending) return <Text role="status">{t('common.loading')}</Text>;
  if (!isOfficer) return <Navigate to="/can-bo/dang-nhap" replace />;
  return (
    <OfficerLayout>
      <Stack>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={1} size="h2">
            {t('officer.workspace')}
          </Title>
          <TextInput
            label={t('officer.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maxLength={40}
            w={{ base: '100%', sm: 360 }}
          />
        </Group>
        <Tabs value={current} onChange={(v) => v && setParams({ 'hang-doi': v }, { replace: true })} keepMounted={false}>
          <Tabs.List>
            {queues.map((queue, i) => {
              const n = counts[i]?.data?.total;
              return (
                <Tabs.Tab key={queue} value={queue} c={queue === 'late' && n ? '#9a1414' : undefined} fw={queue === 'late' && n ? 700 : undefined}>
                  {t(`officer.queue.${queue}` as MessageKey)}
                  {n !== undefined ? ` (${n})` : ''}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          {queues.map((queue) => (
            <Tabs.Panel key={queue} value={queue} pt="md">
              <QueueTable queue={queue} q={q} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </OfficerLayout>
  );
}
