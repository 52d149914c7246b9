/**
 * The end of a counter reception for another system's agency (issue 13.10): one action ("Tiếp nhận hồ sơ") forwards
 * the dossier with its scans; then the counter waits for the competent system — "đang chờ" with the short reference
 * to give the person — and, once that system answers, shows its dossier code and appointment date and prints
 * Form 01 (GET /api/v1/forwarded-dossiers/:id/receipt.pdf).
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import type { ForwardedDossier } from './types.ts';

export function ForwardedReceipt({ forwarded, onNext }: { forwarded: ForwardedDossier; onNext: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const q = useQuery({
    queryKey: ['forwarded', forwarded.id],
    queryFn: () => api<ForwardedDossier>(`/api/v1/forwarded-dossiers/${forwarded.id}`),
    initialData: forwarded,
    refetchInterval: (query) => (query.state.data?.remote.code ? false : 2000),
  });
  const f = q.data;
  const system = f.targetName ?? f.targetNode;
  return (
    <Paper withBorder p="lg" style={{ borderColor: '#1b5e20', borderWidth: 2 }} data-testid="forwarded">
      <Stack>
        <Title order={2} ref={ref} tabIndex={-1}>
          {t('o.rec.done')}
        </Title>
        <Text>{t('o.cross.receivedFor', { agency: f.resolvingAgencyName ?? f.resolvingAgencyCode, system })}</Text>
        {f.remote.code ? (
          <>
            <Text>{t('my.code')}</Text>
            <Text fz={28} fw={700} className="code-mono" data-testid="dossier-code">
              {f.remote.code}
            </Text>
            {f.remote.dueAt && (
              <Text>
                {t('dossier.dueAt')}: <strong data-testid="due-at">{formatDateTime(f.remote.dueAt)}</strong>
              </Text>
            )}
          </>
        ) : (
          <Group gap="xs" aria-live="polite" data-testid="forwarded-pending">
            <Loader size="xs" aria-hidden />
            <Text>
              {t('o.cross.waiting', { system })} {t('o.cross.reference')}: <strong className="code-mono">{f.reference}</strong>
            </Text>
          </Group>
        )}
        <Group>
          {f.remote.code ? (
            <Button component="a" href={`/api/v1/forwarded-dossiers/${f.id}/receipt.pdf`} target="_blank" rel="noopener">
              {t('o.rec.printReceipt')}
            </Button>
          ) : null}
          <Anchor component={Link} to="/can-bo/chuyen-he-thong">
            {t('o.fwd.title')}
          </Anchor>
          <Button variant="default" onClick={onNext}>
            {t('o.rec.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
