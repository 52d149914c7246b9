/**
 * "Nhận hộ hệ thống khác": dossiers received at this officer's counters for agencies of other systems
 * (GET /api/v1/dossiers?receivedHere=true) — code, owner, the competent agency and its province, status, due date
 * and whether the result comes back here.
 */
import { Link } from 'react-router';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Page } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { StatusBadge } from '../components/Badges.tsx';
import { DueBadge } from './DueBadge.tsx';
import { Scroll } from './Scroll.tsx';
import type { AgencyDetail, OfficerQueueRow } from './types.ts';

export function receivedHereUrl(q: string, limit: number): string {
  const p = new URLSearchParams({ receivedHere: 'true', limit: String(limit) });
  if (q) p.set('q', q);
  return `/api/v1/dossiers?${p}`;
}

function AgencyLabel({ code }: { code: string }) {
  const a = useQuery({
    queryKey: ['agency', code],
    queryFn: () => api<AgencyDetail>(`/api/v1/agencies/${code}`),
    staleTime: 600_000,
  });
  return <>{a.data ? `${a.data.name} (${code})` : code}</>;
}

export function ReceivedHereTable({ q }: { q: string }) {
  const { t } = useI18n();
  const list = useQuery({
    queryKey: ['queue', 'received_here', q],
    queryFn: () => api<Page<OfficerQueueRow>>(receivedHereUrl(q, 100)),
    placeholderData: (prev) => prev,
  });
  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.data) return <Text role="status">{t('common.loading')}</Text>;
  const rows = list.data.items;
  if (!rows.length) return <Text py="md">{t('officer.empty')}</Text>;
  return (
    <Scroll minWidth={860} label={t('o.scrollTable')}>
      <Table striped highlightOnHover withTableBorder data-testid="received-here">
        <Table.Caption>{t('o.queue.receivedHereCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('my.code')}</Table.Th>
            <Table.Th scope="col">{t('officer.owner')}</Table.Th>
            <Table.Th scope="col">{t('o.queue.competent')}</Table.Th>
            <Table.Th scope="col">{t('my.status')}</Table.Th>
            <Table.Th scope="col">{t('my.due')}</Table.Th>
            <Table.Th scope="col">{t('o.queue.returnHere')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => {
            const agency = d.resolvingAgency;
            return (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/can-bo/ho-so/${d.id}`} className="code-mono">
                    {d.code ?? t('o.queue.open')}
                  </Anchor>
                  <Text size="sm">{d.procedureName}</Text>
                </Table.Td>
                <Table.Td>{d.ownerName}</Table.Td>
                <Table.Td>
                  {agency ? `${agency.name} (${agency.code})` : null}
                  {d.nodeCode && (
                    <Text size="sm" c="#4a4f55">
                      <AgencyLabel code={`000.00.00.${d.nodeCode}`} />
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={d.status} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <span>{formatDateTime(d.dueAt)}</span>
                    <DueBadge status={d.status} dueAt={d.dueAt} />
                  </Stack>
                </Table.Td>
                <Table.Td>{d.returnAtReception ? t('o.queue.yes') : t('o.queue.no')}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Scroll>
  );
}
