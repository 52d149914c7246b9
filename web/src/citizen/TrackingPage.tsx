/** Public tracking by dossier code (also the target of the QR code on the receipt): no login, personal data masked. */
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import type { Tracking } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { isOverdue } from '../lib/dossier.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { OverdueBadge, StatusBadge } from '../components/Badges.tsx';
import { Facts } from '../components/Facts.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';

/** Codes are typed from paper: drop spaces, upper-case the node letter. */
function normaliseCode(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

export default function TrackingPage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState(code);
  const [missing, setMissing] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const q = useQuery({
    queryKey: ['tracking', code],
    enabled: !!code,
    queryFn: () => api<Tracking>(`/api/v1/tracking/${encodeURIComponent(code)}`),
  });
  const notFound = q.error instanceof ApiError && q.error.status === 404;
  usePageTitle(code ? `${t('track.title')}: ${code}` : t('track.title'), missing || !!q.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = normaliseCode(text);
    setMissing(!c);
    if (!c) {
      inputRef.current?.focus();
      return;
    }
    void navigate(`/tra-cuu/${encodeURIComponent(c)}`);
  };
  const d = q.data;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('track.title')}</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <TextInput
            ref={inputRef}
            id="dossier-code"
            label={t('track.codeLabel')}
            description={t('track.codeHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={missing ? t('track.required') : undefined}
            autoComplete="off"
            spellCheck={false}
            maxLength={60}
            size="lg"
            classNames={{ input: 'code-mono' }}
          />
          <Button type="submit" mt="sm" size="lg">
            {t('track.submit')}
          </Button>
        </form>
      </Paper>

      {code && q.isPending && <Text role="status">{t('common.loading')}</Text>}
      {notFound && <ErrorAlert error={q.error} message={t('track.notFound', { code })} />}
      {q.error && !notFound && <ErrorAlert error={q.error} />}
      {d && (
        <section aria-labelledby="result-heading">
          <Paper withBorder p="md">
            <Stack gap="md">
              <div>
                <Text size="sm" c="#4a4f55" className="break-words">
                  {d.procedure.name}
                </Text>
                <Title order={2} size="h3" id="result-heading" className="code-mono">
                  {d.code}
                </Title>
                <Group gap="xs" mt="xs">
                  <StatusBadge status={d.status} />
                  {isOverdue(d.status, d.dueAt) && <OverdueBadge />}
                </Group>
              </div>
              <Facts
                items={[
                  [t('dossier.owner'), d.owner],
                  [t('dossier.agency'), d.agency?.name ?? '—'],
                  [t('dossier.receivedAt'), formatDateTime(d.receivedAt) || '—'],
                  [t('dossier.dueAt'), formatDateTime(d.dueAt) || '—'],
                  ...(d.resultAt ? [[t('dossier.resultAt'), formatDateTime(d.resultAt)] as [string, string]] : []),
                  ...(d.returnedAt ? [[t('dossier.returnedAt'), formatDateTime(d.returnedAt)] as [string, string]] : []),
                  [t('dossier.legalStatus'), lang === 'vi' ? d.statusName.vi : d.statusName.en],
                ]}
              />
              <Text size="sm" c="#4a4f55">
                {t('track.masked')}
              </Text>
              <div>
                <Title order={3} size="h4" mb="sm">
                  {t('dossier.timeline')}
                </Title>
                <Timeline entries={d.timeline} />
              </div>
            </Stack>
          </Paper>
        </section>
      )}
    </Stack>
  );
}
