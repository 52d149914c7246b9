/** One of my dossiers: status in plain words, dates, who handles it, history, papers, fees, downloadable forms. */
import { Link, Navigate, useParams } from 'react-router';
import { Alert, Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useSession } from '../api/session.ts';
import type { AgencyInfo, Dossier } from '../api/types.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { availableForms, isOverdue } from '../lib/dossier.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { OverdueBadge, StatusBadge } from '../components/Badges.tsx';
import { Facts } from '../components/Facts.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { DossierMessages } from '../components/DossierMessages.tsx';
import { DeclarationSection } from '../components/DeclarationSection.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { DossierExtras } from './DossierExtras.tsx';

export default function DossierPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const session = useSession();
  const isCitizen = !!session.data && session.data.kind !== 'officer';
  const q = useQuery({ queryKey: ['dossier', id], enabled: isCitizen, queryFn: () => api<Dossier>(`/api/v1/dossiers/${encodeURIComponent(id)}`) });
  const agencyCode = q.data?.resolvingAgencyCode;
  const agency = useQuery({
    queryKey: ['agency', agencyCode],
    enabled: !!agencyCode,
    queryFn: () => api<AgencyInfo>(`/api/v1/agencies/${encodeURIComponent(agencyCode!)}`),
    staleTime: 600_000,
  });
  const d = q.data;
  usePageTitle(d ? (d.code ? t('dossier.title', { code: d.code }) : t('dossier.titleNoCode')) : t('my.title'), !!q.error);

  if (session.isPending) return <Text role="status">{t('common.loading')}</Text>;
  if (!isCitizen) return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(`/ho-so-cua-toi/${id}`)}`} replace />;
  if (q.error)
    return (
      <Stack>
        <Title order={1}>{t('my.title')}</Title>
        <ErrorAlert error={q.error} />
      </Stack>
    );
  if (!d) return <Text role="status">{t('common.loading')}</Text>;
  const late = isOverdue(d.status, d.dueAt);
  const paused = d.pauses.some((p) => !p.to);
  const forms = availableForms(d);
  const total = d.fees.reduce((s, f) => s + f.amount, 0);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/ho-so-cua-toi">
        ‹ {t('nav.myDossiers')}
      </Anchor>
      <div>
        <Text c="#4a4f55" className="break-words">
          {d.procedure.name}
        </Text>
        <Title order={1} fz={{ base: 22, sm: 30 }} className="break-words">
          {d.code ? (
            <>
              {t('dossier.title', { code: '' })}
              <span className="code-mono">{d.code}</span>
            </>
          ) : (
            t('dossier.titleNoCode')
          )}
        </Title>
        <Group gap="xs" mt="xs">
          <StatusBadge status={d.status} />
          {late && <OverdueBadge />}
        </Group>
      </div>
      {!d.code && <Alert color="blue" variant="outline">{t('dossier.noCodeYet')}</Alert>}
      {late && (
        <Alert color="red" variant="outline" title={t('dossier.overdue')}>
          {t('dossier.dueAt')}: {formatDateTime(d.dueAt)}
        </Alert>
      )}
      {paused && <Alert color="gray" variant="outline">{t('dossier.paused')}</Alert>}
      {d.apologized && <Alert color="yellow" variant="outline">{t('dossier.apologized')}</Alert>}

      <Paper withBorder p="md">
        <Facts
          items={[
            [t('dossier.agency'), agency.data?.name ?? d.resolvingAgencyCode ?? ''],
            [t('dossier.owner'), d.owner.name],
            [t('dossier.submittedAt'), formatDateTime(d.submittedAt) || '—'],
            [t('dossier.receivedAt'), formatDateTime(d.receivedAt) || '—'],
            [t('dossier.dueAt'), formatDateTime(d.dueAt) || '—'],
            [t('dossier.legalStatus'), lang === 'vi' ? d.statusName.vi : d.statusName.en],
          ]}
        />
      </Paper>

      <DossierExtras d={d} />

      <DeclarationSection dossierId={d.id} />

      <section aria-labelledby="docs-heading">
        <Title order={2} size="h3" id="docs-heading" mb="xs">
          {t('dossier.documents')}
        </Title>
        {forms.length ? (
          <List>
            {forms.map((f) => (
              <List.Item key={f}>
                <Anchor href={`/api/v1/dossiers/${d.id}/forms/${f}.pdf`} target="_blank" rel="noopener">
                  {t(`form.${f}` as MessageKey)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text>{t('dossier.noDocuments')}</Text>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <Title order={2} size="h3" id="history-heading" mb="sm">
          {t('dossier.timeline')}
        </Title>
        <Timeline entries={d.history} />
      </section>

      <DossierMessages dossierId={d.id} />

      <section aria-labelledby="papers-heading">
        <Title order={2} size="h3" id="papers-heading" mb="xs">
          {t('dossier.components')}
        </Title>
        <List>
          {d.components.map((c) => (
            <List.Item key={c.seq} className="break-words">
              {c.name}{' '}
              <Text span size="sm" c="#4a4f55">
                ({t('proc.originals')}: {c.originals}; {t('proc.copies')}: {c.certifiedCopies + c.photocopies})
              </Text>
            </List.Item>
          ))}
        </List>
      </section>

      <section aria-labelledby="fees-heading">
        <Title order={2} size="h3" id="fees-heading" mb="xs">
          {t('dossier.fees')}
        </Title>
        {d.fees.length ? (
          <List>
            {d.fees.map((f, i) => (
              <List.Item key={i}>
                {f.name}: <strong>{formatMoney(f.amount, lang)}</strong>
              </List.Item>
            ))}
            {d.fees.length > 1 && <List.Item>{formatMoney(total, lang)}</List.Item>}
          </List>
        ) : (
          <Text>{t('proc.noFee')}</Text>
        )}
      </section>
    </Stack>
  );
}
