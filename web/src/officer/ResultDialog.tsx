/**
 * The dialog that issues an electronic result, or replaces a valid one (same fields plus the reason; the old
 * result's metadata is pre-filled — the signer's position and the text are not returned by the API, so they are
 * typed again). The server renders, signs and registers the PDF and deposits it into the owner's warehouse.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Procedure } from '../api/types.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useOfficer } from './OfficerLayout.tsx';
import type { OfficerDossier } from './types.ts';
import { VnDateInput } from '../components/VnDateInput.tsx';

export interface Result {
  id: string;
  resultTypeCode: string;
  resultTypeName: string;
  numberSymbol: string;
  abstract: string;
  issueDate: string;
  signerName: string;
  signerPosition?: string[];
  permanent: boolean;
  validUntil: string | null;
  scope: string | null;
  status: 'valid' | 'replaced' | 'revoked';
  replacesId: string | null;
  replacedBy: string | null;
  revokedReason: string | null;
  changedAt: string | null;
  verificationCode: string;
}

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

export function ResultDialog({ d, replacing, onClose, onDone }: { d: OfficerDossier; replacing?: Result; onClose: () => void; onDone: (r: Result) => void }) {
  const { t } = useI18n();
  const officer = useOfficer();
  const proc = useQuery({ queryKey: ['procedure', d.procedure.code], queryFn: () => api<Procedure>(`/api/v1/procedures/${d.procedure.code}`), staleTime: 600_000 });
  const first = proc.data?.results[0];
  const old = replacing;
  const [f, setF] = useState({
    code: old?.resultTypeCode ?? '',
    name: old?.resultTypeName ?? '',
    numberSymbol: old?.numberSymbol ?? '',
    abstract: old?.abstract ?? '',
    signerName: old?.signerName ?? officer?.name ?? '',
    position: old?.signerPosition?.join('\n') ?? '',
    issueDate: today(),
    permanent: old?.permanent ?? true,
    validUntil: old?.validUntil ?? '',
    scope: old?.scope ?? '',
    content: '',
    reason: '',
  });
  const code = f.code || first?.code || 'KQ';
  const name = f.name || first?.name || '';
  const [invalid, setInvalid] = useState<string | null>(null);
  const issue = useMutation({
    mutationFn: () => {
      const fields = {
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
      };
      return old
        ? api<Result>(`/api/v1/dossiers/${d.id}/results/${old.id}/replace`, { method: 'POST', body: { ...fields, reason: f.reason.trim().normalize('NFC') } })
        : api<Result>(`/api/v1/dossiers/${d.id}/results`, { method: 'POST', body: { ...fields, expectedVersion: d.version } });
    },
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
      ...(old ? [[f.reason, 'o.res.replaceReason']] : []),
    ].filter(([v]) => !v!.trim());
    const bad = missing.length ? t('o.res.missing', { fields: missing.map(([, k]) => t(k as MessageKey)).join(', ') }) : !f.permanent && !f.validUntil ? t('o.res.validUntilRequired') : null;
    setInvalid(bad);
    if (!bad) issue.mutate();
  };
  const text = (k: keyof typeof f, label: MessageKey, max: number, value?: string) => (
    <TextInput label={t(label)} value={value ?? (f[k] as string)} onChange={(e) => setF({ ...f, [k]: e.currentTarget.value })} maxLength={max} />
  );
  return (
    <Modal opened onClose={onClose} title={old ? t('o.res.replace') : t('o.res.issue')} size="lg" closeButtonProps={{ 'aria-label': t('o.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {invalid && (
            <Alert color="red" variant="outline" role="alert" title={`${t('common.error')}: ${invalid}`}>
              {null}
            </Alert>
          )}
          {issue.error && <ErrorAlert error={issue.error} />}
          <Text size="sm">{old ? t('o.res.replaceHelp', { n: old.numberSymbol }) : t('o.res.help')}</Text>
          {old && <Textarea label={t('o.res.replaceReason')} value={f.reason} onChange={(e) => setF({ ...f, reason: e.currentTarget.value })} maxLength={2000} autosize minRows={2} data-autofocus />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('code', 'o.res.typeCode', 100, code)}
            {text('name', 'o.res.typeName', 500, name)}
            {text('numberSymbol', 'o.res.number', 100)}
            <VnDateInput label={t('o.res.issueDate')} value={f.issueDate} onChange={(v) => setF({ ...f, issueDate: v })} />
            {text('signerName', 'o.res.signer', 200)}
            <Textarea label={t('o.res.position')} description={t('o.res.positionHint')} value={f.position} onChange={(e) => setF({ ...f, position: e.currentTarget.value })} maxLength={800} autosize minRows={1} />
          </SimpleGrid>
          <Textarea label={t('o.res.abstract')} value={f.abstract} onChange={(e) => setF({ ...f, abstract: e.currentTarget.value })} maxLength={2000} autosize minRows={2} />
          <Textarea label={t('o.res.content')} description={t('o.res.contentHint')} value={f.content} onChange={(e) => setF({ ...f, content: e.currentTarget.value })} maxLength={20000} autosize minRows={3} />
          <Checkbox label={t('o.dig.permanent')} checked={f.permanent} onChange={(e) => setF({ ...f, permanent: e.currentTarget.checked })} />
          {!f.permanent && <VnDateInput label={t('o.dig.validUntil')} value={f.validUntil} onChange={(v) => setF({ ...f, validUntil: v })} w={220} />}
          {text('scope', 'o.res.scope', 500)}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('o.cancel')}
            </Button>
            <Button type="submit" loading={issue.isPending}>
              {old ? t('o.res.replaceSign') : t('o.res.sign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
