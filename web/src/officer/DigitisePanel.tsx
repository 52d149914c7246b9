/**
 * Digitisation at reception (one-stop officers and leaders, dossier status 1 or 2): per paper component, upload
 * scans or photos (several at once, each with a progress bar), see the pages, remove one, enter the metadata
 * (number and symbol, issuer, issue date, validity, scope, abstract) and "Số hóa" → the signed digitised copy with
 * its verification code, deposited by the server into the owner's warehouse.
 */
import { useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Image,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Section } from './DossierSections.tsx';
import { uploadRaw } from '../api/upload.ts';
import type { OfficerDossier } from './types.ts';
import { VnDateInput } from '../components/VnDateInput.tsx';

interface Scan {
  id: string;
  position: number;
  fileName: string;
  mime: string;
  size: number;
  pages: number;
}
interface Digitisation {
  pages: number;
  digitisedAt: string;
  downloadUrl: string;
  verificationCode: string | null;
  officer: { name: string };
}

function ComponentDigitiser({ dossierId, seq, name }: { dossierId: string; seq: number; name: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const base = `/api/v1/dossiers/${dossierId}/components/${seq}`;
  const scans = useQuery({
    queryKey: ['scans', dossierId, seq],
    queryFn: () => api<{ items: Scan[] }>(`${base}/scans`),
  });
  const done = useQuery({
    queryKey: ['digitisation', dossierId, seq],
    queryFn: async () => {
      try {
        return await api<Digitisation>(`${base}/digitisation`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
  const [progress, setProgress] = useState<{ name: string; f: number }[]>([]);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [meta, setMeta] = useState({
    number: '',
    issuer: '',
    issuedOn: '',
    validUntil: '',
    permanent: true,
    validityScope: '',
    abstract: '',
  });
  const [invalid, setInvalid] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: ['scans', dossierId, seq] });

  const upload = async (files: File[]) => {
    setUploadError(null);
    setProgress(files.map((f) => ({ name: f.name, f: 0 })));
    for (const [i, f] of files.entries()) {
      try {
        await uploadRaw<Scan>(
          `${base}/scans`,
          f,
          (x) => setProgress((p) => p.map((e, j) => (j === i ? { ...e, f: x } : e))),
          undefined,
          f.name,
        );
      } catch (e) {
        setUploadError(e);
        break;
      }
    }
    await refresh();
  };
  const remove = useMutation({
    mutationFn: (scanId: string) => api(`${base}/scans/${scanId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  const digitise = useMutation({
    mutationFn: () =>
      api<Digitisation>(`${base}/digitise`, {
        method: 'POST',
        body: {
          abstract: meta.abstract.trim().normalize('NFC'),
          ...(meta.number.trim() ? { number: meta.number.trim() } : {}),
          ...(meta.issuer.trim() ? { issuer: meta.issuer.trim().normalize('NFC') } : {}),
          ...(meta.issuedOn ? { issuedOn: meta.issuedOn } : {}),
          ...(!meta.permanent && meta.validUntil ? { validUntil: meta.validUntil } : {}),
          permanent: meta.permanent,
          ...(meta.validityScope.trim() ? { validityScope: meta.validityScope.trim().normalize('NFC') } : {}),
        },
      }),
    onSuccess: (r) => qc.setQueryData(['digitisation', dossierId, seq], r),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad = !meta.abstract.trim();
    setInvalid(bad);
    if (!bad) digitise.mutate();
  };
  const items = scans.data?.items ?? [];
  const d = done.data;
  return (
    <Paper withBorder p="sm" data-testid={`digitise-${seq}`}>
      <Title order={3} size="h5" mb="xs" className="break-words">
        {seq}. {name}
      </Title>
      {d ? (
        <Alert color="green" variant="outline" title={t('o.dig.done')}>
          <Text size="sm">
            {t('o.dig.code')}:{' '}
            <strong className="code-mono" data-testid={`dig-code-${seq}`}>
              {d.verificationCode ?? '—'}
            </strong>{' '}
            · {t('o.dig.pages', { n: d.pages })}
          </Text>
          <Anchor href={d.downloadUrl} target="_blank" rel="noopener" size="sm" underline="always">
            {t('o.dig.download')}
          </Anchor>
        </Alert>
      ) : (
        <Stack gap="xs">
          <div>
            <label htmlFor={`scan-file-${seq}`} style={{ fontWeight: 600, fontSize: 14 }}>
              {t('o.dig.addPages', { name: name.slice(0, 60) })}
            </label>
            <Text size="xs" c="#4a4f55" id={`scan-hint-${seq}`}>
              {t('o.dig.hint')}
            </Text>
            <input
              id={`scan-file-${seq}`}
              data-testid={`scan-file-${seq}`}
              aria-describedby={`scan-hint-${seq}`}
              type="file"
              multiple
              accept="image/png,image/jpeg,image/tiff,application/pdf"
              onChange={(e) => {
                const files = [...(e.currentTarget.files ?? [])];
                e.currentTarget.value = '';
                if (files.length) void upload(files);
              }}
            />
          </div>
          {progress.map((p, i) => (
            <Group key={i} gap="xs" wrap="nowrap">
              <Text size="xs" w={160} truncate>
                {p.name}
              </Text>
              <Progress
                value={Math.round(p.f * 100)}
                style={{ flex: 1 }}
                aria-label={t('o.dig.progress', { name: p.name })}
              />
            </Group>
          ))}
          {uploadError ? <ErrorAlert error={uploadError} /> : null}
          {remove.error && <ErrorAlert error={remove.error} />}
          {items.length === 0 ? (
            <Text size="sm">{t('o.dig.noPages')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid={`scan-list-${seq}`}>
              {items.map((s) => (
                <Stack key={s.id} gap={4}>
                  {s.mime.startsWith('image/') && s.mime !== 'image/tiff' ? (
                    <Image
                      src={`${base}/scans/${s.id}/content`}
                      alt={t('o.dig.pageAlt', { n: s.position })}
                      h={100}
                      fit="contain"
                    />
                  ) : (
                    <Anchor href={`${base}/scans/${s.id}/content`} target="_blank" rel="noopener" size="sm">
                      {s.fileName}
                    </Anchor>
                  )}
                  <Text size="xs">
                    {s.position}. {s.fileName}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => remove.mutate(s.id)}
                    aria-label={t('o.dig.remove', { n: s.position })}
                  >
                    {t('o.dig.removeShort')}
                  </Button>
                </Stack>
              ))}
            </SimpleGrid>
          )}
          {items.length > 0 && (
            <form onSubmit={submit} noValidate>
              <Stack gap="xs">
                {invalid && (
                  <Alert
                    color="red"
                    variant="outline"
                    role="alert"
                    title={`${t('common.error')}: ${t('o.dig.abstractRequired')}`}
                  >
                    {null}
                  </Alert>
                )}
                {digitise.error && <ErrorAlert error={digitise.error} />}
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={`${t('o.dig.number')} ${t('o.optional')}`}
                    value={meta.number}
                    onChange={(e) => setMeta({ ...meta, number: e.currentTarget.value })}
                    maxLength={100}
                  />
                  <TextInput
                    label={`${t('o.dig.issuer')} ${t('o.optional')}`}
                    value={meta.issuer}
                    onChange={(e) => setMeta({ ...meta, issuer: e.currentTarget.value })}
                    maxLength={300}
                  />
                  <VnDateInput label={`${t('o.dig.issuedOn')} ${t('o.optional')}`} value={meta.issuedOn} onChange={(v) => setMeta({ ...meta, issuedOn: v })} />
                  <TextInput
                    label={`${t('o.dig.scope')} ${t('o.optional')}`}
                    value={meta.validityScope}
                    onChange={(e) => setMeta({ ...meta, validityScope: e.currentTarget.value })}
                    maxLength={300}
                  />
                </SimpleGrid>
                <Checkbox
                  label={t('o.dig.permanent')}
                  checked={meta.permanent}
                  onChange={(e) => setMeta({ ...meta, permanent: e.currentTarget.checked })}
                />
                {!meta.permanent && (
                  <VnDateInput label={t('o.dig.validUntil')} value={meta.validUntil} onChange={(v) => setMeta({ ...meta, validUntil: v })} w={220} />
                )}
                <Textarea
                  label={t('o.dig.abstract')}
                  value={meta.abstract}
                  onChange={(e) => setMeta({ ...meta, abstract: e.currentTarget.value })}
                  maxLength={1000}
                  autosize
                  minRows={2}
                />
                <Group>
                  <Button type="submit" loading={digitise.isPending}>
                    {t('o.dig.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      )}
    </Paper>
  );
}

export function DigitisePanel({ d }: { d: OfficerDossier }) {
  const { t } = useI18n();
  const papers = d.components.filter((c) => c.source !== 'reused_document');
  if (!papers.length) return null;
  return (
    <Section title={t('o.dig.title')}>
      <Stack gap="sm">
        {papers.map((c) => (
          <ComponentDigitiser key={c.seq} dossierId={d.id} seq={c.seq} name={c.name} />
        ))}
      </Stack>
    </Section>
  );
}
