/** After "Gửi hồ sơ" on a portal-only node: the submission is on its way to the hosting system (no code yet). */
import { Link } from 'react-router';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';

export function Forwarded({ reference, system, expectedAt, onNew }: { reference: string; system: string; expectedAt: string | null; onNew: () => void }) {
  const { t } = useI18n();
  return (
    <Stack>
      <Paper p="lg" bg="#00703c" c="white" role="status">
        <Title order={1} c="white">
          {t('submit.forwarded', { node: system })}
        </Title>
        <Text mt="xs">{t('submit.submissionId')}</Text>
        <Text className="code-mono break-words" fz={22} fw={700} data-testid="submission-id">
          {reference}
        </Text>
        {expectedAt && (
          <Text mt="xs" data-testid="expected-at">
            {t('my.portal.expected')}: <strong>{formatDateTime(expectedAt)}</strong>
          </Text>
        )}
      </Paper>
      <Text>{t('submit.forwardedNext', { node: system })}</Text>
      <div>
        <Button component={Link} to="/ho-so-cua-toi" onClick={onNew}>
          {t('submit.follow')}
        </Button>
      </div>
    </Stack>
  );
}
