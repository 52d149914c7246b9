/** After "Gửi hồ sơ": attach the uploaded files to the new dossier (retryable), then the confirmation panel. */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { Draft } from './draft.ts';

export function Receipt({ draft, update, onNew }: { draft: Draft; update: (p: Partial<Draft>) => void; onNew: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const pending = draft.pendingAttach ?? [];
  const attach = async () => {
    setBusy(true);
    setError(null);
    let left = [...pending];
    try {
      for (const a of pending) {
        await api(`/api/v1/my/dossiers/${draft.dossierId}/components/${a.seq}/attachments`, { method: 'POST', body: { documentId: a.documentId } });
        left = left.filter((x) => x !== a);
      }
    } catch (e) {
      setError(e);
    } finally {
      update({ pendingAttach: left });
      setBusy(false);
    }
  };
  useEffect(() => {
    if (pending.length) void attach();
  }, []);
  return (
    <Stack>
      <Paper p="lg" bg="#00703c" c="white" role="status">
        <Title order={1} c="white">
          {t('submit.done')}
        </Title>
        <Text mt="xs">{t('submit.doneCode')}</Text>
        <Text className="code-mono break-words" fz={22} fw={700} data-testid="receipt-code">
          {draft.dossierCode ?? draft.dossierId}
        </Text>
      </Paper>
      {error != null && (
        <>
          <ErrorAlert error={error} message={t('wiz.attachFailed')} />
          <div>
            <Button variant="outline" onClick={() => void attach()} loading={busy}>
              {t('common.retry')}
            </Button>
          </div>
        </>
      )}
      {!draft.dossierCode && <Text>{t('dossier.noCodeYet')}</Text>}
      <Text>{t('submit.next')}</Text>
      <div>
        <Button component={Link} to={`/ho-so-cua-toi/${draft.dossierId}`} onClick={onNew} disabled={busy}>
          {t('submit.follow')}
        </Button>
      </div>
      <Anchor component={Link} to={`/ho-so-cua-toi/${draft.dossierId}`} onClick={onNew}>
        {t('wiz.receiptLink')}
      </Anchor>
    </Stack>
  );
}
