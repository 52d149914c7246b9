/**
 * Electronic results of a dossier: issue (a dialog with the result's metadata → the server renders, signs and
 * registers the PDF, records the result on the dossier and deposits it into the owner's warehouse), the list with
 * the verification codes and downloads, and revocation with a reason.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Procedure } from '../api/types.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDate } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Section } from './DossierSections.tsx';
import { useOfficer } from './OfficerLayout.tsx';
import { hasRole } from './roles.ts';
import type { OfficerDossier } from './types.ts';

interface Result {
  id: string;
  resultTypeName: string;
  numberSymbol: string;
  issueDate: string;
  signerName: string;
  status: 'valid' | 'replaced' | 'revoked';
  revokedReason: string | null;
  verificationCode: string;
}

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

function IssueDialog({ d, onClose, onDone }: { d: OfficerDossier; onClose: () => void; onDone: (r: Result) => void }) {
  const { t } = useI18n();
  const officer = useOfficer();
  const proc = useQuery({ queryKey: ['procedure', d.procedure.code], queryFn: () => api<Procedure>(`/api/v1/procedures/${d.procedure.code}`), staleTime: 600_000 });
  const first = proc.data?.results[0];
  const [f, setF] = useState({ code: '', name: '', numberSymbol: '', abstract: '', signerName: officer?.name ?? '', position: '', issueDate: today(), permanent: true, validUntil: '', scope: '', content: '' });
  const code = f.code || first?.code || 'KQ';
  const name = f.name || first?.name || '';
  const [invalid, setInvalid] = useState<string | null>(null);
  const issue = useMutation({
    mutationFn: () =>
      api<Result>(`/api/v1/dossiers/${d.id}/results`, {
        method: 'POST',
        body: {
          expectedVersion: d.version,
          resultTypeCode: code.trim(),
          resultTypeName: name.trim().normalize('NFC'),
          numberSymbol: f.numberSymbol.trim(),
          abstract: f.abstract.trim().normalize('NFC'),
          signerName: f.signerName.trim().normalize('NFC'),
          signerPosition: f.position.split('\n').map((l) => l.trim().normalize('NFC')).filter(Boolean).slice(0, 4),
          issueDate: f.issueDate,
          content: f.content.split(/\n\s*\n|\n/).map((l) => l.trim().normalize('NFC')).filter(Boolean).slice(0, 50),
          permanent: f.permanent,
          ...(!f.permanent && f.validUntil ? { validUntil: f.validUntil } : {}),
          ...(f.scope.trim() ? { scope: f.scope.trim().normalize('NFC') } : {}),
        },
      }),
    onSuccess: onDone,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = [
      [name, 'o.res.typeName'],
      [f.numberSymbol, 'o.res.number'],
      [f.abstract, 'o.res.abstract'],
      [f.signerName, 'o.res.signer'],
      [f.position, 'o.res.position'],
      [f.issueDate, 'o.res.issueDate'],
      [f.content, 'o.res.content'],
    ].filter(([v]) => !v!.trim());
    const bad = missing.length ? t('o.res.missing', { fields: missing.map(([, k]) => t(k as MessageKey)).join(', ') }) : !f.permanent && !f.validUntil ? t('o.res.validUntilRequired') : null;
    setInvalid(bad);
    if (!bad) issue.mutate();
  };
  const text = (k: keyof typeof f, label: MessageKey, max: number, value?: string) => (
    <TextInput label={t(label)} value={value ?? (f[k] as string)} onChange={(e) => setF({ ...f, [k]: e.currentTarget.value })} maxLength={max} />
  );
  return (
    <Modal opened onClose={onClose} title={t('o.res.issue')} size="lg" closeButtonProps={{ 'aria-label': t('o.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {invalid && (
            <Alert color="red" variant="outline" role="alert" title={`${t('common.error')}: ${invalid}`}>
              {null}
            </Alert>
          )}
          {issue.error && <ErrorAlert error={issue.error} />}
          <Text size="sm">{t('o.res.help')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('code', 'o.res.typeCode', 100, code)}
            {text('name', 'o.res.typeName', 500, name)}
            {text('numberSymbol', 'o.res.number', 100)}
            <TextInput type="date" label={t('o.res.issueDate')} value={f.issueDate} onChange={(e) => setF({ ...f, issueDate: e.currentTarget.value })} />
            {text('signerName', 'o.res.signer', 200)}
            <Textarea label={t('o.res.position')} description={t('o.res.positionHint')} value={f.position} onChange={(e) => setF({ ...f, position: e.currentTarget.value })} maxLength={800} autosize minRows={1} />
          </SimpleGrid>
          <Textarea label={t('o.res.abstract')} value={f.abstract} onChange={(e) => setF({ ...f, abstract: e.currentTarget.value })} maxLength={2000} autosize minRows={2} />
          <Textarea label={t('o.res.content')} description={t('o.res.contentHint')} value={f.content} onChange={(e) => setF({ ...f, content: e.currentTarget.value })} maxLength={20000} autosize minRows={3} />
          <Checkbox label={t('o.dig.permanent')} checked={f.permanent} onChange={(e) => setF({ ...f, permanent: e.currentTarget.checked })} />
          {!f.permanent && <TextInput type="date" label={t('o.dig.validUntil')} value={f.validUntil} onChange={(e) => setF({ ...f, validUntil: e.currentTarget.value })} w={220} />}
          {text('scope', 'o.res.scope', 500)}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('o.cancel')}
            </Button>
            <Button type="submit" loading={issue.isPending}>
              {t('o.res.sign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

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

export function ResultsPanel({ d, onIssued }: { d: OfficerDossier; onIssued: () => void }) {
  const { t } = useI18n();
  const officer = useOfficer();
  const qc = useQueryClient();
  const results = useQuery({ queryKey: ['o-results', d.id], queryFn: () => api<Result[]>(`/api/v1/dossiers/${d.id}/results`) });
  const [dialog, setDialog] = useState<'issue' | Result | null>(null);
  const worker = hasRole(officer, 'specialist', 'leader');
  const list = results.data ?? [];
  const mayIssue = worker && d.allowedActions.includes('record_result') && !list.length;
  if (!mayIssue && !list.length) return null;
  return (
    <Section title={t('o.res.title')}>
      <Stack gap="sm">
        {results.error && <ErrorAlert error={results.error} />}
        {list.map((r) => (
          <Stack key={r.id} gap={2} data-testid="result-row">
            <Group gap="xs">
              <Text fw={700} className="break-words">
                {r.resultTypeName} — {r.numberSymbol}
              </Text>
              <Badge color={r.status === 'valid' ? '#1b5e20' : '#9b1c1c'} variant="outline">
                {t(`o.res.status.${r.status}` as MessageKey)}
              </Badge>
            </Group>
            <Text size="sm">
              {formatDate(r.issueDate)} · {r.signerName}
            </Text>
            <Text size="sm">
              {t('o.dig.code')}: <strong className="code-mono" data-testid="result-code">{r.verificationCode}</strong>
            </Text>
            {r.revokedReason && <Text size="sm">{t('o.res.revokedReason', { reason: r.revokedReason })}</Text>}
            <Group gap="sm">
              <Anchor href={`/api/v1/dossiers/${d.id}/results/${r.id}/pdf`} target="_blank" rel="noopener" size="sm" underline="always">
                {t('o.res.download')}
              </Anchor>
              {worker && r.status === 'valid' && (
                <Button size="compact-sm" variant="default" onClick={() => setDialog(r)}>
                  {t('o.res.revoke')}
                </Button>
              )}
            </Group>
          </Stack>
        ))}
        {mayIssue && (
          <Button onClick={() => setDialog('issue')} w="fit-content">
            {t('o.res.issue')}
          </Button>
        )}
      </Stack>
      {dialog === 'issue' && (
        <IssueDialog
          d={d}
          onClose={() => setDialog(null)}
          onDone={(r) => {
            qc.setQueryData(['o-results', d.id], [r]);
            setDialog(null);
            onIssued();
          }}
        />
      )}
      {dialog && dialog !== 'issue' && <RevokeDialog d={d} r={dialog} onClose={() => setDialog(null)} />}
    </Section>
  );
}
