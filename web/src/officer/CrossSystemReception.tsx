/**
 * Counter reception for an agency of another system (province): the note that the dossier is handled there and
 * the choice to return the result at this counter; and, in a federated deployment where the server answers
 * `dossier-hosted-elsewhere`, the forward to that system (POST /api/v1/forwarded-dossiers) with the scans of the
 * papers read in the browser (at most 2 MiB and 20 files in all).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Anchor, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import type { ForwardedDossier } from './types.ts';

export const MAX_FORWARD_BYTES = 2 * 1024 * 1024;
export const MAX_FORWARD_FILES = 20;

export function OtherSystemNote({ agencyName, returnHere, onReturnHere }: { agencyName: string; returnHere: boolean; onReturnHere: (v: boolean) => void }) {
  const { t } = useI18n();
  return (
    <Alert color="blue" variant="outline" title={t('o.cross.noteTitle')} data-testid="other-system-note">
      <Stack gap="xs">
        <Text size="sm">{t('o.cross.note', { agency: agencyName })}</Text>
        <Checkbox label={t('o.cross.returnHere')} checked={returnHere} onChange={(e) => onReturnHere(e.currentTarget.checked)} />
      </Stack>
    </Alert>
  );
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(typeof r.result === 'string' ? r.result.replace(/^data:[^,]*,/, '') : '');
    r.onerror = () => reject(r.error ?? new Error('read'));
    r.readAsDataURL(file);
  });
}

/** The forward offered when the competent agency is hosted by another system (`nodeCode`). */
export function ForwardPanel({
  nodeCode,
  components,
  body,
  onNext,
}: {
  nodeCode: string;
  /** The papers received, numbered as in the dossier (1, 2, …). */
  components: { name: string }[];
  body: () => Record<string, unknown>;
  onNext: () => void;
}) {
  const { t } = useI18n();
  const [files, setFiles] = useState<Record<number, File[]>>({});
  const [tooMuch, setTooMuch] = useState<string | null>(null);
  const all = Object.entries(files).flatMap(([seq, fs]) => fs.map((f) => ({ seq: Number(seq), f })));
  const bytes = all.reduce((n, x) => n + x.f.size, 0);
  const send = useMutation({
    mutationFn: async () => {
      const encoded = await Promise.all(all.map(async ({ seq, f }) => ({ componentSeq: seq, fileName: f.name.slice(0, 200) || 'scan', dataBase64: await toBase64(f) })));
      return api<ForwardedDossier>('/api/v1/forwarded-dossiers', { method: 'POST', body: { ...body(), ...(encoded.length ? { files: encoded } : {}) } });
    },
  });
  const submit = () => {
    if (all.length > MAX_FORWARD_FILES) return setTooMuch(t('o.cross.tooManyFiles', { n: MAX_FORWARD_FILES }));
    if (bytes > MAX_FORWARD_BYTES) return setTooMuch(t('o.cross.tooLarge', { mb: (bytes / 1048576).toFixed(1) }));
    setTooMuch(null);
    send.mutate();
  };
  if (send.data) {
    return (
      <Paper withBorder p="lg" style={{ borderColor: '#1b5e20', borderWidth: 2 }} data-testid="forwarded">
        <Stack>
          <Title order={2} size="h3">
            {t('o.cross.forwarded', { node: send.data.targetNode })}
          </Title>
          <Text>{t('o.cross.forwardedHint')}</Text>
          <Group>
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
  return (
    <Paper withBorder p="md" data-testid="forward-panel">
      <Title order={2} size="h4" mb="xs">
        {t('o.cross.hostedElsewhere', { node: nodeCode })}
      </Title>
      <Text size="sm" mb="sm">
        {t('o.cross.filesHint', { mb: 2, n: MAX_FORWARD_FILES })}
      </Text>
      <Stack gap="sm">
        {components.map((c, i) => (
          <div key={i}>
            <label htmlFor={`fwd-file-${i + 1}`} style={{ display: 'block', fontWeight: 500 }}>
              {t('o.cross.fileFor', { name: `${i + 1}. ${c.name}` })}
            </label>
            <input
              id={`fwd-file-${i + 1}`}
              data-testid={`fwd-file-${i + 1}`}
              type="file"
              multiple
              accept="application/pdf,image/jpeg,image/png,image/tiff"
              onChange={(e) => {
                const list = [...(e.currentTarget.files ?? [])];
                setFiles((cur) => ({ ...cur, [i + 1]: list }));
                setTooMuch(null);
              }}
            />
          </div>
        ))}
        {all.length > 0 && (
          <Text size="sm" aria-live="polite">
            {t('o.cross.filesChosen', { n: all.length, mb: (bytes / 1048576).toFixed(2) })}
          </Text>
        )}
        {tooMuch && (
          <Alert color="red" variant="outline" role="alert" title={tooMuch}>
            {null}
          </Alert>
        )}
        {send.error && <ErrorAlert error={send.error} />}
        <Group>
          <Button onClick={submit} loading={send.isPending}>
            {t('o.cross.forward', { node: nodeCode })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The scans sent along with a forwarded dossier, chosen inside the reception form (one action receives it). */
export type ForwardFileMap = Record<number, File[]>;

export function forwardFilesProblem(files: ForwardFileMap, t: ReturnType<typeof useI18n>['t']): string | null {
  const all = Object.values(files).flat();
  if (all.length > MAX_FORWARD_FILES) return t('o.cross.tooManyFiles', { n: MAX_FORWARD_FILES });
  const bytes = all.reduce((n, f) => n + f.size, 0);
  if (bytes > MAX_FORWARD_BYTES) return t('o.cross.tooLarge', { mb: (bytes / 1048576).toFixed(1) });
  return null;
}

export async function encodeForwardFiles(files: ForwardFileMap) {
  const all = Object.entries(files).flatMap(([seq, fs]) => fs.map((f) => ({ seq: Number(seq), f })));
  return Promise.all(all.map(async ({ seq, f }) => ({ componentSeq: seq, fileName: f.name.slice(0, 200) || 'scan', dataBase64: await toBase64(f) })));
}

export function ForwardFiles({ components, files, onChange, problem }: { components: { name: string }[]; files: ForwardFileMap; onChange: (f: ForwardFileMap) => void; problem: string | null }) {
  const { t } = useI18n();
  const all = Object.values(files).flat();
  const bytes = all.reduce((n, f) => n + f.size, 0);
  return (
    <Paper withBorder p="md" data-testid="forward-files">
      <Title order={2} size="h4" mb="xs">
        {t('o.cross.scansTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('o.cross.filesHint', { mb: 2, n: MAX_FORWARD_FILES })}
      </Text>
      <Stack gap="sm">
        {components.map((c, i) => (
          <div key={i}>
            <label htmlFor={`fwd-file-${i + 1}`} style={{ display: 'block', fontWeight: 500 }}>
              {t('o.cross.fileFor', { name: `${i + 1}. ${c.name}` })}
            </label>
            <input
              id={`fwd-file-${i + 1}`}
              data-testid={`fwd-file-${i + 1}`}
              type="file"
              multiple
              accept="application/pdf,image/jpeg,image/png,image/tiff"
              onChange={(e) => onChange({ ...files, [i + 1]: [...(e.currentTarget.files ?? [])] })}
            />
          </div>
        ))}
        {all.length > 0 && (
          <Text size="sm" aria-live="polite">
            {t('o.cross.filesChosen', { n: all.length, mb: (bytes / 1048576).toFixed(2) })}
          </Text>
        )}
        {problem && (
          <Alert color="red" variant="outline" role="alert" title={problem}>
            {null}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
