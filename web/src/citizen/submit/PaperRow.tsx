/** One paper of the dossier: a stored document (preview + consent), an upload with a real progress bar, or nothing. */
import { useRef, useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Modal, Paper, Progress, Radio, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ACCEPT, fileUrl, MAX_BYTES, uploadToWarehouse, type ResolvedComponent } from '../../api/warehouse.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import type { Choice } from './draft.ts';

export function PaperRow({
  seq,
  name,
  typeCode,
  resolved,
  choice,
  onChange,
  error,
  uploadTo,
  required,
}: {
  seq: number;
  name: string;
  typeCode: string | null;
  resolved: ResolvedComponent | undefined;
  choice: Choice;
  onChange: (c: Choice) => void;
  error?: string | undefined;
  /** Where the file goes (default: my warehouse; a local system's supplement: straight into the dossier). */
  uploadTo?: (f: File, onProgress: (fraction: number) => void) => Promise<{ id: string }>;
  /** A required paper: from the warehouse or uploaded, never "not submitted". */
  required?: boolean;
}) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const file = useRef<File | null>(null);
  const candidates = resolved?.candidates ?? [];
  const usable = candidates.filter((c) => c.reason === 'ok');
  const mode = choice.kind;

  const send = async () => {
    const f = file.current;
    if (!f) return;
    setFailure(null);
    if (f.size === 0) return setFailure(new Error(t('wiz.empty')));
    if (f.size > MAX_BYTES) return setFailure(new Error(t('wiz.tooBig')));
    setProgress(0);
    try {
      const doc = uploadTo ? await uploadTo(f, setProgress) : await uploadToWarehouse(f, { typeCode: typeCode ?? 'KHAC', name }, setProgress);
      onChange({ kind: 'upload', documentId: doc.id, fileName: f.name });
    } catch (e) {
      setFailure(e);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Paper withBorder p="md" component="fieldset" style={{ minWidth: 0 }}>
      <legend style={{ fontWeight: 700, padding: '0 4px' }} className="break-words">
        {seq}. {name}{' '}
        {required !== undefined && (
        <Badge variant="outline" color={required ? 'red' : 'gray'} styles={{ root: { textTransform: 'none', color: required ? '#7f0f0f' : '#2b3035', verticalAlign: 'middle' } }}>
          {required ? t('wiz.required') : t('wiz.optional')}
        </Badge>
        )}
      </legend>
      <Radio.Group
        value={mode === 'reuse' ? `reuse:${choice.kind === 'reuse' ? choice.documentId : ''}` : mode}
        onChange={(v) => {
          if (v.startsWith('reuse:')) {
            const c = candidates.find((x) => x.document.id === v.slice(6));
            if (c) onChange({ kind: 'reuse', documentId: c.document.id, label: `${c.document.name}${c.document.numberSymbol ? ` (${c.document.numberSymbol})` : ''}`, consent: false });
          } else if (v === 'none') onChange({ kind: 'none' });
          else onChange({ kind: 'upload', documentId: '', fileName: '' });
        }}
        aria-label={name}
      >
        <Stack gap="xs">
          {candidates.length === 0 && <Text size="sm">{t('wiz.noCandidate')}</Text>}
          {candidates.map((c) => {
            const d = c.document;
            return (
              <div key={d.id}>
                <Radio
                  value={`reuse:${d.id}`}
                  disabled={c.reason !== 'ok'}
                  label={`${t('wiz.fromWarehouse')}: ${d.name}${d.numberSymbol ? ` — ${d.numberSymbol}` : ''}`}
                  description={[d.issuer.name, d.issueDate ? formatDate(d.issueDate) : null].filter(Boolean).join(' · ')}
                />
                <Group gap="xs" ml={32} mt={4}>
                  <Badge variant="outline" color={c.reason === 'ok' ? 'green' : 'gray'} leftSection={<span aria-hidden="true">{c.reason === 'ok' ? '✓' : '✕'}</span>} styles={{ root: { textTransform: 'none', color: c.reason === 'ok' ? '#1b5e20' : '#2b3035' } }}>
                    {t(`reason.${c.reason}` as MessageKey)}
                  </Badge>
                  <Anchor component="button" type="button" size="sm" onClick={() => setPreview(d.id)}>
                    {t('wiz.preview')}
                  </Anchor>
                </Group>
                {choice.kind === 'reuse' && choice.documentId === d.id && (
                  <Checkbox
                    ml={32}
                    mt="xs"
                    label={t('wiz.consent')}
                    checked={choice.consent}
                    onChange={(e) => onChange({ ...choice, consent: e.currentTarget.checked })}
                    error={error}
                  />
                )}
              </div>
            );
          })}
          <Radio value="upload" label={t('wiz.upload')} />
          {required !== true && <Radio value="none" label={t('wiz.notNow')} />}
        </Stack>
      </Radio.Group>
      {usable.length === 0 && candidates.length > 0 && <Text size="sm" mt="xs">{t('wiz.noCandidate')}</Text>}
      {mode === 'upload' && (
        <Stack gap="xs" mt="sm" ml={32}>
          <label className="file-label">
            <Text size="sm" fw={500}>
              {t('wiz.chooseFile', { name: name.length > 60 ? `${name.slice(0, 60)}…` : name })}
            </Text>
            <input
              type="file"
              accept={ACCEPT}
              data-testid={`file-${seq}`}
              onChange={(e) => {
                file.current = e.currentTarget.files?.[0] ?? null;
                void send();
              }}
            />
          </label>
          {progress !== null && (
            <div>
              <Text size="sm" role="status">
                {t('wiz.uploading', { pct: Math.round(progress * 100) })}
              </Text>
              <Progress value={progress * 100} aria-label={t('wiz.uploading', { pct: Math.round(progress * 100) })} size="lg" data-testid={`progress-${seq}`} />
            </div>
          )}
          {choice.kind === 'upload' && choice.documentId && (
            <Text size="sm" c="#1b5e20" fw={600} data-testid={`uploaded-${seq}`}>
              ✓ {t('wiz.uploaded', { file: choice.fileName })}
            </Text>
          )}
          {failure != null && (
            <>
              <ErrorAlert error={failure} message={failure instanceof Error && !('status' in failure) ? failure.message : undefined} />
              <Text size="sm">{t('wiz.uploadFailed')}</Text>
              {file.current && (
                <div>
                  <Button variant="outline" onClick={() => void send()}>
                    {t('common.retry')}
                  </Button>
                </div>
              )}
            </>
          )}
          {error && choice.kind === 'upload' && <Text c="#9a1414" size="sm">{error}</Text>}
        </Stack>
      )}
      <Modal opened={!!preview} onClose={() => setPreview(null)} title={t('wiz.previewTitle')} size="xl" closeButtonProps={{ 'aria-label': t('wiz.close') }}>
        {preview && (
          <Stack>
            <iframe src={fileUrl(preview)} title={t('wiz.previewTitle')} style={{ width: '100%', height: '70vh', border: '1px solid #c9ccd1' }} />
            <Anchor href={fileUrl(preview)} target="_blank" rel="noopener">
              {t('wh.download')}
            </Anchor>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
