/**
 * "Từ chối tiếp nhận" at the counter (Circular 03/2025, Form 03): the officer writes the reasons, one per line; the
 * dossier is recorded refused with its code and the signed Form 03 is printed for the person.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { OfficerDossier } from './types.ts';

export function RefusalPanel({ body, ready, onNext }: { body: () => Record<string, unknown>; ready: boolean; onNext: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const reasons = text.split('\n').map((r) => r.trim()).filter(Boolean);
  const refuse = useMutation({
    mutationFn: () =>
      api<OfficerDossier>('/api/v1/dossiers/refusals', {
        method: 'POST',
        body: { channel: 'counter', ...body(), reasons: reasons.map((r) => r.normalize('NFC').slice(0, 2000)) },
      }),
  });
  if (refuse.data) return <Refused dossier={refuse.data} onNext={onNext} />;
  if (!open)
    return (
      <Group>
        <Button variant="outline" color="gov" onClick={() => setOpen(true)} disabled={!ready}>
          {t('o.rec.refuse')}
        </Button>
      </Group>
    );
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('o.rec.refuseTitle')}
        </Title>
        <Textarea
          id="rec-refusal-reasons"
          label={t('o.rec.refuseReasons')}
          description={t('o.rec.refuseReasonsHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={missing && reasons.length === 0 ? t('o.rec.refuseReasonRequired') : undefined}
          autosize
          minRows={3}
          maxLength={4000}
          required
        />
        {refuse.error && <ErrorAlert error={refuse.error} />}
        <Group>
          <Button
            color="red"
            loading={refuse.isPending}
            onClick={() => {
              setMissing(true);
              if (reasons.length) refuse.mutate();
            }}
          >
            {t('o.rec.refuseSubmit')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('o.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Refused({ dossier, onNext }: { dossier: OfficerDossier; onNext: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Paper withBorder p="lg" style={{ borderColor: '#b71c1c', borderWidth: 2 }}>
      <Stack>
        <Title order={2} ref={ref} tabIndex={-1}>
          {t('o.rec.refused')}
        </Title>
        <Text>{t('my.code')}</Text>
        <Text fz={28} fw={700} className="code-mono" data-testid="dossier-code">
          {dossier.code}
        </Text>
        <Group>
          <Button component="a" href={`/api/v1/dossiers/${dossier.id}/forms/refusal.pdf`} target="_blank" rel="noopener">
            {t('o.rec.printRefusal')}
          </Button>
          <Button variant="default" onClick={onNext}>
            {t('o.rec.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
