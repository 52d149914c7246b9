/**
 * On the portal, what the owner does on a dossier another system holds without leaving "Hồ sơ của tôi" (issue 13.11):
 * answer its supplement request (status 5) and pay its fees (status 6, and the payment just made) — the same
 * components as on the holding system's own dossier page, every call relayed by the portal to that system.
 */
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/index.tsx';
import { Payments, Supplement, type Full } from './DossierExtras.tsx';

/** Statuses in which the holding system waits for the owner: supplement asked (5), fees asked (6). */
export const WAITS_FOR_OWNER = [5, 6];

export function RelayedActions({ id, node, status }: { id: string; node: string; status: number }) {
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['dossier', id],
    enabled: status === 5,
    queryFn: () => api<Full>(`/api/v1/portal/systems/${encodeURIComponent(node)}/dossiers/${encodeURIComponent(id)}`),
  });
  return (
    <div style={{ marginTop: 8 }} data-testid="portal-relayed-actions">
      {status === 5 && q.error && <ErrorAlert error={q.error} />}
      {status === 5 && q.isPending && <Text role="status">{t('common.loading')}</Text>}
      {/* the mirror may lag: the answer is offered only while the holding system itself still waits for it */}
      {status === 5 && q.data?.status === 5 && <Supplement d={q.data} via={node} />}
      <Payments d={{ id }} via={node} />
    </div>
  );
}
