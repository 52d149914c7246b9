/**
 * The owner's satisfaction evaluation of a returned dossier: every question of the questionnaire in force
 * (GET /api/v1/evaluation/criteria) with its answers, none chosen in advance; sent only when each is answered.
 * Afterwards the page shows the answers as recorded, in the words they were chosen in.
 */
import { useState } from 'react';
import { Button, List, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/index.tsx';

interface Label {
  vi: string;
  en: string;
}
interface Questionnaire {
  code: string;
  criteria: (Label & { code: string; options: (Label & { value: number })[] })[];
}
interface Recorded {
  scores: (Label & { code: string; value: number; label: string })[];
}

/** `via`: the dossier is held by another system (portal-only node): the portal relays to it (issue 13.11). */
export function Evaluation({ dossierId, via }: { dossierId: string; via?: string }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [comments, setComments] = useState('');
  const [missing, setMissing] = useState(false);
  const words = (l: Label) => (lang === 'vi' ? l.vi : l.en);
  const url = via ? `/api/v1/portal/systems/${via}/dossiers/${dossierId}/evaluation` : `/api/v1/dossiers/${dossierId}/evaluation`;
  const questionnaire = useQuery({
    queryKey: ['evaluation-criteria', via ?? ''],
    queryFn: () => api<Questionnaire>(via ? `/api/v1/portal/systems/${via}/evaluation/criteria` : '/api/v1/evaluation/criteria'),
  });
  const existing = useQuery({
    queryKey: ['evaluation', dossierId],
    queryFn: async () => {
      try {
        return await api<Recorded>(url);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
  const criteria = questionnaire.data?.criteria ?? [];
  const unanswered = criteria.filter((c) => answers[c.code] === undefined).length;
  const send = useMutation({
    mutationFn: () =>
      api(url, {
        method: 'POST',
        body: {
          scores: Object.fromEntries(criteria.map((c) => [c.code, Number(answers[c.code])])),
          ...(comments.trim() ? { comments: comments.trim() } : {}),
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['evaluation', dossierId] }),
  });
  const submit = () => {
    const complete = criteria.length > 0 && criteria.every((c) => answers[c.code] !== undefined);
    setMissing(!complete);
    if (complete) send.mutate();
  };

  return (
    <section aria-labelledby="eval-h">
      <Title order={2} size="h3" id="eval-h" mb="xs">
        {t('deval.title')}
      </Title>
      {existing.data ? (
        <>
          <Text fw={600}>✓ {t('deval.thanks')}</Text>
          <List size="sm" data-testid="evaluation-recorded">
            {existing.data.scores.map((s) => (
              <List.Item key={s.code}>
                {words(s)}: <strong>{s.label}</strong>
              </List.Item>
            ))}
          </List>
        </>
      ) : questionnaire.error ? (
        <ErrorAlert error={questionnaire.error} />
      ) : (
        <Stack gap="sm" align="flex-start">
          {criteria.map((c, i) => (
            <Radio.Group
              key={c.code}
              label={`${i + 1}. ${words(c)}`}
              value={answers[c.code] ?? null}
              onChange={(v) => setAnswers((a) => ({ ...a, [c.code]: v }))}
              error={missing && answers[c.code] === undefined ? t('deval.answerThis') : undefined}
            >
              <Stack gap={4} mt={4}>
                {c.options.map((o) => (
                  <Radio key={o.value} value={String(o.value)} label={words(o)} />
                ))}
              </Stack>
            </Radio.Group>
          ))}
          <Textarea label={t('deval.comments')} value={comments} onChange={(e) => setComments(e.currentTarget.value)} maxLength={2000} w="100%" />
          {missing && unanswered > 0 && (
            <Text c="red.9" size="sm" role="alert">
              {t('deval.answerAll')}
            </Text>
          )}
          {send.error && <ErrorAlert error={send.error} />}
          <Button onClick={submit} loading={send.isPending} disabled={criteria.length === 0}>
            {t('deval.send')}
          </Button>
        </Stack>
      )}
    </section>
  );
}
