/** The ends of a counter reception: the list of what to fix (each a link to its field), or the dossier code, the appointment and the signed receipt (form 01) to print. */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import type { FieldKey } from './reception.ts';
import type { OfficerDossier } from './types.ts';

export function Receipt({ dossier, onNext }: { dossier: OfficerDossier; onNext: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Paper withBorder p="lg" style={{ borderColor: '#1b5e20', borderWidth: 2 }}>
      <Stack>
        <Title order={2} ref={ref} tabIndex={-1}>
          {t('o.rec.done')}
        </Title>
        <Text>{t('my.code')}</Text>
        <Text fz={28} fw={700} className="code-mono" data-testid="dossier-code">
          {dossier.code}
        </Text>
        <Text>
          {t('dossier.dueAt')}: <strong>{formatDateTime(dossier.dueAt)}</strong>
        </Text>
        <Group>
          <Button component="a" href={`/api/v1/dossiers/${dossier.id}/forms/receipt.pdf`} target="_blank" rel="noopener">
            {t('o.rec.printReceipt')}
          </Button>
          <Anchor component={Link} to={`/can-bo/ho-so/${dossier.id}`}>
            {t('o.rec.openDossier')}
          </Anchor>
          <Button variant="default" onClick={onNext}>
            {t('o.rec.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function ErrorSummary({ errors }: { errors: Partial<Record<FieldKey, string>> }) {
  const { t } = useI18n();
  return (
    <Alert color="red" variant="outline" role="alert" title={t('submit.errorsTitle')}>
      <ul style={{ margin: 0 }}>
        {Object.entries(errors).map(([k, v]) => (
          <li key={k}>
            {/* a target of at least 24 px (WCAG 2.5.8): the links stand one under the other */}
            <a href={`#rec-${k}`} style={{ display: 'inline-block', minHeight: 24, paddingBlock: 2 }}>
              {v}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
