/**
 * My dossiers: each with its procedure, code, plain status, due date; late ones flagged with a word and an icon.
 * On a portal-only node the list comes from the national mirror (items carry `node` and `progress`, and the answer
 * lists `pending` submissions still being forwarded): shown in place, without the local detail page.
 */
import { Link, Navigate } from 'react-router';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useSession } from '../api/session.ts';
import type { MyDossierRow, Page } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDate, formatDateTime } from '../lib/format.ts';
import { isOverdue } from '../lib/dossier.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { OverdueBadge, StatusBadge } from '../components/Badges.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { MyDrafts } from './MyDrafts.tsx';
import { MirroredExtras, PendingSubmissions, type MirroredProgress, type PendingSubmission } from './MirroredDossier.tsx';

type Row = MyDossierRow & { node?: string; system?: { code: string; name: string }; agency?: { name: string } | null; progress?: MirroredProgress[] };

export default function MyDossiersPage() {
  const { t } = useI18n();
  const session = useSession();
  const isCitizen = !!session.data && session.data.kind !== 'officer';
  const list = useQuery({ queryKey: ['my-dossiers'], enabled: isCitizen, queryFn: () => api<Page<Row> & { pending?: PendingSubmission[] }>('/api/v1/my/dossiers?limit=100') });
  usePageTitle(t('my.title'), !!list.error);

  if (session.isPending) return <Text role="status">{t('common.loading')}</Text>;
  if (!isCitizen) return <Navigate to="/dang-nhap?tiep=%2Fho-so-cua-toi" replace />;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('my.title')}</Title>
      {list.error && <ErrorAlert error={list.error} />}
      <MyDrafts />
      {list.data?.pending && <PendingSubmissions items={list.data.pending} />}
      {list.data && list.data.items.length === 0 && !list.data.pending?.length && (
        <Stack align="flex-start">
          <Text>{t('my.empty')}</Text>
          <Button component={Link} to="/">
            {t('home.title')}
          </Button>
        </Stack>
      )}
      {list.data && list.data.items.length > 0 && (
        <ul className="plain-list" aria-label={t('my.caption')}>
          {list.data.items.map((d) => {
            const late = isOverdue(d.status, d.dueAt);
            return (
              <li key={d.id} style={{ marginBottom: 12 }}>
                <Paper withBorder p="md" style={late ? { borderLeft: '6px solid #b71c1c' } : undefined}>
                  {d.node ? (
                    <Text fw={600} fz="lg" className="break-words">
                      {d.procedureName}
                    </Text>
                  ) : (
                    <Anchor component={Link} to={`/ho-so-cua-toi/${d.id}`} fw={600} fz="lg" className="break-words">
                      {d.procedureName}
                    </Anchor>
                  )}
                  <Text size="sm">
                    {t('my.code')}: {d.code ? <span className="code-mono">{d.code}</span> : t('my.noCode')}
                  </Text>
                  <Group gap="xs" mt={6} wrap="wrap">
                    <StatusBadge status={d.status} />
                    {late && <OverdueBadge />}
                  </Group>
                  <Text size="sm" mt={6}>
                    {t('my.submitted')}: {formatDate(d.createdAt)}
                    {d.dueAt && (
                      <>
                        {' · '}
                        <span style={late ? { color: '#9a1414', fontWeight: 700 } : undefined}>
                          {t('my.due')}: {formatDateTime(d.dueAt)}
                        </span>
                      </>
                    )}
                  </Text>
                  {d.node && <MirroredExtras id={d.id} code={d.code} node={d.node} status={d.status} {...(d.system ? { systemName: d.system.name } : {})} agency={d.agency ?? null} progress={d.progress ?? []} />}
                </Paper>
              </li>
            );
          })}
        </ul>
      )}
    </Stack>
  );
}
