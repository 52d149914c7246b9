/**
 * Electronic results of a dossier: issue and replace (ResultDialog.tsx), the list with each result's status
 * (valid / replaced / revoked), the link between a replaced result and its replacement, the verification codes
 * and downloads, and revocation with a reason.
 */
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { ResultDialog, type Result } from './ResultDialog.tsx';
import { formatDate } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Section } from './DossierSections.tsx';
import { useOfficer } from './OfficerLayout.tsx';
import { hasRole } from './roles.ts';
import type { OfficerDossier } from './types.ts';

function RevokeDialog({ d, r, onClose }: { d: OfficerDossier; r: Result; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const revoke = useMutation({
    mutationFn: () => api<Result>(`/api/v1/dossiers/${d.id}/results/${r.id}/revoke`, { method: 'POST', body: { reason: reason.trim().normalize('NFC') } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['o-results', d.id] });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('o.res.revoke')} closeButtonProps={{ 'aria-label': t('o.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setInvalid(!reason.trim());
          if (reason.trim()) revoke.mutate();
        }}
        noValidate
      >
        <Stack>
          {invalid && (
            <Alert color="red" variant="outline" role="alert" title={`${t('common.error')}: ${t('o.act.reasonRequired')}`}>
              {null}
            </Alert>
          )}
          {revoke.error && <ErrorAlert error={revoke.error} />}
          <Text size="sm">{t('o.res.revokeHelp', { n: r.numberSymbol })}</Text>
          <Textarea label={t('o.act.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} autosize minRows={2} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('o.cancel')}
            </Button>
            <Button type="submit" color="red" loading={revoke.isPending}>
              {t('o.res.revoke')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const statusColor = { valid: '#1b5e20', replaced: '#7a4d00', revoked: '#9b1c1c' } as const;

type Dialog = { kind: 'issue' } | { kind: 'replace'; r: Result } | { kind: 'revoke'; r: Result };

export function ResultsPanel({ d, onIssued, onReplaced }: { d: OfficerDossier; onIssued: () => void; onReplaced: () => void }) {
  const { t } = useI18n();
  const officer = useOfficer();
  const qc = useQueryClient();
  const results = useQuery({ queryKey: ['o-results', d.id], queryFn: () => api<Result[]>(`/api/v1/dossiers/${d.id}/results`) });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const worker = hasRole(officer, 'specialist', 'leader');
  const list = results.data ?? [];
  const byId = new Map(list.map((r) => [r.id, r]));
  const mayIssue = worker && d.allowedActions.includes('record_result') && !list.length;
  if (!mayIssue && !list.length) return null;
  const ref = (id: string | null) => (id ? byId.get(id) : undefined);
  return (
    <Section title={t('o.res.title')}>
      <Stack gap="sm">
        {results.error && <ErrorAlert error={results.error} />}
        {list.map((r) => (
          <Stack key={r.id} gap={2} data-testid="result-row" id={`result-${r.id}`}>
            <Group gap="xs">
              <Text fw={700} className="break-words">
                {r.resultTypeName} — {r.numberSymbol}
              </Text>
              <Badge color={statusColor[r.status]} variant="outline" data-testid="result-status">
                {t(`o.res.status.${r.status}` as MessageKey)}
              </Badge>
            </Group>
            <Text size="sm">
              {formatDate(r.issueDate)} · {r.signerName}
            </Text>
            <Text size="sm">
              {t('o.dig.code')}: <strong className="code-mono" data-testid="result-code">{r.verificationCode}</strong>
            </Text>
            {ref(r.replacedBy) && (
              <Text size="sm" data-testid="result-replaced-by">
                {t('o.res.replacedBy')}{' '}
                <Anchor href={`#result-${r.replacedBy}`} underline="always">
                  {ref(r.replacedBy)!.numberSymbol}
                </Anchor>
              </Text>
            )}
            {ref(r.replacesId) && (
              <Text size="sm" data-testid="result-replaces">
                {t('o.res.replaces')}{' '}
                <Anchor href={`#result-${r.replacesId}`} underline="always">
                  {ref(r.replacesId)!.numberSymbol}
                </Anchor>
              </Text>
            )}
            {r.revokedReason && <Text size="sm">{t('o.res.revokedReason', { reason: r.revokedReason })}</Text>}
            <Group gap="sm">
              <Anchor href={`/api/v1/dossiers/${d.id}/results/${r.id}/pdf`} target="_blank" rel="noopener" size="sm" underline="always">
                {t('o.res.download')}
              </Anchor>
              {worker && r.status === 'valid' && (
                <>
                  <Button size="compact-sm" variant="default" onClick={() => setDialog({ kind: 'replace', r })}>
                    {t('o.res.replace')}
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => setDialog({ kind: 'revoke', r })}>
                    {t('o.res.revoke')}
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        ))}
        {mayIssue && (
          <Button onClick={() => setDialog({ kind: 'issue' })} w="fit-content">
            {t('o.res.issue')}
          </Button>
        )}
      </Stack>
      {dialog?.kind === 'issue' && (
        <ResultDialog
          d={d}
          onClose={() => setDialog(null)}
          onDone={(r) => {
            qc.setQueryData(['o-results', d.id], [r]);
            setDialog(null);
            onIssued();
          }}
        />
      )}
      {dialog?.kind === 'replace' && (
        <ResultDialog
          d={d}
          replacing={dialog.r}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            onReplaced();
            void qc.invalidateQueries({ queryKey: ['o-results', d.id] });
          }}
        />
      )}
      {dialog?.kind === 'revoke' && <RevokeDialog d={d} r={dialog.r} onClose={() => setDialog(null)} />}
    </Section>
  );
}
