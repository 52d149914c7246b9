/**
 * Verify a document without logging in: by the code printed on it (the QR on signed PDFs opens /xac-thuc/<code>)
 * or by uploading the PDF — signature, hash match, issuer, and valid / replaced (by which code) / revoked (why).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import type { FileReport, RegistryEntry } from '../api/warehouse.ts';
import { uploadRaw } from '../api/upload.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Facts } from '../components/Facts.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';

function Entry({ e }: { e: RegistryEntry }) {
  const { t } = useI18n();
  const [title, icon, colour] =
    e.status === 'valid'
      ? [t('ver.valid'), '✓', 'green']
      : e.status === 'replaced'
        ? [t('ver.replaced'), '↻', 'orange']
        : [t('ver.revoked'), '⛔', 'red'];
  return (
    <Stack gap="sm">
      <Alert
        color={colour}
        variant="outline"
        title={<span data-testid="verify-status">{`${icon} ${title}`}</span>}
        styles={{ title: { color: colour === 'green' ? '#1b5e20' : '#7f0f0f' } }}
      >
        {e.status === 'replaced' && e.replacedBy && (
          <Text>
            {t('ver.replacedBy', { code: '' })}
            <Anchor component={Link} to={`/xac-thuc/${e.replacedBy}`} className="code-mono">
              {e.replacedBy}
            </Anchor>
          </Text>
        )}
        {e.status === 'revoked' && <Text>{t('ver.revokedReason', { reason: e.revokedReason ?? '—' })}</Text>}
      </Alert>
      <Paper withBorder p="md">
        <Facts
          items={[
            [t('ver.docTitle'), e.title],
            [t('ver.issuer'), `${e.issuer.name} (${e.issuer.code})`],
            [t('ver.issuedAt'), formatDateTime(e.issuedAt)],
            [t('ver.owner'), e.owner ?? '—'],
            [t('ver.code'), <span className="code-mono">{e.verificationCode}</span>],
            [
              'SHA-256',
              <span className="code-mono" style={{ fontSize: 12 }}>
                {e.sha256}
              </span>,
            ],
          ]}
        />
      </Paper>
    </Stack>
  );
}

function Report({ r }: { r: FileReport }) {
  const { t } = useI18n();
  const s = r.signature;
  const sigText = !s.signed
    ? t('ver.unsigned')
    : s.intact && s.signatureValid && s.trusted
      ? t('ver.sigValid')
      : t('ver.sigInvalid');
  const sigOk = s.signed && s.intact && s.signatureValid && s.trusted;
  return (
    <Stack gap="sm">
      {!r.valid && !r.registered && (
        <Alert
          color="red"
          variant="outline"
          title={<span data-testid="verify-status">⛔ {t('ver.invalid')}</span>}
          styles={{ title: { color: '#7f0f0f' } }}
        />
      )}
      <Paper withBorder p="md">
        <Facts
          items={[
            [
              t('ver.sig'),
              <span
                style={{ color: sigOk ? '#1b5e20' : '#7f0f0f' }}
              >{`${sigOk ? '✓' : '✕'} ${sigText}`}</span>,
            ],
            [
              t('ver.signer'),
              s.signer
                ? [s.signer.commonName, s.signer.organisation, s.signer.agencyCode]
                    .filter(Boolean)
                    .join(' · ')
                : '—',
            ],
            [t('ver.hashLabel'), r.registered ? `✓ ${t('ver.hash')}` : `✕ ${t('ver.hashNo')}`],
          ]}
        />
      </Paper>
      {r.registered && <Entry e={r.registered} />}
    </Stack>
  );
}

export default function VerifyPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [input, setInput] = useState(code);
  const [missing, setMissing] = useState(false);
  const [report, setReport] = useState<FileReport | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setInput(code), [code]);
  const q = useQuery({
    queryKey: ['verify', code],
    enabled: !!code,
    queryFn: () => api<RegistryEntry>(`/api/v1/verification/${encodeURIComponent(code)}`),
  });
  usePageTitle(t('ver.title'), missing || !!q.error || !!fileError);
  const onCode = (e: FormEvent) => {
    e.preventDefault();
    const c = input.trim().toUpperCase().replace(/\s+/g, '');
    setMissing(!c);
    if (c) {
      setReport(null);
      void navigate(`/xac-thuc/${encodeURIComponent(c)}`);
    }
  };
  const onFile = async (f: File | undefined) => {
    if (!f) return;
    setBusy(true);
    setFileError(null);
    setReport(null);
    try {
      setReport(
        await uploadRaw<FileReport>(
          '/api/v1/verification',
          new Blob([f], { type: 'application/pdf' }),
          () => undefined,
        ),
      );
    } catch (e) {
      setFileError(e);
    } finally {
      setBusy(false);
    }
  };
  const notFound = q.error instanceof ApiError && q.error.status === 404;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('ver.title')}</Title>
        <Text mt="xs">{t('ver.intro')}</Text>
      </div>
      <form onSubmit={onCode} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('ver.code')}
            description={t('ver.codeHint')}
            value={input}
            onChange={(e) => setInput(e.currentTarget.value)}
            error={missing ? t('ver.codeRequired') : undefined}
            style={{ flex: '1 1 220px' }}
            autoComplete="off"
            classNames={{ input: 'code-mono' }}
          />
          <Button type="submit">{t('ver.check')}</Button>
        </Group>
      </form>
      <label className="file-label">
        <Text size="sm" fw={500}>
          {t('ver.file')}
        </Text>
        <input
          type="file"
          accept="application/pdf"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          data-testid="verify-file"
          disabled={busy}
        />
      </label>
      {busy && <Text role="status">{t('common.loading')}</Text>}
      {fileError != null && <ErrorAlert error={fileError} />}
      {report && <Report r={report} />}
      {!report && code && q.isPending && <Text role="status">{t('common.loading')}</Text>}
      {!report && notFound && <ErrorAlert error={q.error} message={t('ver.notFound', { code })} />}
      {!report && q.error && !notFound && <ErrorAlert error={q.error} />}
      {!report && q.data && <Entry e={q.data} />}
    </Stack>
  );
}
