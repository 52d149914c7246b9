/** "Hồ sơ chưa gửi" in "Hồ sơ của tôi" (docs/ux.md §2.2): my drafts on the server, each resumed on any device or deleted. */
import { Link } from 'react-router';
import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

interface DraftRow {
  id: string;
  procedureCode: string;
  procedureName: string;
  updatedAt: string;
}

export function MyDrafts() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['my-drafts'], queryFn: () => api<{ items: DraftRow[] }>('/api/v1/my/drafts') });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/v1/my/drafts/${id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['my-drafts'] }),
  });
  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.data?.items.length) return null;
  return (
    <section aria-labelledby="drafts-title">
      <Title order={2} fz="xl" id="drafts-title" mb="sm">
        {t('my.drafts')}
      </Title>
      {remove.error && <ErrorAlert error={remove.error} />}
      <ul className="plain-list" aria-label={t('my.draftsCaption')}>
        {list.data.items.map((d) => (
          <li key={d.id} style={{ marginBottom: 12 }}>
            <Paper withBorder p="md" data-testid="draft-row">
              <Text fw={600} fz="lg" className="break-words">
                {d.procedureName}
              </Text>
              <Text size="sm">
                {t('my.draftSaved')}: {formatDateTime(d.updatedAt)}
              </Text>
              <Group gap="md" mt="xs">
                <Anchor component={Link} to={`/nop-ho-so/${d.procedureCode}?nhap=${d.id}`} fw={600}>
                  {t('my.draftContinue')}
                  <span className="visually-hidden"> {d.procedureName.slice(0, 80)}</span>
                </Anchor>
                <Button variant="subtle" color="red" size="compact-sm" loading={remove.isPending && remove.variables === d.id} onClick={() => remove.mutate(d.id)}>
                  {t('my.draftDelete')}
                  <span className="visually-hidden"> {d.procedureName.slice(0, 80)}</span>
                </Button>
              </Group>
            </Paper>
          </li>
        ))}
      </ul>
    </section>
  );
}
