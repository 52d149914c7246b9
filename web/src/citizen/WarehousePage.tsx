/**
 * Kho dữ liệu: my documents (type, number, issuer, dates, validity with a word and an icon, provenance, signature),
 * download, hide/unhide, upload my own; and "Ai đã xem dữ liệu của tôi" (the access log) with my consents.
 */
import { useState, type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { Anchor, Badge, Button, Checkbox, Group, Paper, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useSession } from '../api/session.ts';
import type { Page } from '../api/types.ts';
import { ACCEPT, fileUrl, MAX_BYTES, uploadToWarehouse, type AccessEntry, type Consent, type WarehouseDoc } from '../api/warehouse.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDate, formatDateTime } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Facts } from '../components/Facts.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { useNodeRole } from '../api/node.ts';
import { purposeLabel } from '../lib/purpose.ts';

function Validity({ d }: { d: WarehouseDoc }) {
  const { t } = useI18n();
  const [key, icon, bad] =
    d.status === 'revoked' ? ['wh.revoked', '⛔', true] : d.status === 'replaced' ? ['wh.replaced', '↻', true] : d.expired ? ['wh.expired', '⚠', true] : ['wh.valid', '✓', false];
  return (
    <Badge variant="outline" radius="sm" leftSection={<span aria-hidden="true">{icon}</span>} styles={{ root: { textTransform: 'none', color: bad ? '#7f0f0f' : '#1b5e20', borderColor: bad ? '#e57373' : '#81c784' } }}>
      {t(key as MessageKey)}
    </Badge>
  );
}

function UploadForm() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [typeCode, setTypeCode] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const p: Record<string, string> = {};
    if (!name.trim()) p.name = t('wh.nameRequired');
    if (!file) p.file = t('wh.fileRequired');
    else if (file.size > MAX_BYTES) p.file = t('wiz.tooBig');
    else if (file.size === 0) p.file = t('wiz.empty');
    setProblems(p);
    if (Object.keys(p).length || !file) return;
    setError(null);
    setDone(false);
    setProgress(0);
    try {
      await uploadToWarehouse(file, { name: name.trim(), typeCode: typeCode.trim().replace(/[^A-Za-z0-9._-]/g, '') || 'KHAC' }, setProgress);
      setDone(true);
      await qc.invalidateQueries({ queryKey: ['warehouse'] });
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack gap="sm">
        <TextInput label={t('wh.uploadName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.name} maxLength={300} />
        <TextInput label={t('wh.uploadType')} value={typeCode} onChange={(e) => setTypeCode(e.currentTarget.value)} maxLength={50} />
        <label className="file-label">
          <Text size="sm" fw={500}>
            {t('wh.uploadFile')}
          </Text>
          <input type="file" accept={ACCEPT} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} data-testid="wh-file" />
        </label>
        {problems.file && <Text c="#9a1414" size="sm">{problems.file}</Text>}
        {progress !== null && <Progress value={progress * 100} size="lg" aria-label={t('wiz.uploading', { pct: Math.round(progress * 100) })} />}
        {error != null && <ErrorAlert error={error} />}
        {done && <Text c="#1b5e20" fw={600} role="status">✓ {t('wh.uploadDone')}</Text>}
        <div>
          <Button type="submit" loading={progress !== null}>
            {t('wh.uploadButton')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

export default function WarehousePage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const session = useSession();
  // The warehouse lives on the national portal: a ministry's or province's system links there.
  const node = useNodeRole();
  const portalUrl = node.data?.role === 'local' ? node.data.nationalUrl : undefined;
  const isCitizen = !!session.data && session.data.kind !== 'officer' && !!node.data && !portalUrl;
  const [showHidden, setShowHidden] = useState(false);
  const docs = useQuery({ queryKey: ['warehouse', 'docs', showHidden], enabled: isCitizen, queryFn: () => api<Page<WarehouseDoc>>(`/api/v1/my/warehouse/documents?limit=200&includeHidden=${showHidden}`) });
  const log = useQuery({ queryKey: ['warehouse', 'log'], enabled: isCitizen, queryFn: () => api<Page<AccessEntry>>('/api/v1/my/warehouse/access-log?limit=100') });
  const consents = useQuery({ queryKey: ['warehouse', 'consents'], enabled: isCitizen, queryFn: () => api<Page<Consent>>('/api/v1/my/warehouse/consents') });
  const hide = useMutation({
    mutationFn: (v: { id: string; hidden: boolean }) => api(`/api/v1/my/warehouse/documents/${v.id}/visibility`, { method: 'POST', body: { hidden: v.hidden } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['warehouse'] }),
  });
  usePageTitle(t('wh.title'), !!docs.error);
  if (session.isPending || node.isPending) return <Text role="status">{t('common.loading')}</Text>;
  if (portalUrl) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('wh.title')}</Title>
        <Text>{t('wh.onPortal')}</Text>
        <Anchor href={`${portalUrl}/kho-du-lieu`} data-testid="warehouse-on-portal">
          {t('wh.openPortal')}
        </Anchor>
      </Stack>
    );
  }
  if (!isCitizen) return <Navigate to="/dang-nhap?tiep=%2Fkho-du-lieu" replace />;
  const names = new Map((docs.data?.items ?? []).map((d) => [d.id, d.name]));

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('wh.title')}</Title>
        <Text mt="xs">{t('wh.intro')}</Text>
      </div>
      <section aria-labelledby="docs-h">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h3" id="docs-h">
            {t('nav.warehouse')}
          </Title>
          <Checkbox label={t('wh.showHidden')} checked={showHidden} onChange={(e) => setShowHidden(e.currentTarget.checked)} />
        </Group>
        {docs.error && <ErrorAlert error={docs.error} />}
        {hide.error && <ErrorAlert error={hide.error} />}
        {docs.data?.items.length === 0 && <Text>{t('wh.empty')}</Text>}
        <ul className="plain-list">
          {docs.data?.items.map((d) => (
            <li key={d.id} style={{ marginBottom: 12 }}>
              <Paper withBorder p="md" data-testid="wh-doc">
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <Title order={3} size="h4" className="break-words">
                    {d.name}
                  </Title>
                  <Validity d={d} />
                </Group>
                <Facts
                  items={[
                    [t('wh.number'), d.numberSymbol ?? '—'],
                    [t('wh.issuer'), d.issuer.name ?? d.issuer.code ?? '—'],
                    [t('wh.issueDate'), formatDate(d.issueDate) || '—'],
                    [t('wh.validUntil'), d.permanent ? t('wh.permanent') : formatDate(d.validUntil) || '—'],
                    [t('wh.source'), t(`prov.${d.provenance}` as MessageKey)],
                    [t('wh.signature'), (t(`sig.${d.signatureStatus}` as MessageKey) as string | undefined) ?? d.signatureStatus],
                  ]}
                />
                {d.hidden && <Text size="sm" mt="xs">👁 {t('wh.hidden')}</Text>}
                <Group gap="md" mt="sm">
                  <Anchor href={fileUrl(d.id)} target="_blank" rel="noopener">
                    {t('wh.download')}
                    <span className="visually-hidden"> {d.name}</span>
                  </Anchor>
                  <Button variant="subtle" size="compact-md" onClick={() => hide.mutate({ id: d.id, hidden: !d.hidden })}>
                    {d.hidden ? t('wh.unhide') : t('wh.hide')}
                    <span className="visually-hidden"> {d.name}</span>
                  </Button>
                </Group>
              </Paper>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="up-h">
        <Title order={2} size="h3" id="up-h" mb="xs">
          {t('wh.uploadTitle')}
        </Title>
        <Paper withBorder p="md">
          <UploadForm />
        </Paper>
      </section>
      <section aria-labelledby="log-h">
        <Title order={2} size="h3" id="log-h" mb="xs">
          {t('wh.accessTitle')}
        </Title>
        {log.error && <ErrorAlert error={log.error} />}
        {log.data?.items.length === 0 && <Text>{t('wh.accessEmpty')}</Text>}
        <ul className="plain-list" data-testid="access-log">
          {log.data?.items.map((e, i) => (
            <li key={String(e.id ?? i)} style={{ marginBottom: 8 }}>
              <Paper withBorder p="sm">
                <Text fw={600} className="break-words">
                  {e.requesterName ?? e.requesterKind} {e.agencyCode ? `· ${e.agencyCode}` : ''}
                </Text>
                <Text size="sm" className="break-words">
                  {t('wh.purpose')}: {purposeLabel(e.purpose, t)} {e.dossierCode ? `· ${t('wh.dossier')}: ${e.dossierCode}` : ''}
                  {e.documentId && names.get(e.documentId) ? ` · ${names.get(e.documentId)}` : ''}
                </Text>
                <Text size="sm">
                  {formatDateTime(e.at ?? e.createdAt)} ·{' '}
                  <strong style={{ color: e.outcome === 'ok' ? '#1b5e20' : '#7f0f0f' }}>
                    {e.outcome === 'ok' ? `✓ ${t('wh.granted')}` : `✕ ${t('wh.refused')}`}
                  </strong>
                </Text>
                {e.what === 'consent' && e.reason !== 'consent-for-another-persons-document' && (
                  <Text size="sm">
                    {t(e.reason === 'counter-code-sent' ? 'wh.counterCodeSent' : e.reason === 'counter-code-wrong' ? 'wh.counterCodeWrong' : 'wh.counterConsented')}
                  </Text>
                )}
              </Paper>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="con-h">
        <Title order={2} size="h3" id="con-h" mb="xs">
          {t('wh.consentsTitle')}
        </Title>
        {consents.data?.items.length === 0 && <Text>{t('wh.consentsEmpty')}</Text>}
        <ul className="plain-list">
          {consents.data?.items.map((c) => (
            <li key={c.id} style={{ marginBottom: 8 }}>
              <Paper withBorder p="sm">
                <Text fw={600} className="break-words">{purposeLabel(c.purpose, t)}</Text>
                <Text size="sm">
                  {t(`wh.channel.${c.channel}` as MessageKey)} · {c.agencyCode} · {formatDateTime(c.createdAt)} ·{' '}
                  <strong>{c.withdrawnAt ? `✕ ${t('wh.withdrawn')}` : `✓ ${t('wh.active')}`}</strong>
                </Text>
              </Paper>
            </li>
          ))}
        </ul>
      </section>
    </Stack>
  );
}
