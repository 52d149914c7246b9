/**
 * The optional assignee of the step a dossier moves to: the officers holding the step's role at its agency or
 * above (GET /api/v1/agencies/{code}/officers). Left empty, anyone with that role picks the dossier up.
 */
import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

export interface AssigneeOption {
  id: string;
  name: string;
  agency: { code: string; name: string };
}

export function AssigneePicker({ agencyCode, role, value, onChange }: { agencyCode: string; role: string; value: string; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const list = useQuery({
    queryKey: ['step-officers', agencyCode, role],
    queryFn: () => api<{ items: AssigneeOption[] }>(`/api/v1/agencies/${agencyCode}/officers?${new URLSearchParams({ role })}`),
    staleTime: 60_000,
  });
  if (list.error) return <ErrorAlert error={list.error} />;
  const items = list.data?.items ?? [];
  return (
    <NativeSelect
      label={`${t('o.act.assignee')} ${t('o.optional')}`}
      description={t('o.act.assigneeHint')}
      value={items.some((o) => o.id === value) ? value : ''}
      onChange={(e) => onChange(e.currentTarget.value)}
      disabled={list.isPending}
      data={[
        { value: '', label: list.isPending ? t('common.loading') : t('o.act.anyAssignee') },
        ...items.map((o) => ({ value: o.id, label: `${o.name} — ${o.agency.name}` })),
      ]}
    />
  );
}
